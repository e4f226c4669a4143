/**
 * verify-pack: an XME vendored pack against its lock file (the pack's
 * `sha256:` and the minisign `pubkey:`) and its `.minisig`, in the order the
 * XME script checks them: files present, checksum, signature.
 */
import { readFile, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../../lib/errors.js'
import { verificationFailure } from '../../lib/verify/codes.js'
import type { MinisignSignature } from '../../lib/verify/minisign.js'
import {
  assertMinisign,
  hexId,
  parseMinisignPublicKey,
  parseMinisignSignature
} from '../../lib/verify/minisign.js'
import { parsePackLock } from '../../lib/verify/pack-lock.js'
import { digestFile } from '../fs/hash.js'

export interface PackOptions {
  pack: string
  lock?: string
  signature?: string
  cwd: string
}

export interface PackResult {
  pack: string
  lock: string
  signature: string
  sha256: string
  keyId: string
  trustedComment: string
}

export async function verifyPack(options: PackOptions): Promise<PackResult> {
  const pack = path.resolve(options.cwd, options.pack)
  const signature = path.resolve(
    options.cwd,
    options.signature ?? `${options.pack}.minisig`
  )
  const lock = options.lock
    ? path.resolve(options.cwd, options.lock)
    : await findLock(path.dirname(pack))
  const rel = (file: string) => path.relative(options.cwd, file) || file
  const missing: string[] = []
  for (const file of [pack, signature])
    if (!(await isFile(file))) missing.push(rel(file))
  if (lock === undefined)
    missing.push('a lock file (one *.lock beside the pack, or --lock FILE)')
  else if (!(await isFile(lock))) missing.push(rel(lock))
  if (lock === undefined || missing.length > 0) {
    throw new InputError(
      'VERIFY_PACK_MISSING',
      `missing pack/signature/lock: ${missing.join(', ')}`
    )
  }
  const parsed = parsePackLock(await readFile(lock, 'utf8'), rel(lock))
  const publicKey = parseMinisignPublicKey(
    parsed.pubkey,
    `the pubkey: of ${rel(lock)}`
  )
  const { sha256, blake2b512 } = await hashPack(pack)
  if (sha256 !== parsed.sha256) {
    throw verificationFailure(
      'VERIFY_CHECKSUM_MISMATCH',
      `SHA256 mismatch: ${rel(lock)} says ${parsed.sha256}, ${options.pack} is ${sha256}`
    )
  }
  const text = await readFile(signature, 'utf8')
  const sig: MinisignSignature = parseMinisignSignature(text, rel(signature))
  const data = sig.algorithm === 'Ed' ? await readFile(pack) : { blake2b512 }
  assertMinisign(data, sig, publicKey)
  return {
    pack: options.pack,
    lock: rel(lock),
    signature: rel(signature),
    sha256,
    keyId: hexId(publicKey.keyId),
    trustedComment: sig.trustedComment
  }
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false
}

/** The one *.lock beside the pack, else <folder name>.lock; undefined when neither. */
async function findLock(dir: string): Promise<string | undefined> {
  const names = await readdir(dir).catch(() => [] as string[])
  const locks = names.filter((n) => n.endsWith('.lock'))
  if (locks.length === 1) return path.join(dir, locks[0]!)
  const named = `${path.basename(dir)}.lock`
  return locks.includes(named) ? path.join(dir, named) : undefined
}

async function hashPack(
  file: string
): Promise<{ sha256: string; blake2b512: Buffer }> {
  const { sha256, blake2b512 } = await digestFile(file, [
    'sha256',
    'blake2b512'
  ])
  return { sha256, blake2b512: Buffer.from(blake2b512, 'hex') }
}
