/**
 * What the local runner does as GitHub's runner does, beyond the steps
 * themselves: strategy.fail-fast (true by default) cancels the rest of a
 * matrix after a failure; continue-on-error keeps a failed job from failing
 * the run; a node action's post step runs after the job's steps with the
 * state its main step saved, when its post-if holds; hashFiles() hashes the
 * workspace's files; a container job is refused before anything runs.
 */
import { createHash } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import type { WorkflowResult } from '../../src/local/runner/index.js'
import { useCallerRunner } from '../helpers/caller-workflow.js'

const CHECKOUT = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683'

describe('the local runner, as GitHub runs a workflow', () => {
  const runner = useCallerRunner('provenant-runner-features-')
  const logs = runner.logs

  const runCaller = (
    name: string,
    files: Record<string, string>
  ): Promise<WorkflowResult> => {
    logs.length = 0
    return runner.run(name, files)
  }

  const matrixWorkflow = (strategy: string): string => `on: push
permissions: {}
jobs:
  m:
    runs-on: ubuntu-24.04
    strategy:
${strategy}
      matrix:
        n: [1, 2, 3]
    steps:
      - run: test \${{ matrix.n }} != 1
  after:
    needs: m
    if: always()
    runs-on: ubuntu-24.04
    outputs:
      seen: \${{ steps.seen.outputs.result }}
    steps:
      - id: seen
        run: echo "result=\${{ needs.m.result }}" >> "$GITHUB_OUTPUT"
`

  it('cancels the rest of a matrix after a failure (strategy.fail-fast defaults to true)', async () => {
    const result = await runCaller('failfast', {
      '.github/workflows/ci.yml': matrixWorkflow('      max-parallel: 1')
    })
    expect(result.jobs.map((j) => [j.name, j.result])).toEqual([
      ['m (1)', 'failure'],
      ['m (2)', 'cancelled'],
      ['m (3)', 'cancelled'],
      ['after', 'success']
    ])
    expect(result.jobs.at(-1)!.outputs).toEqual({ seen: 'failure' })
    expect(result.result).toBe('failure')
    expect(logs.join('\n')).toContain('m (2): cancelled (strategy.fail-fast)')
  })

  it('runs every combination with fail-fast: false', async () => {
    const result = await runCaller('nofailfast', {
      '.github/workflows/ci.yml': matrixWorkflow('      fail-fast: false')
    })
    expect(result.jobs.map((j) => [j.name, j.result])).toEqual([
      ['m (1)', 'failure'],
      ['m (2)', 'success'],
      ['m (3)', 'success'],
      ['after', 'success']
    ])
    expect(result.result).toBe('failure')
  })

  it('keeps the run and the matrix going past a job with continue-on-error', async () => {
    const workflow = `on: push
permissions: {}
jobs:
  m:
    runs-on: ubuntu-24.04
    continue-on-error: \${{ matrix.experimental }}
    strategy:
      matrix:
        experimental: [true, false]
    steps:
      - run: test "\${{ matrix.experimental }}" = false
  after:
    needs: m
    runs-on: ubuntu-24.04
    steps:
      - run: echo ran
`
    const result = await runCaller('continue', {
      '.github/workflows/ci.yml': workflow
    })
    expect(
      result.jobs.map((j) => [j.name, j.result, j.continuedOnError ?? false])
    ).toEqual([
      ['m (true)', 'failure', true],
      ['m (false)', 'success', false],
      ['after', 'success', false]
    ])
    expect(result.result).toBe('success')
  })

  const action = (
    name: string,
    postIf: string | undefined
  ): string => `name: ${name}
description: saves its input, and prints it in its post step
runs:
  using: node24
  main: main.js
  post: post.js
${postIf ? `  post-if: ${postIf}\n` : ''}`
  const main = `require('node:fs').appendFileSync(process.env.GITHUB_STATE, 'token=' + process.env.INPUT_WORD + '\\n')`
  const post = `console.log('post of ' + process.env.GITHUB_ACTION_PATH.split('/').pop() + ' saw ' + process.env.STATE_token)`
  const postFiles = {
    '.github/actions/first/action.yml': `${action('first', undefined)}inputs:\n  word: { required: true }\n`,
    '.github/actions/first/main.js': main,
    '.github/actions/first/post.js': post,
    '.github/actions/second/action.yml': `${action('second', 'success()')}inputs:\n  word: { required: true }\n`,
    '.github/actions/second/main.js': main,
    '.github/actions/second/post.js': post
  }
  const postWorkflow = (last: string): string => `on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-24.04
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
      - uses: ./.github/actions/first
        with:
          word: alpha
      - uses: ./.github/actions/second
        with:
          word: beta
      - run: ${last}
`

  it('runs post steps last-first after the steps, with the state their main step saved', async () => {
    const result = await runCaller('post', {
      ...postFiles,
      '.github/workflows/ci.yml': postWorkflow('echo done')
    })
    expect(result.result).toBe('success')
    const seen = logs.filter((l) => /post of \w+ saw/.test(l))
    expect(seen.map((l) => l.replace(/^.*post of/, 'post of'))).toEqual([
      'post of second saw beta',
      'post of first saw alpha'
    ])
    expect(logs.findIndex((l) => l.includes('echo done'))).toBeLessThan(
      logs.findIndex((l) => l.includes('Post ./.github/actions/second'))
    )
  })

  it('skips a post step whose post-if does not hold after a failure; always() still runs', async () => {
    const result = await runCaller('postfail', {
      ...postFiles,
      '.github/workflows/ci.yml': postWorkflow('exit 3')
    })
    expect(result.result).toBe('failure')
    const seen = logs.filter((l) => /post of \w+ saw/.test(l))
    expect(seen.map((l) => l.replace(/^.*post of/, 'post of'))).toEqual([
      'post of first saw alpha'
    ])
  })

  it('hashes the workspace files hashFiles() matches, as GitHub does', async () => {
    const files = {
      'a.lock': 'one\n',
      'sub/b.lock': 'two\n',
      'skip/c.lock': 'three\n'
    }
    const workflow = `on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-24.04
    outputs:
      some: \${{ steps.h.outputs.some }}
      none: \${{ steps.h.outputs.none }}
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
      - id: h
        run: |
          echo "some=\${{ hashFiles('**/*.lock', '!skip/**') }}" >> "$GITHUB_OUTPUT"
          echo "none=\${{ hashFiles('nothing/*.lock') }}" >> "$GITHUB_OUTPUT"
`
    const result = await runCaller('hash', {
      ...files,
      '.github/workflows/ci.yml': workflow
    })
    const all = createHash('sha256')
    for (const text of [files['a.lock'], files['sub/b.lock']]) {
      all.update(createHash('sha256').update(text).digest())
    }
    expect(result.jobs[0]!.outputs).toEqual({
      some: all.digest('hex'),
      none: ''
    })
  })

  const calledWithSecrets = `on:
  workflow_call:
    secrets:
      word: { required: true }
      token: { required: false }
permissions: {}
jobs:
  inner:
    runs-on: ubuntu-24.04
    outputs:
      seen: \${{ steps.s.outputs.seen }}
    steps:
      - id: s
        env:
          WORD: \${{ secrets.word }}
          TOKEN: \${{ secrets.token }}
        run: |
          echo "the word is $WORD"
          case "$TOKEN" in ghs_*) kind=token ;; *) kind=none ;; esac
          echo "seen=$([ "$WORD" = s3cret-word ] && echo word)-$kind" >> "$GITHUB_OUTPUT"
`
  const callerWithSecrets = (secrets: string): string => `on: push
permissions: {}
jobs:
  call:
    permissions:
      contents: read
    uses: ./.github/workflows/called.yml
    secrets:${secrets}
`

  it('passes a calling job’s secrets (and its GITHUB_TOKEN) to the called workflow, masked in the log', async () => {
    logs.length = 0
    const result = await runner.run(
      'secrets',
      {
        '.github/workflows/called.yml': calledWithSecrets,
        '.github/workflows/ci.yml': callerWithSecrets(
          '\n      word: ${{ secrets.WORD }}\n      token: ${{ secrets.GITHUB_TOKEN }}'
        )
      },
      undefined,
      { WORD: 's3cret-word' }
    )
    expect(result.result).toBe('success')
    expect(result.jobs[0]!.outputs).toEqual({ seen: 'word-token' })
    expect(logs.join('\n')).toContain('the word is ***')
    expect(logs.join('\n')).not.toContain('s3cret-word')
  })

  it('passes every secret with secrets: inherit', async () => {
    const result = await runner.run(
      'inherit',
      {
        '.github/workflows/called.yml': calledWithSecrets,
        '.github/workflows/ci.yml': callerWithSecrets(' inherit')
      },
      undefined,
      { word: 's3cret-word' }
    )
    expect(result.jobs[0]!.outputs).toEqual({ seen: 'word-none' })
  })

  it('refuses a secret the called workflow does not declare, and a missing required one', async () => {
    await expect(
      runner.run('undeclared', {
        '.github/workflows/called.yml': calledWithSecrets,
        '.github/workflows/ci.yml': callerWithSecrets(
          '\n      word: one\n      other: two'
        )
      })
    ).rejects.toMatchObject({
      code: 'RUNNER_SECRETS',
      message: expect.stringContaining('"other" is not a secret of')
    })
    await expect(
      runner.run('missing', {
        '.github/workflows/called.yml': calledWithSecrets,
        '.github/workflows/ci.yml': callerWithSecrets(' {}')
      })
    ).rejects.toMatchObject({
      code: 'RUNNER_SECRETS',
      message: expect.stringContaining('the required secret "word" is missing')
    })
  })

  it('refuses a container job before running anything, naming the job', async () => {
    const workflow = `on: push
permissions: {}
jobs:
  first:
    runs-on: ubuntu-24.04
    steps:
      - run: echo never
  boxed:
    runs-on: ubuntu-24.04
    container: node:24
    steps:
      - run: echo never
`
    await expect(
      runCaller('container', { '.github/workflows/ci.yml': workflow })
    ).rejects.toMatchObject({
      code: 'RUNNER_CONTAINER',
      message: expect.stringContaining('jobs.boxed uses `container:`')
    })
    expect(logs.join('\n')).not.toContain('never')
  })
})
