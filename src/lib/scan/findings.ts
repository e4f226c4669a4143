/**
 * Components against the advisory index: one finding per vulnerable
 * package version, whatever the number of advisories (GHSA, CVE, PYSEC, GO,
 * RUSTSEC) that describe the same vulnerability: advisories that share an
 * id or alias merge into one finding, with the highest severity of them.
 */
import type { AdvisoryIndex } from './advisory-index.js'
import { evaluateAffected } from './affected.js'
import { packageKey } from './names.js'
import type { Advisory, OsvAffected } from './osv.js'
import type { ScanComponent, ScannedSbom } from './sbom-input.js'
import { severityOf, worstSeverity, type Severity } from './severity.js'

export interface FindingLocation {
  /** The SBOM (or directory, or artifact) as given. */
  subject: string
  ref: string
}

export interface Finding {
  /** The preferred id (GHSA, then the database's own ids, then CVE). */
  id: string
  /** Every other id and alias, sorted. */
  aliases: string[]
  /** The advisories of the database that matched. */
  advisories: string[]
  summary: string
  severity: Severity
  ecosystem: string
  name: string
  version: string
  purl: string
  /** Versions that fix it, from the matched ranges. */
  fixed: string[]
  url?: string
  locations: FindingLocation[]
}

export interface NotEvaluated {
  advisory: string
  purl: string
  reason: string
}

export interface MatchResult {
  findings: Finding[]
  notEvaluated: NotEvaluated[]
  /** Components looked up (with an ecosystem and a version). */
  scanned: number
}

const ID_PREFERENCE = ['GHSA-', 'PYSEC-', 'GO-', 'RUSTSEC-', 'CVE-']

function idRank(id: string): number {
  const index = ID_PREFERENCE.findIndex((p) => id.startsWith(p))
  return index < 0 ? ID_PREFERENCE.length : index
}

export function matchSboms(
  index: AdvisoryIndex,
  sboms: readonly ScannedSbom[]
): MatchResult {
  const byKey = new Map<
    string,
    {
      component: ScanComponent
      hits: Advisory[]
      entries: OsvAffected[]
      locations: FindingLocation[]
    }
  >()
  const notEvaluated = new Map<string, NotEvaluated>()
  let scanned = 0
  for (const sbom of sboms) {
    for (const component of sbom.components) {
      if (!component.ecosystem || component.version === '') continue
      scanned++
      const location = { subject: sbom.subject, ref: component.ref }
      const key = `${component.ecosystem}\u0000${component.name}\u0000${component.version}`
      const known = byKey.get(key)
      if (known) {
        known.locations.push(location)
        continue
      }
      const hits: Advisory[] = []
      const entries: OsvAffected[] = []
      for (const [a, e] of index.byPackage.get(
        packageKey(component.ecosystem, component.name)
      ) ?? []) {
        const advisory = index.advisories[a]!
        const entry = advisory.affected[e]!
        const verdict = evaluateAffected(entry, component.version)
        if (verdict.kind === 'affected') {
          if (!hits.includes(advisory)) hits.push(advisory)
          entries.push(entry)
        } else if (verdict.kind === 'not-evaluated') {
          notEvaluated.set(`${advisory.id} ${component.purl}`, {
            advisory: advisory.id,
            purl: component.purl,
            reason: verdict.reason
          })
        }
      }
      byKey.set(key, { component, hits, entries, locations: [location] })
    }
  }
  const findings = [...byKey.values()].flatMap(
    ({ component, hits, entries, locations }) =>
      mergeAliases(hits).map((group) =>
        toFinding(component, group, entries, locations)
      )
  )
  findings.sort(compareFindings)
  return { findings, notEvaluated: [...notEvaluated.values()], scanned }
}

/** Groups advisories that share an id or alias (connected components). */
export function mergeAliases(advisories: readonly Advisory[]): Advisory[][] {
  const groups: { ids: Set<string>; members: Advisory[] }[] = []
  for (const advisory of advisories) {
    const ids = new Set([advisory.id, ...advisory.aliases])
    const joined = groups.filter((g) => [...ids].some((id) => g.ids.has(id)))
    const group = { ids, members: [advisory] }
    for (const g of joined) {
      g.ids.forEach((id) => group.ids.add(id))
      group.members.unshift(...g.members)
      groups.splice(groups.indexOf(g), 1)
    }
    groups.push(group)
  }
  return groups.map((g) => g.members)
}

function toFinding(
  component: ScanComponent,
  group: Advisory[],
  entries: readonly OsvAffected[],
  locations: FindingLocation[]
): Finding {
  const own = group
    .map((a) => a.id)
    .sort((a, b) => idRank(a) - idRank(b) || a.localeCompare(b))
  const all = [...new Set([...own, ...group.flatMap((a) => a.aliases)])]
  const id = own[0]!
  const mine = entries.filter((e) => group.some((a) => a.affected.includes(e)))
  const fixed = [
    ...new Set(
      mine.flatMap((e) =>
        e.ranges.flatMap((r) =>
          r.events.flatMap((ev) => (ev.fixed ? [ev.fixed] : []))
        )
      )
    )
  ]
  const primary = group.find((a) => a.id === id)!
  const finding: Finding = {
    id,
    aliases: all.filter((a) => a !== id).sort(),
    advisories: own,
    summary: primary.summary || group.find((a) => a.summary)?.summary || '',
    severity: worstSeverity(
      group.map((a) =>
        severityOf(
          a,
          mine.filter((e) => a.affected.includes(e))
        )
      )
    ),
    ecosystem: component.ecosystem!,
    name: component.name,
    version: component.version,
    purl: component.purl,
    fixed,
    locations
  }
  if (primary.url) finding.url = primary.url
  return finding
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    b.severity.rank - a.severity.rank ||
    a.name.localeCompare(b.name) ||
    a.version.localeCompare(b.version) ||
    a.id.localeCompare(b.id)
  )
}
