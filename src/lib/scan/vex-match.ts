/**
 * Which VEX statement speaks for a finding: the vulnerability by id or
 * alias; the product by purl or ref (the SBOM's own product, or the
 * vulnerable component itself), at its version; and, when the statement
 * names subcomponents, the vulnerable component among them. Of several
 * matching statements the latest (by timestamp, then by order given) wins.
 */
import type { ScanComponent, ScanProduct } from './sbom-input.js'
import { inVersRange } from './vers.js'
import type { VexStatement, VexTarget } from './vex.js'

export interface VexSubject {
  /** The finding's id and aliases. */
  ids: readonly string[]
  component: Pick<ScanComponent, 'ref' | 'purl' | 'version'>
  product?: ScanProduct
  serialNumber?: string
}

/** pkg:type/ns/name@version without qualifiers and subpath, lower-cased type. */
export function purlCore(purl: string): { base: string; version?: string } {
  const cut = purl.search(/[?#]/)
  const bare = cut < 0 ? purl : purl.slice(0, cut)
  const at = bare.lastIndexOf('@')
  const slash = bare.lastIndexOf('/')
  const base = at > slash ? bare.slice(0, at) : bare
  const version =
    at > slash ? decodeURIComponent(bare.slice(at + 1)) : undefined
  const normalised = base.replace(
    /^pkg:([^/]+)/,
    (_, t: string) => `pkg:${t.toLowerCase()}`
  )
  return {
    base: decodeURIComponent(normalised),
    ...(version ? { version } : {})
  }
}

interface Candidate {
  ref?: string
  purl?: string
  version?: string
  serialNumber?: string
}

function targetMatches(target: VexTarget, candidate: Candidate): boolean {
  if (
    target.serialNumber &&
    candidate.serialNumber &&
    target.serialNumber !== candidate.serialNumber
  )
    return false
  if (target.serialNumber && !candidate.serialNumber) return false
  let version = candidate.version
  let named = false
  if (target.purl && candidate.purl) {
    const want = purlCore(target.purl)
    const have = purlCore(candidate.purl)
    if (
      want.base === have.base &&
      (!want.version || want.version === have.version)
    ) {
      named = true
      version = have.version ?? version
    }
  }
  if (
    !named &&
    target.ref &&
    (target.ref === candidate.ref || target.ref === candidate.purl)
  )
    named = true
  if (!named) return false
  if (target.version !== undefined) return version === target.version
  if (target.range !== undefined)
    return version !== undefined && inVersRange(target.range, version) === true
  return true
}

export function statementApplies(
  statement: VexStatement,
  subject: VexSubject
): boolean {
  const ids = new Set(subject.ids.map((id) => id.toUpperCase()))
  if (!statement.ids.some((id) => ids.has(id.toUpperCase()))) return false
  const component: Candidate = {
    ...subject.component,
    ...(subject.serialNumber ? { serialNumber: subject.serialNumber } : {})
  }
  const product: Candidate | undefined = subject.product && {
    ...subject.product,
    ...(subject.serialNumber ? { serialNumber: subject.serialNumber } : {})
  }
  const subcomponentOk =
    statement.subcomponents.length === 0 ||
    statement.subcomponents.some((t) => targetMatches(t, component))
  if (statement.products.length === 0) return subcomponentOk
  if (statement.products.some((t) => targetMatches(t, component))) return true
  return (
    product !== undefined &&
    subcomponentOk &&
    statement.products.some((t) => targetMatches(t, product))
  )
}

export function findVexStatement(
  statements: readonly VexStatement[],
  subject: VexSubject
): VexStatement | undefined {
  let best: { statement: VexStatement; order: number } | undefined
  statements.forEach((statement, order) => {
    if (!statementApplies(statement, subject)) return
    if (!best || later(statement, best.statement) >= 0)
      best = { statement, order }
  })
  return best?.statement
}

function later(a: VexStatement, b: VexStatement): number {
  const x = a.timestamp ? Date.parse(a.timestamp) : Number.NaN
  const y = b.timestamp ? Date.parse(b.timestamp) : Number.NaN
  if (Number.isNaN(x) || Number.isNaN(y)) return 0
  return Math.sign(x - y)
}
