/**
 * Lockfile digests -> lower-case hex Hash values. Only digests whose algorithm
 * the lockfile states are returned; anything else stays out of `hashes`. The
 * `checked*` variants treat a digest of a known algorithm that does not decode
 * to the right length as a broken (often truncated) lockfile.
 */
import type { Hash, HashAlgorithm } from '../model.js'

const BY_NAME = new Map<string, HashAlgorithm>([
  ['md5', 'MD5'],
  ['sha1', 'SHA-1'],
  ['sha256', 'SHA-256'],
  ['sha384', 'SHA-384'],
  ['sha512', 'SHA-512']
])

const HEX_LENGTH: Record<HashAlgorithm, number> = {
  MD5: 32,
  'SHA-1': 40,
  'SHA-256': 64,
  'SHA-384': 96,
  'SHA-512': 128
}

export function hexHash(
  algorithm: HashAlgorithm,
  hex: string
): Hash | undefined {
  const value = hex.toLowerCase()
  if (value.length !== HEX_LENGTH[algorithm] || !/^[0-9a-f]+$/.test(value))
    return undefined
  return { algorithm, value }
}

export function base64Hash(
  algorithm: HashAlgorithm,
  base64: string
): Hash | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return undefined
  const value = Buffer.from(base64, 'base64').toString('hex')
  return value.length === HEX_LENGTH[algorithm]
    ? { algorithm, value }
    : undefined
}

/** One SRI token: its hash, `undefined` for a known algorithm that does not decode, `null` for an unknown one. */
function sriToken(token: string): Hash | undefined | null {
  const dash = token.indexOf('-')
  const algorithm =
    dash > 0 ? BY_NAME.get(token.slice(0, dash).toLowerCase()) : undefined
  if (!algorithm) return null
  // An SRI token may carry options after `?`.
  const question = token.indexOf('?', dash)
  return base64Hash(
    algorithm,
    token.slice(dash + 1, question === -1 ? undefined : question)
  )
}

/** npm/pnpm/yarn `integrity`: space-separated SRI, e.g. `sha512-<base64> sha1-<base64>`. */
export function fromSri(integrity: string | undefined): Hash[] {
  const out: Hash[] = []
  for (const token of integrity ? integrity.trim().split(/\s+/) : []) {
    const hash = sriToken(token)
    if (hash) out.push(hash)
  }
  return out
}

/** pip/poetry/uv/Pipfile `sha256:<hex>`. */
export function fromPrefixedHex(text: string | undefined): Hash | undefined {
  if (!text) return undefined
  const colon = text.indexOf(':')
  const algorithm = BY_NAME.get(text.slice(0, colon).toLowerCase())
  return algorithm ? hexHash(algorithm, text.slice(colon + 1)) : undefined
}

/** Appends hashes not already present (same algorithm and value). */
export function addHashes(into: Hash[], more: readonly Hash[]): void {
  for (const hash of more) {
    if (
      !into.some(
        (h) => h.algorithm === hash.algorithm && h.value === hash.value
      )
    ) {
      into.push(hash)
    }
  }
}

/** Builds the error a reader throws for a digest that does not decode. */
export type DigestFailure = (problem: string) => Error

const preview = (text: string): string =>
  text.length > 24 ? `${text.slice(0, 24)}...` : text

export function checkedSri(
  integrity: string | undefined,
  fail: DigestFailure
): Hash[] {
  const out: Hash[] = []
  for (const token of integrity ? integrity.trim().split(/\s+/) : []) {
    const hash = sriToken(token)
    if (hash === undefined)
      throw fail(`integrity "${preview(token)}" is not a valid digest`)
    if (hash) out.push(hash)
  }
  return out
}

export function checkedPrefixedHex(
  text: string | undefined,
  fail: DigestFailure
): Hash | undefined {
  if (!text) return undefined
  const algorithm = BY_NAME.get(text.slice(0, text.indexOf(':')).toLowerCase())
  const hash = fromPrefixedHex(text)
  if (algorithm && !hash)
    throw fail(`hash "${preview(text)}" is not a valid ${algorithm} digest`)
  return hash
}

export function checkedHex(
  algorithm: HashAlgorithm,
  hex: string | undefined,
  fail: DigestFailure
): Hash | undefined {
  if (hex === undefined) return undefined
  const hash = hexHash(algorithm, hex)
  if (!hash) throw fail(`"${preview(hex)}" is not a ${algorithm} hex digest`)
  return hash
}
