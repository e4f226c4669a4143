/**
 * The static wiring of every workflow and action.yml (examples' caller
 * workflows included): with: keys, required inputs, inputs/steps/needs/jobs
 * references. A broken copy of the publish workflow shows the check fails.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { REPO_ROOT } from '../helpers/repo.js'
import { toText } from '../../src/local/runner/expressions.js'
import type { Node, NodeMap, Expr } from '../../src/local/runner/template.js'
import { loadWorkflowFile, mapAt } from '../../src/local/runner/template.js'
import { checkWiring } from '../helpers/workflow-wiring.js'
import { listWorkflowAndActionFiles } from '../helpers/workflow-files.js'

const files = (await listWorkflowAndActionFiles()).map((f) =>
  path.relative(REPO_ROOT, f)
)

describe('workflow wiring', () => {
  it('covers the reusable workflows, the composite and the examples', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        '.github/workflows/publish.yml',
        '.github/workflows/reproducibility.yml',
        'action.yml',
        'actions/release/action.yml',
        'examples/binaries/workflows/release.yml'
      ])
    )
  })

  it.each(files)('%s is wired', async (file) => {
    expect(await checkWiring(path.join(REPO_ROOT, file), file)).toEqual([])
  })

  describe('fails on the mistakes it looks for', () => {
    const broken = async (
      edit: (text: string) => string
    ): Promise<string[]> => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'provenant-wiring-'))
      try {
        const file = path.join(dir, 'publish.yml')
        const text = await readFile(
          path.join(REPO_ROOT, '.github/workflows/publish.yml'),
          'utf8'
        )
        const changed = edit(text)
        expect(changed).not.toBe(text)
        await writeFile(file, changed)
        return await checkWiring(file, 'publish.yml')
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    }

    it('an input the called action does not declare, and its required one missing (the old verify job)', async () => {
      const problems = await broken((t) =>
        t.replace('subjects: published', 'artifacts: published')
      )
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/with\.artifacts is not an input/),
          expect.stringMatching(/required input subjects is not given/)
        ])
      )
    })

    it('a step output that does not exist', async () => {
      const problems = await broken((t) =>
        t.replace('steps.digests.outputs.sums', 'steps.digests.outputs.sum')
      )
      expect(problems).toEqual([
        expect.stringMatching(/steps\.digests\.outputs\.sum is not an output/)
      ])
    })

    it('a job output that does not exist', async () => {
      const problems = await broken((t) =>
        t.replace('needs.build.outputs.digests', 'needs.build.outputs.digest')
      )
      expect(problems).toEqual([
        expect.stringMatching(/needs\.build\.outputs\.digest is not an output/)
      ])
    })

    it('an undeclared input', async () => {
      const problems = await broken((t) =>
        t.replace('inputs.legacy-sig', 'inputs.legacy-sigs')
      )
      expect(problems).toEqual([
        expect.stringMatching(/inputs\.legacy-sigs is not declared/)
      ])
    })

    it('a scan threshold wired to an input the workflow does not declare', async () => {
      const problems = await broken((t) =>
        t.replace('inputs.scan-fail-on', 'inputs.scan-fail')
      )
      expect(problems).toEqual([
        expect.stringMatching(/inputs\.scan-fail is not declared/)
      ])
    })
  })
})

describe('the scan gate in publish.yml', () => {
  it('runs after the SBOMs and before anything is signed or released, with the gate and VEX inputs', async () => {
    const tree = await loadWorkflowFile(
      path.join(REPO_ROOT, '.github/workflows/publish.yml')
    )
    const jobs = mapAt(tree, 'jobs')
    const needs = (id: string): string[] =>
      [mapAt(jobs, id).needs].flat().map((n) => toText(n as Node))
    expect(needs('scan')).toEqual(['sbom'])
    expect(needs('sign')).toContain('scan')
    expect(needs('release')).toContain('scan')
    expect(toText(mapAt(jobs, 'release').if as Node)).toContain(
      "needs.scan.result == 'success'"
    )
    expect(mapAt(jobs, 'scan').permissions).toEqual({ contents: 'read' })
    const steps = mapAt(jobs, 'scan').steps as NodeMap[]
    const scan = steps.find(
      (s) => toText(s.uses) === './.provenant/actions/scan'
    )!
    const given = mapAt(scan, 'with')
    expect(
      Object.fromEntries(
        ['fail-on', 'osv-url'].map((k) => [k, (given[k] as Expr).expr.trim()])
      )
    ).toEqual({
      'fail-on': 'inputs.scan-fail-on',
      'osv-url': 'inputs.scan-osv-url'
    })
    const inputs = mapAt(mapAt(mapAt(tree, 'on'), 'workflow_call'), 'inputs')
    expect(mapAt(inputs, 'scan-fail-on').default).toBe('high')
    expect(inputs['scan-vex']).toBeDefined()
  })
})
