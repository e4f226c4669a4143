/**
 * dist/provenance refusing bad input (a clear error naming the input, a
 * non-zero exit, no file written, no service asked) and a refused store
 * (403) failing or warning per on-store-error.
 */
import { symlink } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { E2eContext } from '../helpers/provenance-e2e.js'
import {
  attestationPosts,
  listDir,
  makeWorkspace,
  readJsonLines,
  runProvenance,
  sha256,
  startE2e
} from '../helpers/provenance-e2e.js'

/** `::error::` lines as @actions/core writes them, decoded. */
function errorsOf(stdout: string): string {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('::error::'))
    .map((line) =>
      line
        .slice('::error::'.length)
        .replaceAll('%0A', '\n')
        .replaceAll('%25', '%')
    )
    .join('\n')
}

describe('dist/provenance refusing bad input', () => {
  let ctx: E2eContext
  beforeAll(async () => {
    ctx = await startE2e()
  })
  afterAll(async () => ctx.close())

  const FILES = {
    'dist/app.tgz': 'app',
    'checksums.txt': `${sha256('app')}  app.tgz\nnot a checksum line\n`,
    'sbom.json': JSON.stringify({ name: 'not an sbom', packages: [] }),
    'README.md': 'readme'
  }

  it.each([
    [
      'two subject sources at once',
      {
        'subject-path': 'dist/*',
        'subject-digest': `sha256:${sha256('x')}`,
        'subject-name': 'x'
      },
      /inputs "subject-path" and "subject-digest" exclude each other/
    ],
    [
      'a checksums line not of the form <hex>  <name>',
      { 'subject-checksums': 'checksums.txt' },
      /input "subject-checksums": 1 line\(s\) of checksums.txt .*\n\s+checksums.txt:2: "not a checksum line"/
    ],
    [
      'a digest of the wrong length',
      {
        'subject-digest': `sha256:${sha256('x').slice(0, 60)}`,
        'subject-name': 'x'
      },
      /input "subject-digest": a sha256 digest has 64 hex digits, "sha256:[0-9a-f]{60}" has 60/
    ],
    [
      'a subject path outside the workspace',
      { 'subject-path': '../outside.txt' },
      /input "subject-path": "\.\.\/outside\.txt" is outside the workspace/
    ],
    [
      'a subject path linking outside the workspace',
      { 'subject-path': 'dist/link' },
      /input "subject-path": "dist\/link" \(.* links to .*\) is outside the workspace/
    ],
    [
      'an SBOM that is neither CycloneDX nor SPDX',
      { 'subject-path': 'dist/app.tgz', 'sbom-path': 'sbom.json' },
      /input "sbom-path" is neither a CycloneDX JSON SBOM .* nor an SPDX 2\.x JSON SBOM/
    ]
  ])('%s', async (_, inputs, message) => {
    const workspace = await makeWorkspace(ctx, FILES)
    await symlink(
      path.join(ctx.root, 'trust', 'trusted_root.json'),
      path.join(workspace, 'dist', 'link')
    )
    const posts = ctx.stack.github.server.served.length
    const certs = ctx.stack.sigstore.fulcio.server.served.length
    const run = await runProvenance(ctx, workspace, inputs)
    expect(run.code).not.toBe(0)
    expect(errorsOf(run.stdout)).toMatch(message)
    expect(await listDir(path.join(workspace, 'out'))).toEqual([])
    expect(await listDir(workspace)).toEqual([
      'README.md',
      'checksums.txt',
      'dist',
      'sbom.json'
    ])
    expect(await listDir(path.join(workspace, 'dist'))).toEqual([
      'app.tgz',
      'link'
    ])
    expect(run.outputs).toEqual({})
    expect(attestationPosts(ctx.stack, posts)).toEqual([])
    expect(ctx.stack.sigstore.fulcio.server.served.length).toBe(certs)
  })

  describe('a store GitHub refuses with 403', () => {
    const refuse = () =>
      ctx.stack.github.server.faults.inject({
        route: `/repos/${ctx.stack.oidc.claims.repository}/attestations`,
        method: 'POST',
        kind: 'status',
        status: 403,
        times: 1
      })

    it('fails the step with on-store-error: fail (the default), explained, nothing written', async () => {
      const workspace = await makeWorkspace(ctx, { 'dist/app.tgz': 'app' })
      refuse()
      const run = await runProvenance(ctx, workspace, {
        'subject-path': 'dist/app.tgz'
      })
      expect(run.code).not.toBe(0)
      expect(errorsOf(run.stdout)).toMatch(
        /HTTP 403.*attestations: write.*`store: false`.*`on-store-error: warn`/s
      )
      expect(await listDir(path.join(workspace, 'out'))).toEqual([])
      expect(ctx.stack.github.server.faults.pending).toBe(0)
    })

    it('warns and writes the files with on-store-error: warn', async () => {
      const workspace = await makeWorkspace(ctx, { 'dist/app.tgz': 'app' })
      refuse()
      const run = await runProvenance(ctx, workspace, {
        'subject-path': 'dist/app.tgz',
        'on-store-error': 'warn'
      })
      expect({ code: run.code, stderr: run.stderr }).toEqual({
        code: 0,
        stderr: ''
      })
      expect(run.stdout).toMatch(
        /^::warning::GitHub refused to store the attestation \(HTTP 403/m
      )
      expect(run.outputs['attestation-ids']).toBe('')
      expect(run.outputs['attestation-urls']).toBe('')
      expect(await readJsonLines(run.outputs['intoto-jsonl']!)).toHaveLength(1)
      expect(run.summary).toMatch(/not stored: GitHub refused/)
    })
  })
})
