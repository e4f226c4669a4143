/**
 * OSV advisories (schema 1.x, JSON or YAML already parsed) read into the
 * slim shape the matcher needs. Anything that is not an advisory is
 * reported by the caller with its file name.
 */
import { baseEcosystem } from './names.js'

export interface OsvEvent {
  introduced?: string
  fixed?: string
  last_affected?: string
  limit?: string
}

export interface OsvRange {
  type: string
  repo?: string
  events: OsvEvent[]
}

export interface OsvAffected {
  /** Base ecosystem ("Debian:11" -> "Debian"). */
  ecosystem: string
  name: string
  ranges: OsvRange[]
  versions: string[]
  /** CVSS vectors given for this package only. */
  severity: OsvSeverity[]
}

export interface OsvSeverity {
  type: string
  score: string
}

export interface Advisory {
  id: string
  aliases: string[]
  summary: string
  modified: string
  withdrawn?: string
  severity: OsvSeverity[]
  /** database_specific.severity or ecosystem_specific.severity (GHSA: LOW, MODERATE, HIGH, CRITICAL). */
  declaredSeverity?: string
  affected: OsvAffected[]
  /** The advisory's own URL, else the first reference. */
  url?: string
}

type Json = Record<string, unknown>

const isRecord = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []
const records = (v: unknown): Json[] =>
  Array.isArray(v) ? v.filter(isRecord) : []
const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined

/** An OSV record, or undefined when the value is not one (no id). */
export function toAdvisory(value: unknown): Advisory | undefined {
  if (!isRecord(value) || typeof value.id !== 'string') return undefined
  const affected = records(value.affected).flatMap(toAffected)
  const declared =
    text(
      isRecord(value.database_specific) && value.database_specific.severity
    ) ??
    records(value.affected)
      .map(
        (a) =>
          isRecord(a.ecosystem_specific) && text(a.ecosystem_specific.severity)
      )
      .find((s): s is string => typeof s === 'string')
  const references = records(value.references)
  const advisory: Advisory = {
    id: value.id,
    aliases: strings(value.aliases).filter((a) => a !== value.id),
    summary: text(value.summary) ?? firstLine(text(value.details)),
    modified: text(value.modified) ?? '',
    severity: toSeverities(value.severity),
    affected
  }
  const withdrawn = text(value.withdrawn)
  if (withdrawn) advisory.withdrawn = withdrawn
  if (declared) advisory.declaredSeverity = declared
  const url =
    references.find(
      (r) =>
        r.type === 'ADVISORY' &&
        typeof r.url === 'string' &&
        r.url.includes(value.id as string)
    )?.url ?? references.find((r) => typeof r.url === 'string')?.url
  if (typeof url === 'string') advisory.url = url
  return advisory
}

function firstLine(details: string | undefined): string {
  return (details ?? '').split('\n')[0]!.slice(0, 200)
}

function toSeverities(value: unknown): OsvSeverity[] {
  return records(value).flatMap((s) =>
    typeof s.type === 'string' && typeof s.score === 'string'
      ? [{ type: s.type, score: s.score }]
      : []
  )
}

function toAffected(entry: Json): OsvAffected[] {
  const pkg = isRecord(entry.package) ? entry.package : undefined
  if (!pkg || typeof pkg.name !== 'string' || typeof pkg.ecosystem !== 'string')
    return []
  return [
    {
      ecosystem: baseEcosystem(pkg.ecosystem),
      name: pkg.name,
      ranges: records(entry.ranges).map((r) => ({
        type: typeof r.type === 'string' ? r.type : '',
        ...(typeof r.repo === 'string' ? { repo: r.repo } : {}),
        events: records(r.events).map(toEvent)
      })),
      versions: strings(entry.versions),
      severity: toSeverities(entry.severity)
    }
  ]
}

function toEvent(event: Json): OsvEvent {
  const out: OsvEvent = {}
  for (const key of [
    'introduced',
    'fixed',
    'last_affected',
    'limit'
  ] as const) {
    const value = text(event[key])
    if (value !== undefined) out[key] = value
  }
  return out
}
