/**
 * Consensus over independent rebuilds: every reference (released) artifact
 * must have been rebuilt, bit for bit, by at least `quorum` of the rebuilds,
 * all of the same commit and against the same reference. Rebuilds that
 * disagree with each other are named even when the quorum is met.
 */
import { InputError } from '../errors.js'
import { compareNames } from './checksums.js'

/** The parts of a report.json the consensus reads. */
export interface RebuildRecord {
  /** Where the report came from (its file), to name it in messages. */
  label: string
  commit: string
  rebuilder: string
  artifacts: { name: string; reference?: string; rebuilt?: string }[]
}

export interface ConsensusArtifact {
  name: string
  reference: string
  /** Per rebuild (by label): its digest, or undefined when it did not rebuild the artifact. */
  rebuilt: { label: string; sha256: string | undefined }[]
  agreeing: number
  /** Distinct digests among the rebuilds. */
  distinct: number
  met: boolean
}

export interface Consensus {
  reproducible: boolean
  quorum: number
  rebuilds: number
  commit: string
  artifacts: ConsensusArtifact[]
}

export function buildConsensus(
  records: readonly RebuildRecord[],
  quorumInput: number | undefined,
  reference?: readonly { name: string; sha256: string }[]
): Consensus {
  if (records.length === 0) {
    throw new InputError(
      'REBUILD_CONSENSUS_NO_REPORTS',
      'input "reports": no report.json found; point it at the directory the rebuild jobs uploaded their reports to'
    )
  }
  const quorum = quorumInput ?? records.length
  if (quorum < 1 || quorum > records.length) {
    throw new InputError(
      'REBUILD_CONSENSUS_QUORUM',
      `input "quorum": ${quorum} cannot be met by ${records.length} rebuild report(s); give a number from 1 to ${records.length}`
    )
  }
  const commits = [...new Set(records.map((r) => r.commit))]
  if (commits.length > 1) {
    throw new InputError(
      'REBUILD_CONSENSUS_COMMITS',
      `the reports rebuilt different commits (${commits.join(', ')}); a consensus needs rebuilds of one commit`
    )
  }
  const released = reference ?? referenceOf(records)
  const artifacts = released
    .toSorted((a, b) => compareNames(a.name, b.name))
    .map((ref): ConsensusArtifact => {
      const rebuilt = records.map((r) => ({
        label: r.label,
        sha256: r.artifacts.find((a) => a.name === ref.name)?.rebuilt
      }))
      const agreeing = rebuilt.filter((r) => r.sha256 === ref.sha256).length
      const distinct = new Set(rebuilt.map((r) => r.sha256 ?? 'none')).size
      return {
        name: ref.name,
        reference: ref.sha256,
        rebuilt,
        agreeing,
        distinct,
        met: agreeing >= quorum
      }
    })
  return {
    reproducible: artifacts.length > 0 && artifacts.every((a) => a.met),
    quorum,
    rebuilds: records.length,
    commit: commits[0]!,
    artifacts
  }
}

/** The reference digests the reports share; an error when they disagree. */
function referenceOf(
  records: readonly RebuildRecord[]
): { name: string; sha256: string }[] {
  const digests = new Map<string, string>()
  for (const record of records) {
    for (const a of record.artifacts) {
      if (a.reference === undefined) continue
      const seen = digests.get(a.name)
      if (seen !== undefined && seen !== a.reference) {
        throw new InputError(
          'REBUILD_CONSENSUS_REFERENCES',
          `the reports compared ${a.name} with different reference digests (${seen.slice(0, 12)}… and ${a.reference.slice(0, 12)}… in ${record.label}); give --reference so that every rebuild is judged against the same release`
        )
      }
      digests.set(a.name, a.reference)
    }
  }
  return [...digests].map(([name, sha256]) => ({ name, sha256 }))
}

/** A report.json's text -> the record the consensus needs; InputError when it is not one. */
export function parseRebuildRecord(text: string, label: string): RebuildRecord {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  const report = json as
    | {
        version?: unknown
        source?: { commit?: unknown }
        rebuilder?: { id?: unknown }
        artifacts?: {
          name?: unknown
          reference?: { sha256?: unknown }
          rebuilt?: { sha256?: unknown }
        }[]
      }
    | undefined
  if (
    report?.version !== 1 ||
    typeof report.source?.commit !== 'string' ||
    !Array.isArray(report.artifacts)
  ) {
    throw new InputError(
      'REBUILD_CONSENSUS_REPORT',
      `${label} is not a Provenant rebuild report.json (version 1)`
    )
  }
  const str = (v: unknown): string | undefined =>
    typeof v === 'string' ? v : undefined
  return {
    label,
    commit: report.source.commit,
    rebuilder: str(report.rebuilder?.id) ?? label,
    artifacts: report.artifacts.flatMap((a) =>
      typeof a.name === 'string'
        ? [
            {
              name: a.name,
              reference: str(a.reference?.sha256),
              rebuilt: str(a.rebuilt?.sha256)
            }
          ]
        : []
    )
  }
}
