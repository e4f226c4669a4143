/**
 * verify-pack against packs signed by Debian's real minisign: the XME
 * script's exit codes (0 verified, 1 bad signature, 2 missing, 3 checksum
 * mismatch), and the same verdict as `minisign -V` on every case.
 */
import { execFile } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runCli } from '../../../src/cli/main.js'

const run = promisify(execFile)

interface Key {
  pub: string
  sec: string
  line: string
}

describe('provenant verify-pack (minisign interop)', () => {
  let tmp: string
  let key: Key
  let other: Key
  let n = 0

  async function generateKey(name: string): Promise<Key> {
    const pub = path.join(tmp, `${name}.pub`)
    const sec = path.join(tmp, `${name}.key`)
    await run('minisign', ['-G', '-W', '-f', '-p', pub, '-s', sec])
    const line = (await readFile(pub, 'utf8')).split('\n')[1]!.trim()
    return { pub, sec, line }
  }

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-pack-'))
    key = await generateKey('xme')
    other = await generateKey('other')
  })

  afterAll(async () => rm(tmp, { recursive: true, force: true }))

  /** vendor/2cat with a pack, its lock and a minisign signature. */
  async function makePack(
    options: { legacy?: boolean; signer?: Key; lockKey?: Key } = {}
  ) {
    const dir = path.join(tmp, `case-${++n}`, 'vendor', '2cat')
    await mkdir(dir, { recursive: true })
    const pack = path.join(dir, '2cat-pack.tar.gz')
    const bytes = randomBytes(4096)
    await writeFile(pack, bytes)
    const signer = options.signer ?? key
    await run('minisign', [
      '-S',
      ...(options.legacy ? ['-l'] : []),
      '-s',
      signer.sec,
      '-m',
      pack,
      '-t',
      'xme 2cat 1.0.0'
    ])
    const lock = path.join(dir, '2cat.lock')
    const sha = createHash('sha256').update(bytes).digest('hex')
    await writeFile(
      lock,
      `# Package metadata\nname: 2cat\nversion: 1.0.0\n\n# Security verification\nsha256: ${sha}\npubkey: ${(options.lockKey ?? key).line}\n`
    )
    return { dir, pack, lock, bytes }
  }

  async function verifyPack(...args: string[]) {
    const out: string[] = []
    const err: string[] = []
    const code = await runCli(['verify-pack', ...args], {
      out: (line) => out.push(line),
      err: (line) => err.push(line)
    })
    return { code, out: out.join('\n'), err: err.join('\n') }
  }

  async function minisignVerdict(
    pack: string,
    pubkeyLine: string
  ): Promise<number> {
    try {
      await run('minisign', ['-V', '-q', '-P', pubkeyLine, '-m', pack])
      return 0
    } catch (error) {
      return (error as { code: number }).code
    }
  }

  it('verifies a pack signed by minisign -S (prehashed, and legacy with -l)', async () => {
    for (const legacy of [false, true]) {
      const { pack, lock } = await makePack({ legacy })
      const result = await verifyPack(pack)
      expect(result).toMatchObject({ code: 0 })
      expect(result.out).toMatch(
        /verified: sha256 [0-9a-f]{64} matches .*2cat\.lock/
      )
      expect(result.out).toContain('trusted comment: xme 2cat 1.0.0')
      expect(await minisignVerdict(pack, key.line)).toBe(0)
      const json = await verifyPack(pack, '--lock', lock, '--json')
      expect(JSON.parse(json.out)).toMatchObject({
        verified: true,
        trustedComment: 'xme 2cat 1.0.0'
      })
    }
  })

  it('exits 3 when a byte of the pack is flipped (checksum mismatch)', async () => {
    const { pack, bytes } = await makePack()
    bytes[100] = bytes[100]! ^ 0xff
    await writeFile(pack, bytes)
    const result = await verifyPack(pack)
    expect(result.code).toBe(3)
    expect(result.err).toMatch(/SHA256 mismatch/)
  })

  it('exits 1 when the pack was signed with another key than the lock names', async () => {
    const { pack } = await makePack({ signer: other })
    const result = await verifyPack(pack)
    expect(result.code).toBe(1)
    expect(result.err).toMatch(/signed with key [0-9A-F]{16}/)
    expect(await minisignVerdict(pack, key.line)).not.toBe(0)
  })

  it('exits 1 for a signature that does not verify with the right key id (forged signature bytes)', async () => {
    const { pack } = await makePack()
    const sigFile = `${pack}.minisig`
    const lines = (await readFile(sigFile, 'utf8')).split('\n')
    const sig = Buffer.from(lines[1]!, 'base64')
    sig[20] = sig[20]! ^ 1
    lines[1] = sig.toString('base64')
    await writeFile(sigFile, lines.join('\n'))
    expect((await verifyPack(pack)).code).toBe(1)
    expect(await minisignVerdict(pack, key.line)).not.toBe(0)
  })

  it('exits 1 when the trusted comment was changed', async () => {
    const { pack } = await makePack()
    const sigFile = `${pack}.minisig`
    const text = await readFile(sigFile, 'utf8')
    await writeFile(sigFile, text.replace('xme 2cat 1.0.0', 'xme 2cat 9.9.9'))
    const result = await verifyPack(pack)
    expect(result.code).toBe(1)
    expect(result.err).toMatch(/trusted comment/)
    expect(await minisignVerdict(pack, key.line)).not.toBe(0)
  })

  it('checks <file>.minisig in provenant verify with --minisign-key', async () => {
    const { pack } = await makePack()
    const args = [
      'verify',
      pack,
      '--minisign-key',
      key.pub,
      '--require',
      'signature',
      '--offline'
    ]
    const ok = await runCli(args, {
      out: () => undefined,
      err: () => undefined
    })
    expect(ok).toBe(0)
    const wrongKey = await runCli(
      ['verify', pack, '--minisign-key', other.line, '--offline'],
      { out: () => undefined, err: () => undefined }
    )
    expect(wrongKey).toBe(1)
    await writeFile(pack, 'changed')
    expect(
      await runCli(args, { out: () => undefined, err: () => undefined })
    ).toBe(1)
  })

  it('exits 2 when the pack, the signature or the lock is missing, or the lock lacks a field', async () => {
    const { pack, dir } = await makePack()
    await rm(`${pack}.minisig`)
    const noSig = await verifyPack(pack)
    expect(noSig.code).toBe(2)
    expect(noSig.err).toMatch(
      /missing pack\/signature\/lock: .*2cat-pack\.tar\.gz\.minisig/
    )
    expect((await verifyPack(path.join(dir, 'nope.tar.gz'))).code).toBe(2)
    const second = await makePack()
    await rm(second.lock)
    expect((await verifyPack(second.pack)).code).toBe(2)
    const third = await makePack()
    await writeFile(third.lock, `name: 2cat\npubkey: ${key.line}\n`)
    const noSha = await verifyPack(third.pack)
    expect(noSha.code).toBe(2)
    expect(noSha.err).toMatch(/"sha256:"/)
  })

  it('exits 2 for a lock that names sha256: twice, even when the last one is right', async () => {
    const { pack, lock, bytes } = await makePack()
    const right = createHash('sha256').update(bytes).digest('hex')
    await writeFile(
      lock,
      `name: 2cat\nsha256: ${'0'.repeat(64)}\nsha256: ${right}\npubkey: ${key.line}\n`
    )
    const doubled = await verifyPack(pack)
    expect(doubled.code).toBe(2)
    expect(doubled.err).toMatch(/"sha256:" line \(line 3 repeats it\)/)
  })
})
