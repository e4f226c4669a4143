/**
 * Subject digests as users write them (`sha256:<hex>`, `sha512:<hex>`) and
 * as checksum files carry them (bare hex, the algorithm told by its length).
 */
import { InputError } from '../errors.js'

/** Hex digits per digest, by algorithm: the only algorithms accepted. */
export const DIGEST_HEX_LENGTHS = { sha256: 64, sha512: 128 } as const
export type DigestAlgorithm = keyof typeof DIGEST_HEX_LENGTHS

export interface Digest {
  algorithm: DigestAlgorithm
  /** Lower-case hex. */
  hex: string
}

const HEX = /^[0-9a-fA-F]+$/

/** sha256 for 64 hex digits, sha512 for 128; undefined otherwise. */
export function algorithmForHexLength(
  length: number
): DigestAlgorithm | undefined {
  for (const [algorithm, hexLength] of Object.entries(DIGEST_HEX_LENGTHS)) {
    if (hexLength === length) return algorithm as DigestAlgorithm
  }
  return undefined
}

export function isDigestAlgorithm(value: string): value is DigestAlgorithm {
  return Object.hasOwn(DIGEST_HEX_LENGTHS, value)
}

/** True for text shaped like `<algorithm>:<hex>` (the CLI's digest arguments). */
export function looksLikeDigest(value: string): boolean {
  return /^[a-z0-9]+:[0-9a-fA-F]+$/.test(value)
}

/**
 * `sha256:<64 hex>` or `sha512:<128 hex>` -> a Digest; an InputError naming
 * `input` otherwise, saying what length was expected.
 */
export function parseDigest(input: string, raw: string): Digest {
  const match = /^([A-Za-z0-9]+):(.*)$/.exec(raw.trim())
  const shape = 'write it as sha256:<64 hex digits> or sha512:<128 hex digits>'
  if (!match) {
    throw new InputError(
      'SUBJECT_DIGEST_INVALID',
      `input "${input}": "${raw}" is not a digest; ${shape}`
    )
  }
  const algorithm = match[1]!.toLowerCase()
  const hex = match[2]!
  if (!isDigestAlgorithm(algorithm)) {
    throw new InputError(
      'SUBJECT_DIGEST_ALGORITHM',
      `input "${input}": algorithm "${match[1]}" is not supported; ${shape}`
    )
  }
  if (!HEX.test(hex)) {
    throw new InputError(
      'SUBJECT_DIGEST_NOT_HEX',
      `input "${input}": "${raw}" has characters that are not hex digits; ${shape}`
    )
  }
  const expected = DIGEST_HEX_LENGTHS[algorithm]
  if (hex.length !== expected) {
    throw new InputError(
      'SUBJECT_DIGEST_LENGTH',
      `input "${input}": a ${algorithm} digest has ${expected} hex digits, "${raw}" has ${hex.length}; ${shape}`
    )
  }
  return { algorithm, hex: hex.toLowerCase() }
}

export function toDigestString(digest: Digest): string {
  return `${digest.algorithm}:${digest.hex}`
}
