/**
 * Every actions/<name>/action.yml against the code behind it: node24, a main
 * that exists, the inputs it declares exactly the ones its inputs.ts table
 * reads (same descriptions and defaults), the outputs exactly the ones its
 * main.ts sets; and inputs shared by several actions described the same.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import type { InputTable } from '../../src/lib/inputs/index.js'
import { repoPath } from '../helpers/repo.js'

interface ActionYaml {
  name?: string
  description?: string
  inputs?: Record<
    string,
    { description?: string; required?: boolean; default?: string }
  >
  outputs?: Record<string, { description?: string }>
  runs?: { using?: string; main?: string }
}

const dirs = (root: string, skip: string[] = []): string[] =>
  existsSync(root)
    ? readdirSync(root, { withFileTypes: true })
        .filter((d) => d.isDirectory() && !skip.includes(d.name))
        .map((d) => d.name)
        .sort()
    : []

const ACTIONS = dirs(repoPath('actions'))

function readAction(name: string): ActionYaml {
  return parse(
    readFileSync(repoPath('actions', name, 'action.yml'), 'utf8')
  ) as ActionYaml
}

async function loadTables(
  name: string
): Promise<{ inputs: InputTable; outputs: readonly string[] }> {
  const inputs = (await import(
    repoPath('src', 'actions', name, 'inputs.ts')
  )) as {
    INPUTS: InputTable
  }
  const main = (await import(repoPath('src', 'actions', name, 'main.ts'))) as {
    OUTPUTS: readonly string[]
  }
  return { inputs: inputs.INPUTS, outputs: main.OUTPUTS }
}

describe('action.yml contract', () => {
  it('has one actions/<name>/action.yml per src/actions/<name>', () => {
    expect(ACTIONS).toEqual(dirs(repoPath('src', 'actions'), ['common']))
  })

  for (const name of ACTIONS)
    describe(`actions/${name}`, () => {
      const action = readAction(name)

      it('runs on node24 from its bundled dist entry', () => {
        expect(action.runs?.using).toBe('node24')
        expect(action.runs?.main).toBe(`../../dist/${name}/index.js`)
        const main = path.resolve(repoPath('actions', name), action.runs!.main!)
        expect(existsSync(main)).toBe(true)
        expect(action.name).toBeTruthy()
        expect(action.description).toBeTruthy()
      })

      it('declares exactly the inputs its inputs.ts table reads, described the same', async () => {
        const { inputs } = await loadTables(name)
        const declared = action.inputs ?? {}
        expect(Object.keys(declared).sort()).toEqual(Object.keys(inputs).sort())
        for (const [input, spec] of Object.entries(inputs)) {
          const yml = declared[input]!
          expect({ input, description: yml.description?.trim() }).toEqual({
            input,
            description: spec.description
          })
          expect({ input, default: yml.default }).toEqual({
            input,
            default: spec.default
          })
          expect({ input, required: yml.required ?? false }).toEqual({
            input,
            required: spec.required ?? false
          })
        }
      })

      it('declares exactly the outputs its main.ts sets', async () => {
        const { outputs } = await loadTables(name)
        expect(Object.keys(action.outputs ?? {}).sort()).toEqual(
          [...outputs].sort()
        )
        for (const output of Object.values(action.outputs ?? {})) {
          expect(output.description).toBeTruthy()
        }
      })

      it('reads inputs only through its table and sets outputs only through setOutputs', () => {
        const dir = repoPath('src', 'actions', name)
        for (const file of readdirSync(dir)) {
          const text = readFileSync(path.join(dir, file), 'utf8')
          expect({
            file,
            reads: /\bgetInput\(|process\.env\.INPUT_/.test(text)
          }).toEqual({
            file,
            reads: false
          })
          expect({ file, sets: /\bsetOutput\(/.test(text) }).toEqual({
            file,
            sets: false
          })
        }
      })
    })

  it('spells and describes inputs shared by several actions the same everywhere', async () => {
    const seen = new Map<string, { action: string; description: string }>()
    for (const name of ACTIONS) {
      const { inputs } = await loadTables(name)
      for (const [input, spec] of Object.entries(inputs)) {
        const first = seen.get(input)
        if (!first) {
          seen.set(input, { action: name, description: spec.description })
          continue
        }
        expect({ input, action: name, description: spec.description }).toEqual({
          input,
          action: name,
          description: first.description
        })
      }
    }
  })
})
