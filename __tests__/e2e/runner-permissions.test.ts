/**
 * The security design of the workflows, enforced by the local runner: only
 * a job granted `id-token: write` can reach the OIDC token service, a job's
 * GitHub token carries exactly its scopes, a called workflow cannot widen
 * what its caller grants; and the composite action.yml runs inside a
 * caller workflow.
 */
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from '@jest/globals'
import { useCallerRunner } from '../helpers/caller-workflow.js'
import { RELEASE_TIMEOUT_MS } from '../helpers/local-runner.js'
import { repoPath } from '../helpers/repo.js'

const SHA = '11bd71901bbe5b1630ceea73d27597364c9af683'

describe('the local runner enforces job permissions', () => {
  const runner = useCallerRunner('provenant-runner-perm-')
  const logs = runner.logs
  /** A caller repository holding `files`, committed, and its workflow run. */
  const runCaller: typeof runner.run = (...args) => runner.run(...args)

  const tokenProbe = [
    'node -e "',
    "fetch(process.env.ACTIONS_ID_TOKEN_REQUEST_URL + '&audience=sigstore', { headers: { authorization: 'Bearer ' + process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN } })",
    ".then((r) => console.log('status=' + r.status), () => console.log('status=unreachable'))",
    '" >> "$GITHUB_OUTPUT"'
  ].join('')

  it('gives the OIDC request variables only to a job granted id-token: write', async () => {
    const workflow = `on: push
permissions: {}
jobs:
  without:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
    outputs:
      url: \${{ steps.probe.outputs.url }}
    steps:
      - id: probe
        run: echo "url=\${ACTIONS_ID_TOKEN_REQUEST_URL:-none}" >> "$GITHUB_OUTPUT"
  with:
    runs-on: ubuntu-24.04
    permissions:
      id-token: write
    outputs:
      status: \${{ steps.probe.outputs.status }}
    steps:
      - id: probe
        run: |
          ${tokenProbe}
`
    const result = await runCaller('oidc', {
      '.github/workflows/ci.yml': workflow
    })
    expect(result.jobs.map((j) => [j.id, j.result, j.outputs])).toEqual([
      ['without', 'success', { url: 'none' }],
      ['with', 'success', { status: '200' }]
    ])
  })

  it(
    'refuses the sign action in a job without id-token: write, saying what to add',
    async () => {
      const workflow = `on: push
permissions: {}
jobs:
  sign:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@${SHA} # v4.2.2
        with:
          persist-credentials: false
      - uses: provenant-dev/provenant/actions/sign@${SHA}
        with:
          files: hello.txt
`
      logs.length = 0
      const result = await runCaller('sign', {
        '.github/workflows/ci.yml': workflow,
        'hello.txt': 'hello\n'
      })
      expect(result.jobs.map((j) => j.result)).toEqual(['failure'])
      expect(logs.join('\n')).toMatch(/id-token: write/)
    },
    RELEASE_TIMEOUT_MS
  )

  it('gives each job a GitHub token with exactly its scopes', async () => {
    const create = [
      'node -e "',
      "fetch(process.env.GITHUB_API_URL + '/repos/' + process.env.GITHUB_REPOSITORY + '/releases', { method: 'POST', headers: { authorization: 'Bearer ' + process.env.TOKEN, 'content-type': 'application/json' }, body: JSON.stringify({ tag_name: 'v9', draft: true }) })",
      ".then((r) => console.log('status=' + r.status))",
      '" >> "$GITHUB_OUTPUT"'
    ].join('')
    const job = (name: string, contents: string): string => `  ${name}:
    runs-on: ubuntu-24.04
    permissions:
      contents: ${contents}
    outputs:
      status: \${{ steps.create.outputs.status }}
    steps:
      - id: create
        env:
          TOKEN: \${{ github.token }}
        run: |
          ${create}
`
    const workflow = `on: push\npermissions: {}\njobs:\n${job('reader', 'read')}${job('writer', 'write')}`
    const result = await runCaller('scopes', {
      '.github/workflows/ci.yml': workflow
    })
    expect(result.jobs.map((j) => [j.id, j.outputs.status])).toEqual([
      ['reader', '403'],
      ['writer', '201']
    ])
  })

  it('refuses a called workflow job that asks for more than its caller grants', async () => {
    const called = `on:
  workflow_call: {}
permissions: {}
jobs:
  greedy:
    runs-on: ubuntu-24.04
    permissions:
      id-token: write
    steps:
      - run: echo never
`
    const caller = `on: push
permissions: {}
jobs:
  call:
    permissions:
      contents: read
    uses: ./.github/workflows/called.yml
`
    await expect(
      runCaller('widen', {
        '.github/workflows/ci.yml': caller,
        '.github/workflows/called.yml': called
      })
    ).rejects.toMatchObject({ code: 'RUNNER_PERMISSIONS' })
  })

  it('refuses an action it has no stand-in for, naming it', async () => {
    const workflow = `on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-24.04
    steps:
      - uses: someone/else@${SHA}
`
    logs.length = 0
    const result = await runCaller('unknown', {
      '.github/workflows/ci.yml': workflow
    })
    expect(result.result).toBe('failure')
    expect(logs.join('\n')).toMatch(
      /someone\/else@[0-9a-f]{40}: the local runner has no stand-in/
    )
  })

  it(
    'runs the composite action.yml inside a caller workflow',
    async () => {
      const workflow = `on: push
permissions: {}
jobs:
  release:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
      id-token: write
      attestations: write
    outputs:
      bundles: \${{ steps.provenant.outputs.bundles }}
      provenance: \${{ steps.provenant.outputs.intoto-jsonl }}
    steps:
      - uses: actions/checkout@${SHA} # v4.2.2
        with:
          persist-credentials: false
      - run: mkdir -p out && cp hello.txt out/hello-1.0.txt
      - id: provenant
        uses: provenant-dev/provenant@${SHA}
        with:
          release-files: out/hello-1.0.txt
          sbom-source: ''
      - run: test -s provenant-release/hello-1.0.txt.sigstore.json
`
      const result = await runCaller('composite', {
        '.github/workflows/ci.yml': workflow,
        'hello.txt': 'hello\n'
      })
      expect(result.jobs.map((j) => j.result)).toEqual(['success'])
      const [job] = result.jobs
      expect(job!.outputs.bundles).toMatch(/hello-1\.0\.txt\.sigstore\.json/)
      expect(job!.outputs.provenance).toMatch(/provenance\.intoto\.jsonl$/)
      const stored = runner.stack.github.state.attestations.filter(
        (a) => a.repo === 'composite'
      )
      expect(stored.length).toBeGreaterThan(0)
      expect(await readFile(repoPath('action.yml'), 'utf8')).toContain(
        'using: composite'
      )
    },
    RELEASE_TIMEOUT_MS
  )
})
