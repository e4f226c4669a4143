/**
 * The top-level composite action (sbom -> sign -> provenance): every input
 * it declares is used and every one it uses is declared; each step runs a
 * bundled action that exists, with INPUT_* variables that action reads; and
 * an input it shares with an action is described as that action does.
 */
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import type { InputTable } from '../../src/lib/inputs/index.js'
import { repoPath } from '../helpers/repo.js'

interface Composite {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string; value: string }>
  runs: {
    using: string
    steps: { id?: string; run?: string; env?: Record<string, string> }[]
  }
}

const text = readFileSync(repoPath('action.yml'), 'utf8')
const composite = parse(text) as Composite

async function tableOf(action: string): Promise<InputTable> {
  const module = (await import(
    repoPath('src', 'actions', action, 'inputs.ts')
  )) as { INPUTS: InputTable }
  return module.INPUTS
}

describe('action.yml (composite)', () => {
  it('is a composite action', () => {
    expect(composite.runs.using).toBe('composite')
  })

  it('uses every input it declares, and declares every input it uses', () => {
    const used = new Set(
      [...text.matchAll(/\$\{\{\s*inputs\.([\w-]+)/g)].map((m) => m[1]!)
    )
    for (const m of text.matchAll(/\binputs\.([\w-]+)\s*==/g)) used.add(m[1]!)
    expect([...used].sort()).toEqual(Object.keys(composite.inputs).sort())
  })

  it('runs bundled actions with inputs those actions read', async () => {
    const steps = composite.runs.steps.filter((s) => s.run?.includes('/dist/'))
    expect(steps.map((s) => s.id)).toEqual(['sbom', 'sign', 'provenance'])
    for (const step of steps) {
      const action = /dist\/([\w-]+)\/index\.js/.exec(step.run!)![1]!
      expect(existsSync(repoPath('dist', action, 'index.js'))).toBe(true)
      const table = await tableOf(action)
      const names = Object.keys(step.env ?? {})
        .filter((k) => k.startsWith('INPUT_'))
        .map((k) => k.slice('INPUT_'.length).toLowerCase().replaceAll('_', '-'))
      expect({ action, unknown: names.filter((n) => !(n in table)) }).toEqual({
        action,
        unknown: []
      })
    }
  })

  it('describes inputs shared with an action as the action does', async () => {
    const tables = await Promise.all(
      ['sbom', 'sign', 'provenance'].map(tableOf)
    )
    for (const [name, spec] of Object.entries(composite.inputs)) {
      for (const table of tables) {
        const shared = table[name]
        if (!shared) continue
        expect({ name, description: spec.description.trim() }).toEqual({
          name,
          description: shared.description
        })
      }
    }
  })

  it('exposes outputs from its steps', () => {
    const ids = new Set(composite.runs.steps.map((s) => s.id))
    for (const [name, output] of Object.entries(composite.outputs)) {
      const step = /steps\.([\w-]+)\.outputs/.exec(output.value)?.[1]
      expect({ name, step: ids.has(step) }).toEqual({ name, step: true })
    }
  })
})
