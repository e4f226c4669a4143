/**
 * cosign's encrypted key format against an implementation nobody here
 * wrote: Go's encoding/pem and encoding/json with golang.org/x/crypto's
 * scrypt and nacl/secretbox (Debian's golang-golang-x-crypto-dev), the
 * packages cosign seals its keys with. A key `provenant generate-key-pair`
 * wrote opens there to the same public key, and a key sealed there signs
 * with `provenant sign --key`.
 *
 * (Debian's skopeo 1.9 is built with sigstore signing disabled: `skopeo
 * copy --sign-by-sigstore-private-key` stops at "Debian-local change:
 * sigstore disabled" before it reads the key, so it cannot check one.)
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it
} from '@jest/globals'
import { runProvenant } from '../helpers/cli.js'
import { withEnv } from '../helpers/env.js'
import { useTempCwd } from '../helpers/temp-cwd.js'

const exec = promisify(execFile)
const FIXTURES = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/cosign-keys'
)
const PASSPHRASE = 'Go-and-back-7'
let buildDir = ''
let goCheck = ''
let restore: (() => void) | undefined

interface SignJson {
  keyed: boolean
  trustedRoot: string
  files: { bundle: string }[]
}

useTempCwd('provenant-cosign-key-')
beforeAll(async () => {
  buildDir = await mkdtemp(path.join(os.tmpdir(), 'provenant-go-check-'))
  goCheck = path.join(buildDir, 'go-check')
  await exec(
    'go',
    ['build', '-o', goCheck, path.join(FIXTURES, 'go-check/main.go')],
    {
      env: {
        ...process.env,
        GO111MODULE: 'off',
        GOPATH: '/usr/share/gocode',
        GOCACHE: path.join(buildDir, 'gocache'),
        GOPROXY: 'off'
      }
    }
  )
}, 300_000)
afterAll(async () => {
  await rm(buildDir, { recursive: true, force: true })
})
afterEach(() => restore?.())

function goCheckRun(mode: 'open' | 'seal', file: string, passphrase: string) {
  return exec(goCheck, [mode, file], {
    env: { ...process.env, COSIGN_PASSWORD: passphrase }
  })
}

describe("cosign's key format, read and written by Go's x/crypto", () => {
  it('a key provenant generate-key-pair wrote opens in Go to the key of cosign.pub', async () => {
    restore = withEnv({ COSIGN_PASSWORD: PASSPHRASE })
    expect((await runProvenant(['generate-key-pair'])).code).toBe(0)
    const { stdout } = await goCheckRun('open', 'cosign.key', PASSPHRASE)
    expect(stdout).toBe(await readFile('cosign.pub', 'utf8'))
  })

  it('Go refuses it with another passphrase (the check can fail)', async () => {
    restore = withEnv({ COSIGN_PASSWORD: PASSPHRASE })
    expect((await runProvenant(['generate-key-pair'])).code).toBe(0)
    await expect(
      goCheckRun('open', 'cosign.key', 'other')
    ).rejects.toMatchObject({
      stderr: expect.stringContaining('decryption failed')
    })
  })

  it('the empty passphrase works both ways, as cosign allows it', async () => {
    restore = withEnv({ COSIGN_PASSWORD: '' })
    expect((await runProvenant(['generate-key-pair'])).code).toBe(0)
    const { stdout } = await goCheckRun('open', 'cosign.key', '')
    expect(stdout).toBe(await readFile('cosign.pub', 'utf8'))
  })

  it('a key sealed in Go signs with provenant sign --key, verified with its public key', async () => {
    const { stdout: pub } = await goCheckRun('seal', 'go.key', PASSPHRASE)
    await writeFile('go.pub', pub)
    await writeFile('a.txt', 'alpha\n')
    restore = withEnv({ COSIGN_PASSWORD: PASSPHRASE })
    const signed = await runProvenant([
      'sign',
      'a.txt',
      '--local',
      '--key',
      'go.key',
      '--json'
    ])
    expect(signed.code).toBe(0)
    const result = JSON.parse(signed.out) as SignJson
    const verified = await runProvenant([
      'verify-bundle',
      '--bundle',
      result.files[0]!.bundle,
      '--key',
      'go.pub',
      '--trusted-root',
      result.trustedRoot,
      'a.txt'
    ])
    expect(verified.code).toBe(0)
  }, 120_000)
})
