/**
 * The provenance core in-process against the local stack: the cases too
 * heavy or too specific for the e2e runs (an SBOM over 16 MB, another
 * predicate, a service failing mid-run, the CLI's local mode).
 */
import { workspaceFence } from '../../../src/io/fs/path-fence.js'
import {
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  writeFile
} from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { AttestDeps } from '../../../src/io/provenance/attest.js'
import { attestProvenance } from '../../../src/io/provenance/attest.js'
import { parseProvenanceInputs } from '../../../src/lib/provenance/parse-inputs.js'
import { MAX_PREDICATE_BYTES } from '../../../src/lib/provenance/sbom.js'
import type { LocalStack } from '../../../src/local/stack.js'
import { startLocalStack } from '../../../src/local/stack.js'
import { withEnv } from '../../helpers/env.js'
import { recordingLogger } from '../../helpers/logger.js'

describe('attestProvenance', () => {
  let stack: LocalStack
  let root: string
  let restoreEnv: () => void

  beforeAll(async () => {
    stack = await startLocalStack({ env: { GITHUB_REF: 'refs/tags/v2.0.0' } })
    root = await mkdtemp(path.join(os.tmpdir(), 'provenant-attest-'))
    restoreEnv = withEnv({
      NO_PROXY: '127.0.0.1,localhost',
      no_proxy: '127.0.0.1,localhost'
    })
  })
  afterAll(async () => {
    restoreEnv()
    await stack.close()
    await rm(root, { recursive: true, force: true })
  })

  async function attest(
    workspace: string,
    values: Record<string, string>,
    overrides: Partial<AttestDeps> = {}
  ) {
    const logger = recordingLogger()
    const inputs = parseProvenanceInputs(
      (name) =>
        ({
          sigstore: 'custom',
          'fulcio-url': stack.fulcioUrl,
          'rekor-url': stack.rekorUrl,
          'tsa-url': stack.tsaUrl,
          'oidc-issuer': stack.oidc.url,
          'max-attempts': '2',
          ...values
        })[name]
    )
    const deps: AttestDeps = {
      fence: workspaceFence(workspace),
      env: stack.env,
      serverUrl: 'https://github.com',
      apiUrl: stack.github.url,
      githubToken: stack.github.token,
      visibility: undefined,
      logger,
      onSecret: () => undefined,
      environment: { sleep: () => Promise.resolve() },
      ...overrides
    }
    return { logger, result: await attestProvenance(inputs, deps) }
  }

  async function workspaceWith(files: Record<string, string>): Promise<string> {
    const workspace = await mkdtemp(path.join(root, 'ws-'))
    for (const [name, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(workspace, name)), { recursive: true })
      await writeFile(path.join(workspace, name), content)
    }
    return workspace
  }

  const statementIn = async (file: string) => {
    const bundle = JSON.parse(await readFile(file, 'utf8')) as {
      dsseEnvelope: { payload: string }
    }
    return JSON.parse(
      Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString()
    ) as {
      predicateType: string
      predicate: Record<string, unknown>
    }
  }

  it('references an SBOM over 16 MB by name and digest, and says so', async () => {
    const component = {
      type: 'library',
      name: 'x'.repeat(200),
      version: '1.0.0'
    }
    const count =
      Math.ceil(MAX_PREDICATE_BYTES / JSON.stringify(component).length) + 10
    const sbom = JSON.stringify({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      components: Array(count).fill(component)
    })
    const workspace = await workspaceWith({
      'app.tgz': 'app',
      'big.cdx.json': sbom
    })
    const { logger, result } = await attest(workspace, {
      'subject-path': 'app.tgz',
      'sbom-path': 'big.cdx.json'
    })
    const sbomBundle = result.bundles.find((b) => b.kind === 'sbom')!
    const statement = await statementIn(sbomBundle.path)
    expect(statement.predicateType).toBe(
      'https://in-toto.io/attestation/reference/v0.1'
    )
    const { createHash } = await import('node:crypto')
    expect(statement.predicate).toEqual({
      attester: {
        id: `https://github.com/${stack.oidc.claims.job_workflow_ref}`
      },
      references: [
        {
          name: 'big.cdx.json',
          digest: { sha256: createHash('sha256').update(sbom).digest('hex') },
          mediaType: 'application/vnd.cyclonedx+json',
          downloadLocation: `https://github.com/${stack.oidc.claims.repository}/releases/download/v2.0.0/big.cdx.json`
        }
      ]
    })
    expect(logger.lines.join('\n')).toMatch(
      /warning: The SBOM big.cdx.json .* is over GitHub's 16 MB predicate limit: its statement references it by name and sha256:/
    )
    expect(result.attestationIds).toHaveLength(2)
  })

  it('attests another predicate from predicate-type and predicate-path', async () => {
    const predicate = { result: 'PASSED', passedTests: ['unit'] }
    const workspace = await workspaceWith({
      'app.tgz': 'app',
      'tests.json': JSON.stringify(predicate)
    })
    const { result } = await attest(workspace, {
      'subject-path': 'app.tgz',
      'predicate-type': 'https://in-toto.io/attestation/test-result/v0.1',
      'predicate-path': 'tests.json',
      store: 'false'
    })
    const other = result.bundles.find((b) => b.kind === 'predicate')!
    expect(path.basename(other.path)).toBe('provenance.predicate.sigstore.json')
    expect(await statementIn(other.path)).toMatchObject({
      predicateType: 'https://in-toto.io/attestation/test-result/v0.1',
      predicate
    })
  })

  it('writes nothing when Rekor keeps failing mid-run', async () => {
    const workspace = await workspaceWith({ 'a.tgz': 'a', 'b.tgz': 'b' })
    stack.sigstore.rekor.server.faults.inject({
      route: '/api/v1/log/entries',
      kind: 'status',
      status: 503,
      times: 10
    })
    const error = await attest(workspace, {
      'subject-path': '*.tgz',
      'single-subject': 'true'
    }).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'service' })
    expect((error as Error).message).toMatch(/Rekor .* failed after 2 attempts/)
    expect((await readdir(workspace)).sort()).toEqual(['a.tgz', 'b.tgz'])
    stack.sigstore.rekor.server.faults.clear()
  })

  it('checks its local inputs and the token before it asks a registry about an image', async () => {
    let asked = 0
    const registry = createServer((_req, res) => {
      asked++
      res.writeHead(500).end()
    })
    await new Promise<void>((resolve) =>
      registry.listen(0, '127.0.0.1', resolve)
    )
    try {
      const { port } = registry.address() as AddressInfo
      const image = `oci://127.0.0.1:${port}/acme/app@sha256:${'a'.repeat(64)}`
      const workspace = await workspaceWith({ 'a.tgz': 'a' })
      const given = { 'subject-path': 'a.tgz', images: image }
      const failure = (values: Record<string, string>, o = {}) =>
        attest(workspace, { ...given, ...values }, o).catch((e: unknown) => e)

      // A missing SBOM, then storing without a token: each refused unasked.
      expect(await failure({ 'sbom-path': 'missing.json' })).toMatchObject({
        kind: 'input'
      })
      expect(
        await failure({ store: 'true' }, { githubToken: undefined })
      ).toMatchObject({ code: 'PROVENANCE_NO_GITHUB_TOKEN' })
      expect(asked).toBe(0)

      // Everything local in order: the registry is asked (and fails).
      expect(await failure({ store: 'false' })).toBeInstanceOf(Error)
      expect(asked).toBeGreaterThan(0)
    } finally {
      await new Promise((resolve) => registry.close(resolve))
    }
  })
})
