import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { MINIMUM_NODE, unsupportedNode } from '../../src/lib/runtime.js'

describe('the Node the CLI runs on', () => {
  it('is the one package.json engines names', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      engines: { node: string }
    }
    expect(pkg.engines.node).toBe(`>=${MINIMUM_NODE}`)
  })

  it.each(['24.15.0', '24.21.0', 'v24.15.1', '25.0.0', '30.1.2-nightly'])(
    'Node %s runs it',
    (version) => {
      expect(unsupportedNode(version)).toBeUndefined()
    }
  )

  it.each(['20.20.2', 'v22.12.0', '24.14.9', '24.0.0', '18.19.1'])(
    'Node %s is told which Node it needs',
    (version) => {
      const problem = unsupportedNode(version)
      expect(problem).toContain(`needs Node ${MINIMUM_NODE} or later`)
      expect(problem).toContain(`this is Node ${version}`)
    }
  )
})
