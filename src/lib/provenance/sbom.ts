/**
 * SBOM attestations: the format told from the document (CycloneDX or SPDX
 * 2.x JSON), the in-toto predicate type it goes under, and GitHub's 16 MB
 * predicate limit, past which the statement references the SBOM asset by
 * name and digest (in-toto's reference predicate) instead of carrying it.
 */
import { InputError } from '../errors.js'
import type { Subject } from '../subject/subject.js'

/** GitHub's attestation store refuses predicates larger than this. */
export const MAX_PREDICATE_BYTES = 16 * 1024 * 1024

export const CYCLONEDX_PREDICATE_TYPE = 'https://cyclonedx.org/bom'
export const SPDX_PREDICATE_TYPE_BASE = 'https://spdx.dev/Document'
export const REFERENCE_PREDICATE_TYPE =
  'https://in-toto.io/attestation/reference/v0.1'

export interface SbomFormat {
  name: 'CycloneDX' | 'SPDX'
  /** e.g. 1.6, or 2.3. */
  version: string
  predicateType: string
  mediaType: string
}

/**
 * CycloneDX: `bomFormat: "CycloneDX"`; SPDX: `spdxVersion: "SPDX-2.x"`
 * (predicate type https://spdx.dev/Document/v2.x, as the in-toto SPDX
 * predicate and actions/attest write it). Anything else is an InputError
 * naming `input`.
 */
export function detectSbomFormat(document: unknown, input: string): SbomFormat {
  const doc = (
    typeof document === 'object' && document !== null ? document : {}
  ) as Record<string, unknown>
  if (doc.bomFormat === 'CycloneDX') {
    return {
      name: 'CycloneDX',
      version: typeof doc.specVersion === 'string' ? doc.specVersion : '',
      predicateType: CYCLONEDX_PREDICATE_TYPE,
      mediaType: 'application/vnd.cyclonedx+json'
    }
  }
  const spdx =
    typeof doc.spdxVersion === 'string'
      ? /^SPDX-(2\.\d+)$/.exec(doc.spdxVersion)
      : null
  if (spdx) {
    return {
      name: 'SPDX',
      version: spdx[1]!,
      predicateType: `${SPDX_PREDICATE_TYPE_BASE}/v${spdx[1]}`,
      mediaType: 'application/spdx+json'
    }
  }
  throw new InputError(
    'PROVENANCE_SBOM_FORMAT',
    `input "${input}" is neither a CycloneDX JSON SBOM ("bomFormat": "CycloneDX") nor an SPDX 2.x JSON SBOM ("spdxVersion": "SPDX-2.3"); give the JSON output of e.g. \`syft -o cyclonedx-json\` or \`syft -o spdx-json\``
  )
}

export interface SbomFile {
  /** The asset name the reference gives (the file's base name). */
  name: string
  sha256: string
  /** The SBOM as it would be embedded (compact JSON), in bytes. */
  predicateBytes: number
}

export interface SbomPredicate {
  predicateType: string
  predicate: object
  /** True when the SBOM was too large and is referenced instead. */
  referenced: boolean
}

/**
 * The SBOM itself as the predicate; or, over MAX_PREDICATE_BYTES, an
 * in-toto reference predicate naming the SBOM asset by name and digest
 * (with its release download URL when the run built a tag).
 */
export function buildSbomPredicate(
  document: object,
  format: SbomFormat,
  file: SbomFile,
  context: { attesterId: string; downloadBase: string | undefined }
): SbomPredicate {
  if (file.predicateBytes <= MAX_PREDICATE_BYTES) {
    return {
      predicateType: format.predicateType,
      predicate: document,
      referenced: false
    }
  }
  const reference: Subject & { mediaType: string; downloadLocation?: string } =
    {
      name: file.name,
      digest: { sha256: file.sha256 },
      mediaType: format.mediaType,
      ...(context.downloadBase
        ? {
            downloadLocation: `${context.downloadBase}/${encodeURIComponent(file.name)}`
          }
        : {})
    }
  return {
    predicateType: REFERENCE_PREDICATE_TYPE,
    predicate: {
      attester: { id: context.attesterId },
      references: [reference]
    },
    referenced: true
  }
}

/** `<server>/<repo>/releases/download/<tag>` for a tag ref; else undefined. */
export function releaseDownloadBase(
  serverUrl: string,
  repository: string,
  ref: string
): string | undefined {
  if (!ref.startsWith('refs/tags/')) return undefined
  const tag = ref.slice('refs/tags/'.length)
  return `${serverUrl.replace(/\/+$/, '')}/${repository}/releases/download/${encodeURIComponent(tag)}`
}
