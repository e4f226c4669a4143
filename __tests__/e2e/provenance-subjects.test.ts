/**
 * dist/provenance on the local stack: large subject sets, SHA-512 subjects,
 * single-subject mode, SBOM attestations and the reproducible verdict.
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
  sha512,
  startE2e,
  statementOf
} from '../helpers/provenance-e2e.js'

const CYCLONEDX = {
  bomFormat: 'CycloneDX',
  specVersion: '1.6',
  serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
  version: 1,
  components: [
    {
      type: 'library',
      name: 'left-pad',
      version: '1.3.0',
      purl: 'pkg:npm/left-pad@1.3.0'
    }
  ]
}
const SPDX = {
  spdxVersion: 'SPDX-2.3',
  dataLicense: 'CC0-1.0',
  SPDXID: 'SPDXRef-DOCUMENT',
  name: 'hello',
  documentNamespace: 'https://example.com/spdx/hello-1.0.0',
  creationInfo: {
    created: '2025-01-01T00:00:00Z',
    creators: ['Tool: provenant-test']
  },
  packages: [
    {
      SPDXID: 'SPDXRef-Package-left-pad',
      name: 'left-pad',
      versionInfo: '1.3.0',
      downloadLocation: 'NOASSERTION'
    }
  ]
}

describe('dist/provenance subjects and predicates', () => {
  let ctx: E2eContext
  beforeAll(async () => {
    ctx = await startE2e()
  })
  afterAll(async () => ctx.close())

  it('attests 2,000 subjects from a checksums file in several statements, all written and stored', async () => {
    const lines = Array.from(
      { length: 2000 },
      (_, i) => `${sha256(`file ${i}`)}  pkg-${i}.tgz`
    )
    const workspace = await makeWorkspace(ctx, {
      'checksums.txt': `${lines.join('\n')}\n`
    })
    const posts = ctx.stack.github.server.served.length
    const run = await runProvenance(ctx, workspace, {
      'subject-checksums': 'checksums.txt'
    })
    expect({ code: run.code, stderr: run.stderr }).toEqual({
      code: 0,
      stderr: ''
    })
    const bundles = await readJsonLines(run.outputs['intoto-jsonl']!)
    expect(bundles.length).toBeGreaterThan(1)
    const statements = bundles.map(statementOf)
    for (const s of statements)
      expect(s.subject.length).toBeLessThanOrEqual(1000)
    expect(statements.flatMap((s) => s.subject)).toEqual(
      lines.map((_, i) => ({
        name: `pkg-${i}.tgz`,
        digest: { sha256: sha256(`file ${i}`) }
      }))
    )
    expect(
      run.outputs.bundles!.split('\n').map((p) => path.basename(p))
    ).toEqual(bundles.map((_, i) => `provenance-${i + 1}.sigstore.json`))
    for (const file of run.outputs.bundles!.split('\n')) {
      expect(bundles).toContainEqual(await readJson(file))
    }
    expect(attestationPosts(ctx.stack, posts)).toHaveLength(bundles.length)
    expect(run.outputs['attestation-ids']!.split('\n')).toHaveLength(
      bundles.length
    )
    for (const bundle of bundles) {
      await expect(
        verifyWithTrustedRootFile(ctx.trustedRoot, bundle, undefined, {})
      ).resolves.toBeDefined()
    }
  })

  it('carries SHA-512 subjects from a checksums file and from subject-digest', async () => {
    const workspace = await makeWorkspace(ctx, {
      SHA512SUMS: `${sha512('a')}  a.iso\n${sha512('b')} *b.iso\n`
    })
    const fromFile = await runProvenance(ctx, workspace, {
      'subject-checksums': 'SHA512SUMS',
      store: 'false'
    })
    expect(fromFile.code).toBe(0)
    expect(
      statementOf((await readJsonLines(fromFile.outputs['intoto-jsonl']!))[0]!)
        .subject
    ).toEqual([
      { name: 'a.iso', digest: { sha512: sha512('a') } },
      { name: 'b.iso', digest: { sha512: sha512('b') } }
    ])
    const fromDigest = await runProvenance(ctx, workspace, {
      'subject-digest': `sha512:${sha512('c')}`,
      'subject-name': 'c.iso',
      'bundle-name': 'c',
      store: 'false'
    })
    expect(fromDigest.code).toBe(0)
    expect(
      statementOf(
        (await readJsonLines(fromDigest.outputs['intoto-jsonl']!))[0]!
      ).subject
    ).toEqual([{ name: 'c.iso', digest: { sha512: sha512('c') } }])
    expect(fromFile.outputs['attestation-ids']).toBe('')
  })

  it('single-subject: one statement and bundle per subject, one certificate for the run', async () => {
    const workspace = await makeWorkspace(ctx, {
      'dist/a.whl': 'a',
      'dist/b.whl': 'b',
      'dist/c.whl': 'c'
    })
    const certs = ctx.stack.sigstore.fulcio.server.served.length
    const run = await runProvenance(ctx, workspace, {
      'subject-path': 'dist/*.whl',
      'single-subject': 'true'
    })
    expect(run.code).toBe(0)
    expect(await listDir(path.join(workspace, 'out'))).toEqual([
      'a.whl.provenance.sigstore.json',
      'b.whl.provenance.sigstore.json',
      'build-provenance.json',
      'c.whl.provenance.sigstore.json',
      'provenance.intoto.jsonl'
    ])
    for (const name of ['a', 'b', 'c']) {
      const bundle = await readJson<Parameters<typeof statementOf>[0]>(
        path.join(workspace, 'out', `${name}.whl.provenance.sigstore.json`)
      )
      expect(statementOf(bundle).subject).toEqual([
        { name: `${name}.whl`, digest: { sha256: sha256(name) } }
      ])
    }
    const certificates = new Set(
      (await readJsonLines(run.outputs['intoto-jsonl']!)).map(
        (b) => b.verificationMaterial.certificate?.rawBytes
      )
    )
    expect(certificates.size).toBe(1)
    expect(ctx.stack.sigstore.fulcio.server.served.length - certs).toBe(1)
  })

  it.each([
    ['CycloneDX', 'bom.cdx.json', CYCLONEDX, 'https://cyclonedx.org/bom'],
    ['SPDX', 'bom.spdx.json', SPDX, 'https://spdx.dev/Document/v2.3']
  ])(
    'attests a %s SBOM beside the provenance',
    async (_, file, sbom, predicateType) => {
      const workspace = await makeWorkspace(ctx, {
        'dist/app.tgz': 'app',
        [file]: JSON.stringify(sbom, null, 2)
      })
      const run = await runProvenance(ctx, workspace, {
        'subject-path': 'dist/app.tgz',
        'sbom-path': file
      })
      expect({ code: run.code, stderr: run.stderr }).toEqual({
        code: 0,
        stderr: ''
      })
      const statements = (
        await readJsonLines(run.outputs['intoto-jsonl']!)
      ).map(statementOf)
      expect(statements.map((s) => s.predicateType)).toEqual([
        'https://slsa.dev/provenance/v1',
        predicateType
      ])
      expect(statements[1]!.predicate).toEqual(sbom)
      expect(statements[1]!.subject).toEqual([
        { name: 'app.tgz', digest: { sha256: sha256('app') } }
      ])
      expect(
        run.outputs.bundles!.split('\n').map((p) => path.basename(p))
      ).toEqual(['provenance.sigstore.json', 'provenance.sbom.sigstore.json'])
      expect(run.outputs['attestation-ids']!.split('\n')).toHaveLength(2)
    }
  )

  it('says reproducible only when the rebuild verdict covers the subjects', async () => {
    const workspace = await makeWorkspace(ctx, {
      'dist/app.tgz': 'app',
      'report.json': JSON.stringify({ reproducible: true }),
      'other.json': JSON.stringify({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'x', digest: { sha256: sha256('x') } }],
        predicateType: 'https://provenant.dev/rebuild/v1',
        predicate: { reproducible: true }
      })
    })
    const yes = await runProvenance(ctx, workspace, {
      'subject-path': 'dist/app.tgz',
      'reproducible-verdict': 'report.json',
      store: 'false'
    })
    expect(yes.code).toBe(0)
    expect(await readJson(yes.outputs['build-provenance']!)).toMatchObject({
      metadata: { reproducible: true }
    })
    const no = await runProvenance(ctx, workspace, {
      'subject-path': 'dist/app.tgz',
      'reproducible-verdict': 'other.json',
      store: 'false'
    })
    expect(no.code).toBe(0)
    expect(no.stdout).toMatch(
      /reproducible: false \(other.json does not name 1 of the subjects/
    )
    expect(await readJson(no.outputs['build-provenance']!)).toMatchObject({
      metadata: { reproducible: false }
    })
  })
})
