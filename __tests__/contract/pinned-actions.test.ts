/** Every `uses:` of a third-party action in the repository is pinned by a full commit SHA. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import {
  listWorkflowAndActionFiles,
  usesOf
} from '../helpers/workflow-files.js'
import { REPO_ROOT } from '../helpers/repo.js'

const PINNED = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/
const LOCAL = /^\.{1,2}\//
const DOCKER_DIGEST = /^docker:\/\/.+@sha256:[0-9a-f]{64}$/

describe('third-party actions are pinned', () => {
  it('finds workflow and action files to check', async () => {
    const files = await listWorkflowAndActionFiles()
    expect(files.length).toBeGreaterThan(0)
  })

  it('pins every uses: by a 40-hex commit SHA', async () => {
    const unpinned: string[] = []
    for (const file of await listWorkflowAndActionFiles()) {
      for (const ref of usesOf(readFileSync(file, 'utf8'))) {
        if (LOCAL.test(ref) || DOCKER_DIGEST.test(ref) || PINNED.test(ref))
          continue
        unpinned.push(`${path.relative(REPO_ROOT, file)}: ${ref}`)
      }
    }
    expect(unpinned).toEqual([])
  })

  it.each([
    ['actions/checkout@v4', false],
    ['actions/checkout@8e8c483db84b4bee98b60c0593521ed34d9990e8', true],
    ['actions/cache/save@8e8c483db84b4bee98b60c0593521ed34d9990e8', true],
    ['actions/checkout@main', false],
    ['actions/checkout@8e8c483', false]
  ])('judges %s pinned: %s', (ref, pinned) => {
    expect(PINNED.test(ref)).toBe(pinned)
  })

  it('reads uses: lines in the forms YAML allows', () => {
    expect(
      usesOf(
        [
          '    - uses: actions/checkout@v4',
          "      uses: 'a/b@c' # comment",
          '      uses: ./actions/sign'
        ].join('\n')
      )
    ).toEqual(['actions/checkout@v4', 'a/b@c', './actions/sign'])
  })
})
