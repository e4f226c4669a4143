/**
 * The predicates a run attests, from the verified claims and the files the
 * inputs name: SLSA provenance always; an SBOM (embedded, or referenced when
 * too large) and another predicate when given.
 */
import type { ProvenanceClaims } from './claims.js'
import type { PlannedPredicate } from './plan.js'
import type { SbomFile, SbomFormat } from './sbom.js'
import { buildSbomPredicate, releaseDownloadBase } from './sbom.js'
import { SLSA_PROVENANCE_V1_TYPE, buildSlsaPredicate } from './slsa.js'

export interface PredicateSources {
  sbom: { document: object; format: SbomFormat; file: SbomFile } | undefined
  predicate: { type: string; document: object } | undefined
}

export interface BuiltPredicates {
  predicates: PlannedPredicate[]
  /** Set when the SBOM was referenced instead of embedded: the log says why. */
  sbomReferenced: SbomFile | undefined
}

export function buildPredicates(
  claims: ProvenanceClaims,
  serverUrl: string,
  sources: PredicateSources
): BuiltPredicates {
  const slsa = buildSlsaPredicate(claims, serverUrl)
  const predicates: PlannedPredicate[] = [
    {
      kind: 'provenance',
      predicateType: SLSA_PROVENANCE_V1_TYPE,
      predicate: slsa
    }
  ]
  let sbomReferenced: SbomFile | undefined
  if (sources.sbom) {
    const { document, format, file } = sources.sbom
    const built = buildSbomPredicate(document, format, file, {
      attesterId: slsa.runDetails.builder.id,
      downloadBase: releaseDownloadBase(
        serverUrl,
        claims.repository,
        claims.ref
      )
    })
    if (built.referenced) sbomReferenced = file
    predicates.push({
      kind: 'sbom',
      predicateType: built.predicateType,
      predicate: built.predicate
    })
  }
  if (sources.predicate) {
    predicates.push({
      kind: 'predicate',
      predicateType: sources.predicate.type,
      predicate: sources.predicate.document
    })
  }
  return { predicates, sbomReferenced }
}
