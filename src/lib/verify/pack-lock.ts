/**
 * The XME vendored-pack lock file: `key: value` lines (YAML-shaped) of which
 * verify-pack reads `sha256:` (the pack's digest) and `pubkey:` (the
 * minisign public key that signed it).
 */
import { InputError } from '../errors.js'

export interface PackLock {
  sha256: string
  pubkey: string
  name?: string
  version?: string
}

export function parsePackLock(text: string, where: string): PackLock {
  const fields = new Map<string, string>()
  const problems: string[] = []
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const match = /^([A-Za-z_][\w-]*):\s*(.*?)\s*(?:#.*)?$/.exec(raw)
    if (!match) continue
    const key = match[1]!
    // Which of two values counts is a guess an attacker can steer: refuse.
    if (fields.has(key)) {
      problems.push(`one "${key}:" line (line ${index + 1} repeats it)`)
      continue
    }
    fields.set(key, match[2]!.replace(/^(["'])(.*)\1$/, '$2'))
  }
  const sha256 = fields.get('sha256')?.toLowerCase()
  const pubkey = fields.get('pubkey')
  if (!sha256 || !/^[0-9a-f]{64}$/.test(sha256)) {
    problems.push('a "sha256:" line with the pack\'s 64-hex-digit SHA-256')
  }
  if (!pubkey) problems.push('a "pubkey:" line with the minisign public key')
  if (problems.length > 0) {
    throw new InputError(
      'VERIFY_PACK_LOCK',
      `${where} needs ${problems.join(' and ')}`
    )
  }
  return {
    sha256: sha256!,
    pubkey: pubkey!,
    ...(fields.has('name') ? { name: fields.get('name')! } : {}),
    ...(fields.has('version') ? { version: fields.get('version')! } : {})
  }
}
