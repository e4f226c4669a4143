/**
 * The bundled dist/provenance, run as the runner runs it, against the
 * embedded local stack (Fulcio, Rekor, TSA, OIDC issuer, GitHub API).
 */
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { verifyWithTrustedRootFile } from '../helpers/sigstore-verify.js'
import type { E2eContext } from '../helpers/provenance-e2e.js'
import {
  attestationPosts,
  listDir,
  makeWorkspace,
  readJson,
  readJsonLines,
  runProvenance,
  sha256,
  startE2e,
  statementOf
} from '../helpers/provenance-e2e.js'

const ARTIFACTS = {
  'dist/hello-1.0.0.tar.gz': 'source distribution\n',
  'dist/hello-1.0.0-py3-none-any.whl': Buffer.from([0, 1, 2, 3, 255]),
  'dist/hello-linux-amd64': 'binary\n'.repeat(1000)
}

describe('dist/provenance on the local stack', () => {
  let ctx: E2eContext
  beforeAll(async () => {
    ctx = await startE2e()
  })
  afterAll(async () => ctx.close())

  it('attests 3 artifacts: exact digests, SLSA v1 predicate, verifiable bundles, one POST each', async () => {
    const workspace = await makeWorkspace(ctx, ARTIFACTS)
    const posts = ctx.stack.github.server.served.length
    const certs = ctx.stack.sigstore.fulcio.server.served.length
    const run = await runProvenance(ctx, workspace, {
      'subject-path': 'dist/*'
    })
    expect({ code: run.code, stderr: run.stderr }).toEqual({
      code: 0,
      stderr: ''
    })

    const out = path.join(workspace, 'out')
    expect(await listDir(out)).toEqual([
      'build-provenance.json',
      'provenance.intoto.jsonl',
      'provenance.sigstore.json'
    ])
    expect(run.outputs['bundle-path']).toBe(
      path.join(out, 'provenance.intoto.jsonl')
    )
    expect(run.outputs['intoto-jsonl']).toBe(run.outputs['bundle-path'])
    expect(run.outputs.bundles).toBe(path.join(out, 'provenance.sigstore.json'))
    expect(run.outputs['build-provenance']).toBe(
      path.join(out, 'build-provenance.json')
    )

    const bundles = await readJsonLines(run.outputs['bundle-path']!)
    expect(bundles).toEqual([await readJson(run.outputs.bundles!)])
    const statement = statementOf(bundles[0]!)
    expect(statement.subject).toEqual(
      Object.entries(ARTIFACTS)
        .map(([file, content]) => ({
          name: path.basename(file),
          digest: { sha256: sha256(content) }
        }))
        .sort((a, b) => a.name.localeCompare(b.name))
    )
    const claims = ctx.stack.oidc.claims
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1')
    expect(statement.predicate).toEqual({
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref: claims.workflow_ref.split('@')[1],
            repository: `https://github.com/${claims.repository}`,
            path: claims.workflow_ref
              .split('@')[0]!
              .replace(`${claims.repository}/`, '')
          }
        },
        internalParameters: {
          github: {
            event_name: claims.event_name,
            repository_id: claims.repository_id,
            repository_owner_id: claims.repository_owner_id,
            runner_environment: claims.runner_environment
          }
        },
        resolvedDependencies: [
          {
            uri: `git+https://github.com/${claims.repository}@${claims.ref}`,
            digest: { gitCommit: claims.sha }
          }
        ]
      },
      runDetails: {
        builder: { id: `https://github.com/${claims.job_workflow_ref}` },
        metadata: {
          invocationId: `https://github.com/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`
        }
      }
    })

    const identity = `https://github.com/${claims.job_workflow_ref}`
    for (const bundle of bundles) {
      const signer = await verifyWithTrustedRootFile(
        ctx.trustedRoot,
        bundle,
        undefined,
        {
          subjectAlternativeName: identity,
          extensions: { issuer: ctx.stack.oidc.url }
        }
      )
      expect(signer.identity?.subjectAlternativeName).toBe(identity)
    }
    expect(ctx.stack.sigstore.fulcio.server.served.length - certs).toBe(1)

    const posted = attestationPosts(ctx.stack, posts)
    expect(posted).toEqual(
      bundles.map(() => ({
        status: 201,
        authorization: `Bearer ${ctx.stack.github.token}`
      }))
    )
    const ids = run.outputs['attestation-ids']!.split('\n')
    expect(ids).toHaveLength(1)
    expect(run.outputs['attestation-urls']).toBe(
      `https://github.com/${claims.repository}/attestations/${ids[0]}`
    )
    const stored = ctx.stack.github.state.attestations.find(
      (a) => String(a.id) === ids[0]
    )
    expect(stored?.bundle).toEqual(bundles[0])

    expect(await readJson(run.outputs['build-provenance']!)).toEqual({
      buildType: `https://github.com/${claims.workflow_ref}`,
      builder: {
        id: `https://github.com/actions/runner/${claims.runner_environment}`
      },
      invocation: {
        configSource: {
          uri: `git+https://github.com/${claims.repository}@${claims.sha}`,
          digest: { sha1: claims.sha },
          entryPoint: claims.workflow_ref
            .split('@')[0]!
            .replace(`${claims.repository}/`, '')
        }
      },
      metadata: {
        buildInvocationId: `${claims.run_id}-${claims.run_attempt}`,
        reproducible: false
      }
    })
    expect(run.summary).toMatch(/Build provenance/)
    expect(run.stdout).toMatch(/::add-mask::/)
  })
})
