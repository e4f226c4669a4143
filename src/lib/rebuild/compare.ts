/**
 * Rebuilt artifacts against the reference, by name and SHA-256: match,
 * mismatch, missing (in the reference, not rebuilt) and extra (rebuilt, not
 * in the reference). Sorted by name so reports are stable.
 */
import { compareNames } from './checksums.js'
import type { ArtifactResult, DigestInfo } from './model.js'

export interface RebuiltArtifact extends DigestInfo {
  name: string
  /** Relative to the checkout. */
  path: string
}

export interface ReferenceArtifact extends DigestInfo {
  name: string
}

export function compareArtifacts(
  rebuilt: readonly RebuiltArtifact[],
  reference: readonly ReferenceArtifact[]
): ArtifactResult[] {
  const byName = new Map(reference.map((r) => [r.name, r]))
  const results: ArtifactResult[] = []
  for (const artifact of rebuilt) {
    const { name, ...rebuiltInfo } = artifact
    const ref = byName.get(name)
    byName.delete(name)
    if (!ref) {
      results.push({ name, status: 'extra', rebuilt: rebuiltInfo })
      continue
    }
    results.push({
      name,
      status: ref.sha256 === artifact.sha256 ? 'match' : 'mismatch',
      rebuilt: rebuiltInfo,
      reference: toDigestInfo(ref)
    })
  }
  for (const [name, ref] of byName) {
    results.push({ name, status: 'missing', reference: toDigestInfo(ref) })
  }
  return results.toSorted((a, b) => compareNames(a.name, b.name))
}

function toDigestInfo(ref: ReferenceArtifact): DigestInfo {
  return ref.size === undefined
    ? { sha256: ref.sha256 }
    : { sha256: ref.sha256, size: ref.size }
}

/**
 * Reproducible: at least one reference artifact, and every one rebuilt
 * bit for bit. Extra rebuilt files are reported but are not part of the
 * release, so they do not change the verdict.
 */
export function isReproducible(results: readonly ArtifactResult[]): boolean {
  const compared = results.filter((r) => r.status !== 'extra')
  return compared.length > 0 && compared.every((r) => r.status === 'match')
}

export function countByStatus(
  results: readonly ArtifactResult[]
): Record<ArtifactResult['status'], number> {
  const counts = { match: 0, mismatch: 0, missing: 0, extra: 0 }
  for (const r of results) counts[r.status]++
  return counts
}
