/**
 * VEX statements from OpenVEX (v0.0.1 and v0.2.0) and CycloneDX VEX (a VEX
 * BOM, or `analysis` inside an SBOM), in one shape, and the question the
 * gate asks: what does the VEX say about this vulnerability in this
 * component of this product?
 */
import { InputError } from '../errors.js'

export type VexStatus =
  'not_affected' | 'affected' | 'fixed' | 'under_investigation'

export const VEX_STATUSES: readonly VexStatus[] = [
  'not_affected',
  'affected',
  'fixed',
  'under_investigation'
]

/** A product or component a statement names, and which of its versions. */
export interface VexTarget {
  /** bom-ref, SPDXID or OpenVEX @id. */
  ref?: string
  purl?: string
  /** CycloneDX BOM-Link: the BOM's serial number (urn:uuid:...). */
  serialNumber?: string
  /** An exact version or a `vers:` range; none: every version. */
  version?: string
  range?: string
}

export interface VexStatement {
  /** The vulnerability id and its aliases. */
  ids: string[]
  /** Empty: every product. */
  products: VexTarget[]
  /** purls of the components inside the products; empty: any. */
  subcomponents: VexTarget[]
  status: VexStatus
  justification?: string
  /** Impact statement, action statement or analysis detail. */
  detail?: string
  timestamp?: string
  /** The document it came from. */
  source: string
}

type Json = Record<string, unknown>
const isRecord = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' ? v : undefined
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

export function isOpenVex(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value['@context'] === 'string' &&
    value['@context'].startsWith('https://openvex.dev/ns')
  )
}

export function isCycloneDxVex(value: unknown): boolean {
  return (
    isRecord(value) &&
    value.bomFormat === 'CycloneDX' &&
    Array.isArray(value.vulnerabilities)
  )
}

/** Any VEX document; `source` names it in errors and reasons. */
export function readVexDocument(
  value: unknown,
  source: string
): VexStatement[] {
  if (isOpenVex(value)) return readOpenVex(value as Json, source)
  if (isCycloneDxVex(value)) return readCycloneDxVex(value as Json, source)
  throw new InputError(
    'SCAN_VEX_UNRECOGNISED',
    `--vex ${source} is neither OpenVEX (@context https://openvex.dev/ns) nor CycloneDX with "vulnerabilities": give an OpenVEX or CycloneDX VEX JSON document`
  )
}

function openVexTarget(value: unknown): VexTarget | undefined {
  if (typeof value === 'string')
    return value.startsWith('pkg:') ? { purl: value } : { ref: value }
  if (!isRecord(value)) return undefined
  const id = str(value['@id'])
  const identifiers = isRecord(value.identifiers) ? value.identifiers : {}
  const purl =
    str(identifiers.purl) ?? (id?.startsWith('pkg:') ? id : undefined)
  if (!id && !purl) return undefined
  return { ...(id ? { ref: id } : {}), ...(purl ? { purl } : {}) }
}

export function readOpenVex(doc: Json, source: string): VexStatement[] {
  const problems: string[] = []
  const out = list(doc.statements).flatMap((s, i): VexStatement[] => {
    if (!isRecord(s)) return []
    const v = s.vulnerability
    const ids = isRecord(v)
      ? [str(v.name), str(v['@id']), ...list(v.aliases).map(str)]
      : [str(v)]
    const status = str(s.status) as VexStatus | undefined
    if (!status || !VEX_STATUSES.includes(status)) {
      problems.push(`statement ${i + 1} has status "${String(s.status)}"`)
      return []
    }
    const products = list(s.products)
      .map(openVexTarget)
      .filter((t): t is VexTarget => !!t)
    const subs = [
      ...list(s.subcomponents),
      ...list(s.products).flatMap((p) =>
        isRecord(p) ? list(p.subcomponents) : []
      )
    ]
    const statement: VexStatement = {
      ids: ids.filter((id): id is string => !!id),
      products,
      subcomponents: subs.map(openVexTarget).filter((t): t is VexTarget => !!t),
      status,
      source
    }
    const justification = str(s.justification)
    const detail =
      str(s.impact_statement) ?? str(s.action_statement) ?? str(s.status_notes)
    const timestamp = str(s.timestamp) ?? str(doc.timestamp)
    if (justification) statement.justification = justification
    if (detail) statement.detail = detail
    if (timestamp) statement.timestamp = timestamp
    return [statement]
  })
  if (problems.length > 0)
    throw new InputError(
      'SCAN_VEX_STATUS',
      `--vex ${source}: ${problems.join('; ')}; use not_affected, affected, fixed or under_investigation`
    )
  return out
}

const CDX_STATES: Readonly<Record<string, VexStatus>> = {
  resolved: 'fixed',
  resolved_with_pedigree: 'fixed',
  exploitable: 'affected',
  in_triage: 'under_investigation',
  false_positive: 'not_affected',
  not_affected: 'not_affected'
}

/** A `ref`: plain bom-ref, a purl, or BOM-Link urn:cdx:<serial>/<version>#<bom-ref>. */
function cdxTarget(ref: string): VexTarget {
  const link = /^urn:cdx:([^/]+)\/\d+#(.+)$/.exec(ref)
  const inner = link ? decodeURIComponent(link[2]!) : ref
  return {
    ...(link ? { serialNumber: `urn:uuid:${link[1]!}` } : {}),
    ref: inner,
    ...(inner.startsWith('pkg:') ? { purl: inner } : {})
  }
}

export function readCycloneDxVex(doc: Json, source: string): VexStatement[] {
  const timestamp = isRecord(doc.metadata)
    ? str(doc.metadata.timestamp)
    : undefined
  return list(doc.vulnerabilities).flatMap((v): VexStatement[] => {
    if (!isRecord(v) || !isRecord(v.analysis)) return []
    const state = str(v.analysis.state)
    const status = state ? CDX_STATES[state] : undefined
    if (!status) return []
    const ids = [
      str(v.id),
      ...list(v.references).map((r) => (isRecord(r) ? str(r.id) : undefined))
    ].filter((id): id is string => !!id)
    const base: Omit<VexStatement, 'products' | 'status'> = {
      ids,
      subcomponents: [],
      source
    }
    const justification = str(v.analysis.justification)
    const detail = str(v.analysis.detail)
    if (justification) base.justification = justification
    if (detail) base.detail = detail
    const when = str(v.updated) ?? str(v.published) ?? timestamp
    if (when) base.timestamp = when
    const affects = list(v.affects).filter(isRecord)
    if (affects.length === 0) return [{ ...base, products: [], status }]
    return affects.flatMap((a) => {
      const target = cdxTarget(str(a.ref) ?? '')
      const versions = list(a.versions).filter(isRecord)
      if (versions.length === 0)
        return [{ ...base, products: [target], status }]
      return versions.map((entry) => ({
        ...base,
        products: [{ ...target, ...versionOf(entry) }],
        status: versionStatus(str(entry.status), status)
      }))
    })
  })
}

function versionOf(entry: Json): Pick<VexTarget, 'version' | 'range'> {
  const version = str(entry.version)
  const range = str(entry.range)
  return { ...(version ? { version } : {}), ...(range ? { range } : {}) }
}

/** A version's own status (default "affected") read against the analysis state. */
function versionStatus(
  status: string | undefined,
  state: VexStatus
): VexStatus {
  if (status === 'unaffected')
    return state === 'fixed' ? 'fixed' : 'not_affected'
  if (status === 'unknown') return 'under_investigation'
  return state
}
