/**
 * reproducibility.yml executed by the local runner, as the npm example's
 * caller workflow calls it after publish.yml released a tag: two matrix
 * rebuilds without an OIDC token, then a consensus job that runs no build
 * code signs the verdict and attaches it to the published release, so
 * `provenant verify --release --rebuilder-identity` holds the release to
 * it. (A repository with immutable releases gets the verdict in its
 * attestation store instead: __tests__/io/release/attach.test.ts and
 * rebuild-consensus-attach.test.ts.)
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalRun } from '../../src/io/release/local-publish.js'
import { findProvenant } from '../../src/io/release/provenant-root.js'
import { CONSENSUS_PREDICATE_TYPE } from '../../src/lib/rebuild/consensus-statement.js'
import type { WorkflowResult } from '../../src/local/runner/index.js'
import { runWorkflow } from '../../src/local/runner/index.js'
import type { LocalStack } from '../../src/local/stack.js'
import { startLocalStack } from '../../src/local/stack.js'
import type { Released } from '../helpers/local-runner.js'
import {
  RELEASE_TIMEOUT_MS,
  provenant,
  provenantLines,
  releaseExample
} from '../helpers/local-runner.js'
import { repoPath } from '../helpers/repo.js'

describe('reproducibility.yml on the local runner (npm example)', () => {
  let stack: LocalStack
  let tmp: string
  let released: Released
  let result: WorkflowResult
  const log: string[] = []

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-repro-e2e-'))
    stack = await startLocalStack()
    const repositoryDir = path.join(tmp, 'repository')
    released = await releaseExample({
      stack,
      example: 'npm-package',
      build: 'npm run build',
      artifacts: 'dist/*.tgz',
      repository: 'acme/widget',
      outDir: path.join(tmp, 'release'),
      repositoryDir,
      inputs: { rebuild: false }
    })
    // Without a published release the rebuild job would wait its 30 minutes.
    if (released.result !== 'success') {
      throw new Error(
        `the release to rebuild failed:\n${released.log.slice(-20).join('\n')}`
      )
    }
    const provenant = await findProvenant(repoPath('src'))
    const ref = 'refs/tags/v1.0.0'
    const run = createLocalRun(
      stack,
      path.join(released.outDir, '.local-stack', 'trusted_root.json'),
      {
        caller: {
          repository: 'acme/widget',
          dir: repositoryDir,
          sha: released.commit,
          ref,
          workflowRef: `acme/widget/.github/workflows/reproducibility.yml@${ref}`,
          eventName: 'release',
          event: { release: { tag_name: 'v1.0.0' } },
          actor: 'acme'
        },
        provenant,
        runDir: path.join(tmp, 'run'),
        log: (line) => log.push(line),
        failJobs: []
      }
    )
    result = await runWorkflow(
      {
        file: repoPath(
          'examples',
          'npm-package',
          'workflows',
          'reproducibility.yml'
        ),
        repository: 'acme/widget',
        relativePath: '.github/workflows/reproducibility.yml',
        ref,
        sha: released.commit
      },
      {},
      undefined,
      run
    )
  }, RELEASE_TIMEOUT_MS)

  afterAll(async () => {
    await stack.close()
    await rm(tmp, { recursive: true, force: true })
  })

  it('waits for the release, rebuilds on two matrix runners, then decides', () => {
    expect({ released: released.result, log: log.slice(-20) }).toEqual({
      released: 'success',
      log: expect.any(Array)
    })
    expect(result.jobs.map((j) => [j.name, j.result])).toEqual([
      ['release', 'success'],
      ['rebuild (ubuntu-24.04)', 'success'],
      ['rebuild (ubuntu-22.04)', 'success'],
      ['consensus', 'success']
    ])
    expect(result.jobs.at(-1)!.outputs).toEqual({ reproducible: 'true' })
  })

  it('signs the consensus verdict and attaches it to the published release', () => {
    const release = stack.github.state.releases.find(
      (r) => r.owner === 'acme' && r.repo === 'widget' && r.tagName === 'v1.0.0'
    )!
    expect(release.immutable).toBe(false)
    expect(release.assets.map((a) => a.name)).toEqual(
      expect.arrayContaining([
        'consensus.intoto.json',
        'consensus.sigstore.json'
      ])
    )
    const statement = JSON.parse(
      Buffer.from(
        release.assets.find((a) => a.name === 'consensus.intoto.json')!.bytes
      ).toString('utf8')
    ) as { predicateType: string; subject: { name: string }[] }
    expect(statement.predicateType).toBe(CONSENSUS_PREDICATE_TYPE)
    expect(statement.subject.map((s) => s.name)).toEqual([
      expect.stringMatching(/\.tgz$/)
    ])
    // Attached, so not also stored: the store is the immutable release's fallback.
    expect(
      stack.github.state.attestations.filter(
        (a) => a.predicateType === CONSENSUS_PREDICATE_TYPE
      )
    ).toHaveLength(0)
  })

  it('holds the release fetched by verify --release to the consensus signer (--rebuilder-identity)', async () => {
    const [line] = await provenantLines(released.outDir)
    const rebuilder = `https://github.com/provenant-dev/provenant/.github/workflows/reproducibility.yml@6575bcd38be53af36eb7bff132757f9232cf150e`
    // The VERIFY.md line without its folder: the release comes from the API.
    const flags = line!.filter((word, i) => !(i === 1 && word === '.'))
    const fromRelease = (identity: string) =>
      provenant(
        [
          ...flags,
          '--release',
          'acme/widget@v1.0.0',
          '--rebuilder-identity',
          identity,
          '--json'
        ],
        tmp,
        {
          GITHUB_API_URL: stack.github.url,
          PROVENANT_CACHE_DIR: path.join(tmp, 'cache')
        }
      )
    const reproducible = (output: string) =>
      (
        JSON.parse(
          output.slice(output.indexOf('{'), output.lastIndexOf('}') + 1)
        ) as {
          artifacts: {
            checks: { reproducible: { status: string; reason: string } }
          }[]
        }
      ).artifacts[0]!.checks.reproducible
    const verified = await fromRelease(rebuilder)
    expect(verified.code).toBe(0)
    expect(reproducible(verified.output)).toEqual({
      status: 'pass',
      reason: expect.stringMatching(/consensus\.sigstore\.json.*\(signed\)/)
    })
    const other = await fromRelease(`${rebuilder}x`)
    expect(other.code).toBe(1)
    expect(reproducible(other.output)).toMatchObject({
      status: 'fail',
      code: 'VERIFY_REBUILDER_MISMATCH',
      reason: expect.stringContaining('--rebuilder-identity')
    })
  })
})
