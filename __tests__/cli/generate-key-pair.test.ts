/**
 * `provenant generate-key-pair` and keyed signing with its key: the files
 * cosign writes, never replaced without --force; `sign --key cosign.key`
 * reads the encrypted key with COSIGN_PASSWORD; a wrong passphrase is
 * exit 2 naming the key file and nothing else.
 */
import { readFile, stat, writeFile } from 'node:fs/promises'
import { afterEach, describe, expect, it } from '@jest/globals'
import { runProvenant } from '../helpers/cli.js'
import { withEnv } from '../helpers/env.js'
import { useTempCwd } from '../helpers/temp-cwd.js'

interface SignJson {
  keyed: boolean
  trustedRoot: string
  files: { bundle: string }[]
}

useTempCwd('provenant-keypair-')
const PASSPHRASE = 'Zq9-unique-passphrase'
let restore: (() => void) | undefined
afterEach(() => restore?.())

async function generate(args: string[] = [], passphrase = PASSPHRASE) {
  restore = withEnv({ COSIGN_PASSWORD: passphrase })
  return runProvenant(['generate-key-pair', ...args])
}

describe('provenant generate-key-pair', () => {
  it("writes cosign.key (0600, cosign's encrypted format) and cosign.pub", async () => {
    const run = await generate()
    expect(run.code).toBe(0)
    const key = await readFile('cosign.key', 'utf8')
    expect(key).toMatch(/^-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n/)
    expect(key).not.toContain(PASSPHRASE)
    expect((await stat('cosign.key')).mode & 0o777).toBe(0o600)
    expect(await readFile('cosign.pub', 'utf8')).toMatch(
      /^-----BEGIN PUBLIC KEY-----\n/
    )
    expect(`${run.out}${run.err}`).not.toContain(PASSPHRASE)
  })

  it('refuses to replace an existing key (exit 2, the file untouched) unless --force', async () => {
    await writeFile('cosign.key', 'my old key\n')
    const refused = await generate()
    expect(refused.code).toBe(2)
    expect(refused.err).toContain('cosign.key already exists')
    expect(await readFile('cosign.key', 'utf8')).toBe('my old key\n')
    await expect(stat('cosign.pub')).rejects.toThrow()
    const forced = await generate(['--force'])
    expect(forced.code).toBe(0)
    expect(await readFile('cosign.key', 'utf8')).toMatch(/ENCRYPTED SIGSTORE/)
  })

  it('refuses when only the .pub exists, and takes --output-key-prefix', async () => {
    await writeFile('cosign.pub', 'someone else’s key\n')
    expect((await generate()).code).toBe(2)
    const run = await generate([
      '--output-key-prefix',
      'keys/release',
      '--json'
    ])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.out)).toEqual({
      privateKey: 'keys/release.key',
      publicKey: 'keys/release.pub'
    })
    expect((await stat('keys/release.key')).isFile()).toBe(true)
  })

  it('takes no positional argument', async () => {
    expect((await generate(['extra'])).code).toBe(2)
  })
})

describe('signing with a generated key', () => {
  it('signs with --key cosign.key and verifies with --key cosign.pub', async () => {
    expect((await generate()).code).toBe(0)
    restore?.()
    await writeFile('a.txt', 'alpha\n')
    restore = withEnv({ COSIGN_PASSWORD: PASSPHRASE })
    const signed = await runProvenant([
      'sign',
      'a.txt',
      '--local',
      '--key',
      'cosign.key',
      '--json'
    ])
    expect(signed.err).not.toContain(PASSPHRASE)
    expect(signed.code).toBe(0)
    const result = JSON.parse(signed.out) as SignJson
    expect(result.keyed).toBe(true)
    const verified = await runProvenant([
      'verify-bundle',
      '--bundle',
      result.files[0]!.bundle,
      '--key',
      'cosign.pub',
      '--trusted-root',
      result.trustedRoot,
      'a.txt'
    ])
    expect(verified.err).toContain('signed by the given public key')
    expect(verified.code).toBe(0)
    await writeFile('a.txt', 'tampered\n')
    const tampered = await runProvenant([
      'verify-bundle',
      '--bundle',
      result.files[0]!.bundle,
      '--key',
      'cosign.pub',
      '--trusted-root',
      result.trustedRoot,
      'a.txt'
    ])
    expect(tampered.code).toBe(1)
  }, 120_000)

  it('a wrong passphrase is exit 2 naming the key file, and writes nothing', async () => {
    expect((await generate()).code).toBe(0)
    restore?.()
    await writeFile('a.txt', 'alpha\n')
    restore = withEnv({ COSIGN_PASSWORD: 'Xy7-not-the-passphrase' })
    const run = await runProvenant([
      'sign',
      'a.txt',
      '--local',
      '--key',
      'cosign.key'
    ])
    expect(run.code).toBe(2)
    expect(run.err).toContain('--key cosign.key: wrong passphrase')
    expect(run.err).not.toContain('Xy7-not-the-passphrase')
    expect(run.err).not.toContain(PASSPHRASE)
    await expect(stat('a.txt.sigstore.json')).rejects.toThrow()
  }, 120_000)
})
