/**
 * Trust gathered once: the public-good root embedded from @sigstore/tuf's
 * seeds (offline), a --trusted-root file, and the fallback to the embedded
 * root when TUF cannot refresh; bad files are input errors.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  embeddedPublicGoodRoot,
  gatherTrust
} from '../../../src/io/verify/trust.js'
import { InputError } from '../../../src/lib/errors.js'
import { LocalServer } from '../../../src/local/http-server.js'

describe('gatherTrust', () => {
  let tmp: string

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-trust-'))
  })
  afterAll(async () => rm(tmp, { recursive: true, force: true }))

  it('embeds the public-good trusted root (Fulcio, Rekor, CT logs, TSA)', async () => {
    const root = embeddedPublicGoodRoot()
    expect(
      root.certificateAuthorities.some(
        (ca) => ca.uri === 'https://fulcio.sigstore.dev'
      )
    ).toBe(true)
    expect(
      root.tlogs.some((t) => t.baseUrl === 'https://rekor.sigstore.dev')
    ).toBe(true)
    const trust = await gatherTrust({ offline: true })
    expect(trust.summary).toMatchObject({ source: 'embedded', warnings: [] })
    expect(trust.ctlogCount).toBeGreaterThan(0)
    expect(trust.material.certificateAuthorities.length).toBe(
      root.certificateAuthorities.length
    )
  })

  it('falls back to the embedded root, with a warning, when TUF cannot refresh', async () => {
    const server = new LocalServer('tuf')
    server.route('GET', '/:file', () => ({ status: 503, body: 'down' }))
    await server.listen()
    try {
      const trust = await gatherTrust({
        offline: false,
        tufMirrorUrl: server.url,
        tufCachePath: path.join(tmp, 'tuf')
      })
      expect(trust.summary.source).toBe('embedded')
      expect(trust.summary.warnings.join('\n')).toMatch(
        /could not refresh the trusted root from http:\/\/127\.0\.0\.1/
      )
    } finally {
      await server.close()
    }
  })

  it.each([
    ['missing.json', 'VERIFY_TRUSTED_ROOT_MISSING', undefined],
    ['not-json.json', 'VERIFY_TRUSTED_ROOT_INVALID', 'not json'],
    [
      'bundle.json',
      'VERIFY_TRUSTED_ROOT_INVALID',
      '{"mediaType":"application/vnd.dev.sigstore.bundle+json;version=0.1"}'
    ]
  ])('rejects --trusted-root %s with %s', async (name, code, content) => {
    const file = path.join(tmp, name)
    if (content !== undefined) await writeFile(file, content)
    const error = await gatherTrust({ offline: true, trustedRoot: file }).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).code).toBe(code)
  })

  it('refuses staging offline without a trusted root', async () => {
    await expect(
      gatherTrust({ offline: true, staging: true })
    ).rejects.toMatchObject({
      code: 'VERIFY_STAGING_OFFLINE'
    })
  })
})
