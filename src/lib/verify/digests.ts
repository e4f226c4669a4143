/**
 * The digests of an artifact as verify compares them: SHA-256 always,
 * SHA-512 when the file was hashed (statements and checksum files may use
 * either). Hex is lower case everywhere.
 */

export interface ArtifactDigests {
  sha256: string
  sha512?: string
}

const SHA256_ARGUMENT = /^sha256:([0-9a-fA-F]{64})$/

/**
 * The conformance rule for FILE_OR_DIGEST: `sha256:` and 64 hex digits, and
 * not a path on disk; anything else is a path.
 */
export function parseDigestArgument(
  raw: string,
  existsOnDisk: boolean
): string | undefined {
  const match = SHA256_ARGUMENT.exec(raw)
  if (!match || existsOnDisk) return undefined
  return match[1]!.toLowerCase()
}

/** True when one of `digest`'s algorithms names the same bytes as the artifact. */
export function matchesDigest(
  artifact: ArtifactDigests,
  digest: Readonly<Record<string, unknown>>
): boolean {
  return Object.entries(digest).some(([algorithm, hex]) => {
    if (typeof hex !== 'string') return false
    const mine = artifact[algorithm.toLowerCase() as keyof ArtifactDigests]
    return mine !== undefined && mine === hex.toLowerCase()
  })
}

/** True when `digest` has an algorithm the artifact was hashed with. */
export function comparable(
  artifact: ArtifactDigests,
  digest: Readonly<Record<string, unknown>>
): boolean {
  return Object.keys(digest).some(
    (algorithm) =>
      artifact[algorithm.toLowerCase() as keyof ArtifactDigests] !== undefined
  )
}

/** `sha256:abcdef012345…` for messages: enough to tell digests apart. */
export function shortDigest(algorithm: string, hex: string): string {
  return `${algorithm}:${hex.slice(0, 12)}…`
}
