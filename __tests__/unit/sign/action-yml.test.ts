import { readFile } from 'node:fs/promises'
import { describe, expect, it } from '@jest/globals'
import YAML from 'yaml'
import { INPUTS } from '../../../src/actions/sign/inputs.js'
import { OUTPUTS } from '../../../src/actions/sign/main.js'

interface ActionYml {
  inputs: Record<
    string,
    { description: string; required?: boolean; default?: string }
  >
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

describe('actions/sign/action.yml', () => {
  it('declares exactly the table: names, descriptions, defaults, required', async () => {
    const action = YAML.parse(
      await readFile('actions/sign/action.yml', 'utf8')
    ) as ActionYml
    expect(Object.keys(action.inputs)).toEqual(Object.keys(INPUTS))
    for (const [name, spec] of Object.entries(INPUTS)) {
      const declared = action.inputs[name]!
      expect([name, declared.description]).toEqual([name, spec.description])
      expect([name, declared.default]).toEqual([
        name,
        'default' in spec ? spec.default : undefined
      ])
      expect([name, declared.required ?? false]).toEqual([
        name,
        'required' in spec ? spec.required : false
      ])
    }
    expect(Object.keys(action.outputs)).toEqual([...OUTPUTS])
    expect(action.runs).toEqual({
      using: 'node24',
      main: '../../dist/sign/index.js'
    })
  })
})
