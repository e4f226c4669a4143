/**
 * Rebuild verdicts, kept small: the rebuild feature's report.json (a
 * top-level `reproducible` and a list of artifacts) or its in-toto statement
 * (subjects = the artifacts, `predicate.reproducible`, optionally a
 * per-artifact list). An artifact counts as reproducible only when a verdict
 * names its digest with a reproducible result.
 */
import type { ArtifactDigests } from './digests.js'
import { matchesDigest } from './digests.js'
import type { Statement } from './statement.js'
import { isObject, toStatement } from './statement.js'

export interface RebuildEntry {
  name?: string
  digest: Record<string, string>
  reproducible: boolean
}

const LIST_FIELDS = ['artifacts', 'results', 'subjects']
const GOOD = new Set([
  'reproducible',
  'match',
  'matched',
  'identical',
  'same',
  'pass',
  'ok'
])

/** Entries of a report.json, a statement, or undefined when it is neither. */
export function toRebuildEntries(json: unknown): RebuildEntry[] | undefined {
  const statement = toStatement(json)
  if (statement) return fromStatement(statement)
  if (!isObject(json) || typeof json.reproducible !== 'boolean')
    return undefined
  return listEntries(json, json.reproducible)
}

export function isRebuildStatement(statement: Statement): boolean {
  return typeof statement.predicate.reproducible === 'boolean'
}

export function fromStatement(statement: Statement): RebuildEntry[] {
  const overall = statement.predicate.reproducible
  if (typeof overall !== 'boolean') return []
  const listed = listEntries(statement.predicate, overall)
  const subjects = statement.subjects.map((s) => {
    const own = listed.find((e) => sameDigest(e.digest, s.digest))
    return {
      name: s.name,
      digest: s.digest,
      reproducible: own?.reproducible ?? overall
    }
  })
  return subjects.length > 0 ? subjects : listed
}

function listEntries(
  holder: Record<string, unknown>,
  overall: boolean
): RebuildEntry[] {
  const entries: RebuildEntry[] = []
  for (const field of LIST_FIELDS) {
    const list = holder[field]
    if (!Array.isArray(list)) continue
    for (const item of list.filter(isObject)) {
      const digest = digestOf(item)
      if (Object.keys(digest).length === 0) continue
      entries.push({
        ...(typeof item.name === 'string' ? { name: item.name } : {}),
        digest,
        reproducible: resultOf(item) ?? overall
      })
    }
  }
  return entries
}

function digestOf(item: Record<string, unknown>): Record<string, string> {
  const digest: Record<string, string> = {}
  const take = (algorithm: string, value: unknown) => {
    if (typeof value === 'string' && /^[0-9a-f]+$/i.test(value)) {
      digest[algorithm] = value.toLowerCase()
    }
  }
  for (const source of [item, item.reference, item.expected]) {
    if (!isObject(source)) continue
    take('sha256', source.sha256)
    take('sha512', source.sha512)
    if (isObject(source.digest)) {
      for (const [algorithm, value] of Object.entries(source.digest))
        take(algorithm, value)
    } else if (typeof source.digest === 'string') {
      const [algorithm, value] = source.digest.split(':')
      if (algorithm && value) take(algorithm.toLowerCase(), value)
    }
  }
  return digest
}

function resultOf(item: Record<string, unknown>): boolean | undefined {
  if (typeof item.reproducible === 'boolean') return item.reproducible
  if (typeof item.match === 'boolean') return item.match
  for (const field of ['status', 'result', 'verdict']) {
    const value = item[field]
    if (typeof value === 'string') return GOOD.has(value.toLowerCase())
  }
  return undefined
}

function sameDigest(
  a: Record<string, string>,
  b: Record<string, string>
): boolean {
  return Object.entries(a).some(([k, v]) => b[k] === v)
}

/** The entries that name the artifact's digest. */
export function rebuildEntriesFor(
  entries: readonly RebuildEntry[],
  digests: ArtifactDigests
): RebuildEntry[] {
  return entries.filter((e) => matchesDigest(digests, e.digest))
}
