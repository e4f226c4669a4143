/**
 * SBOM checks: a document is valid when it is JSON of a known format
 * (CycloneDX with bomFormat and specVersion, SPDX 2.x with spdxVersion,
 * SPDXID and name); an SBOM file applies to an artifact unless it describes
 * other bytes (CycloneDX metadata.component hashes, the SPDX packages the
 * document describes).
 */
import { verificationFailure } from './codes.js'
import type { ArtifactDigests } from './digests.js'
import { comparable, matchesDigest } from './digests.js'
import { isObject } from './statement.js'

export interface SbomSummary {
  format: 'CycloneDX' | 'SPDX'
  version: string
  /** Digests of what the SBOM says it describes; empty when it says none. */
  describes: Record<string, string>[]
  components: number
}

export function isSbomPredicateType(type: string): boolean {
  return (
    type.startsWith('https://cyclonedx.org/bom') ||
    type.startsWith('https://spdx.dev/Document')
  )
}

/** The summary of a valid SBOM; VERIFY_SBOM_INVALID otherwise. */
export function assertSbom(document: unknown, where: string): SbomSummary {
  if (!isObject(document)) {
    throw verificationFailure(
      'VERIFY_SBOM_INVALID',
      `${where} is not a JSON object`
    )
  }
  if (document.bomFormat === 'CycloneDX') {
    if (typeof document.specVersion !== 'string') {
      throw verificationFailure(
        'VERIFY_SBOM_INVALID',
        `${where} says CycloneDX but has no specVersion`
      )
    }
    const component = isObject(document.metadata)
      ? document.metadata.component
      : undefined
    const hashes =
      isObject(component) && Array.isArray(component.hashes)
        ? component.hashes.filter(isObject)
        : []
    const digest: Record<string, string> = {}
    for (const h of hashes) {
      if (typeof h.alg === 'string' && typeof h.content === 'string') {
        digest[h.alg.toLowerCase().replace('-', '')] = h.content.toLowerCase()
      }
    }
    return {
      format: 'CycloneDX',
      version: document.specVersion,
      describes: Object.keys(digest).length > 0 ? [digest] : [],
      components: Array.isArray(document.components)
        ? document.components.length
        : 0
    }
  }
  const spdx =
    typeof document.spdxVersion === 'string'
      ? /^SPDX-(2\.\d+)$/.exec(document.spdxVersion)
      : null
  if (spdx) {
    if (
      typeof document.SPDXID !== 'string' ||
      typeof document.name !== 'string'
    ) {
      throw verificationFailure(
        'VERIFY_SBOM_INVALID',
        `${where} says ${document.spdxVersion as string} but lacks SPDXID or name`
      )
    }
    return {
      format: 'SPDX',
      version: spdx[1]!,
      describes: describedSpdxDigests(document),
      components: Array.isArray(document.packages)
        ? document.packages.length
        : 0
    }
  }
  throw verificationFailure(
    'VERIFY_SBOM_INVALID',
    `${where} is neither CycloneDX JSON ("bomFormat": "CycloneDX") nor SPDX 2.x JSON ("spdxVersion": "SPDX-2.3")`
  )
}

function describedSpdxDigests(
  document: Record<string, unknown>
): Record<string, string>[] {
  const described = new Set(
    Array.isArray(document.documentDescribes)
      ? document.documentDescribes.filter((d) => typeof d === 'string')
      : []
  )
  const relationships = Array.isArray(document.relationships)
    ? document.relationships.filter(isObject)
    : []
  for (const r of relationships) {
    if (
      r.spdxElementId === document.SPDXID &&
      r.relationshipType === 'DESCRIBES' &&
      typeof r.relatedSpdxElement === 'string'
    ) {
      described.add(r.relatedSpdxElement)
    }
  }
  const packages = Array.isArray(document.packages)
    ? document.packages.filter(isObject)
    : []
  return packages
    .filter((p) => typeof p.SPDXID === 'string' && described.has(p.SPDXID))
    .map((p) => {
      const digest: Record<string, string> = {}
      for (const c of Array.isArray(p.checksums)
        ? p.checksums.filter(isObject)
        : []) {
        if (
          typeof c.algorithm === 'string' &&
          typeof c.checksumValue === 'string'
        ) {
          digest[c.algorithm.toLowerCase().replace('-', '')] =
            c.checksumValue.toLowerCase()
        }
      }
      return digest
    })
    .filter((d) => Object.keys(d).length > 0)
}

/** True unless the SBOM says it describes other bytes. */
export function sbomApplies(
  sbom: SbomSummary,
  digests: ArtifactDigests
): boolean {
  const telling = sbom.describes.filter((d) => comparable(digests, d))
  return telling.length === 0 || telling.some((d) => matchesDigest(digests, d))
}

export function describeSbom(sbom: SbomSummary): string {
  return `${sbom.format} ${sbom.version}, ${sbom.components} ${sbom.format === 'SPDX' ? 'packages' : 'components'}`
}
