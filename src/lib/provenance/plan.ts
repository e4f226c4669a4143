/**
 * Which statements a run signs and the file each bundle is written to: one
 * statement per predicate and chunk of subjects, or, with single-subject,
 * one per predicate and subject. Pure: names and order only.
 */
import type { Statement } from '../intoto/statement.js'
import {
  MAX_SUBJECTS_PER_STATEMENT,
  buildStatement,
  splitEvenly
} from '../intoto/statement.js'
import type { Subject } from '../subject/subject.js'
import { BUILD_PROVENANCE_FILE } from './build-provenance.js'

export type PredicateKind = 'provenance' | 'sbom' | 'predicate'

export interface PlannedPredicate {
  kind: PredicateKind
  predicateType: string
  predicate: object
}

export interface PlannedStatement {
  kind: PredicateKind
  /** The bundle's file name (no directory). */
  bundleFile: string
  statement: Statement
}

export const BUNDLE_SUFFIX = '.sigstore.json'
export const INTOTO_JSONL_SUFFIX = '.intoto.jsonl'

const KIND_SUFFIX: Record<PredicateKind, string> = {
  provenance: '',
  sbom: '.sbom',
  predicate: '.predicate'
}

export interface PlanOptions {
  singleSubject: boolean
  /** Base of the file names: `<bundleName>.intoto.jsonl`, `<bundleName>.sigstore.json`. */
  bundleName: string
  maxSubjectsPerStatement?: number
}

export function planStatements(
  subjects: readonly Subject[],
  predicates: readonly PlannedPredicate[],
  options: PlanOptions
): PlannedStatement[] {
  const planned: PlannedStatement[] = []
  const used = new Set<string>()
  const claim = (base: string): string => {
    let name = `${base}${BUNDLE_SUFFIX}`
    for (let n = 2; used.has(name); n++) name = `${base}-${n}${BUNDLE_SUFFIX}`
    used.add(name)
    return name
  }
  for (const p of predicates) {
    if (options.singleSubject) {
      for (const subject of subjects) {
        const base = `${toFileName(subject.name)}.${p.kind}`
        planned.push({
          kind: p.kind,
          bundleFile: claim(base),
          statement: buildStatement([subject], p.predicateType, p.predicate)
        })
      }
      continue
    }
    const chunks = splitEvenly(
      subjects,
      options.maxSubjectsPerStatement ?? MAX_SUBJECTS_PER_STATEMENT
    )
    chunks.forEach((chunk, index) => {
      const base = `${options.bundleName}${KIND_SUFFIX[p.kind]}`
      const numbered = chunks.length > 1 ? `${base}-${index + 1}` : base
      planned.push({
        kind: p.kind,
        bundleFile: claim(numbered),
        statement: buildStatement(chunk, p.predicateType, p.predicate)
      })
    })
  }
  return planned
}

/** `<bundleName>.intoto.jsonl`: every bundle of the run, one JSON a line. */
export function intotoJsonlFile(bundleName: string): string {
  return `${bundleName}${INTOTO_JSONL_SUFFIX}`
}

/** True for the names of files a run writes (so a later glob skips them). */
export function isOwnOutput(fileName: string): boolean {
  return (
    fileName.endsWith(BUNDLE_SUFFIX) ||
    fileName.endsWith(INTOTO_JSONL_SUFFIX) ||
    fileName === BUILD_PROVENANCE_FILE
  )
}

/** A subject name as a file name: path separators and odd characters become `_`. */
export function toFileName(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9._+-]/g, '_').replace(/^\.+$/, '_')
  return safe === '' ? '_' : safe
}
