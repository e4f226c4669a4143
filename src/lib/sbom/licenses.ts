/**
 * License strings as sources carry them -> what each format can say:
 * a known SPDX id, a valid SPDX expression, or only a name. CycloneDX writes
 * `license.id` / `expression` / `license.name`; SPDX writes an expression in
 * licenseDeclared, with names as LicenseRef-* extracted licensing infos.
 */
import { createHash } from 'node:crypto'
import { fixupSpdxId } from '@cyclonedx/cyclonedx-library/SPDX'
import parseSpdxExpression from 'spdx-expression-parse'
import { compareText } from './document.js'

export type LicenseChoice =
  | { kind: 'id'; id: string }
  | { kind: 'expression'; expression: string }
  | { kind: 'name'; name: string }

const cache = new Map<string, LicenseChoice>()

export function classifyLicense(text: string): LicenseChoice {
  const known = cache.get(text)
  if (known) return known
  const choice = classify(text.trim())
  cache.set(text, choice)
  return choice
}

function classify(text: string): LicenseChoice {
  const id = fixupSpdxId(text)
  if (id !== undefined) return { kind: 'id', id }
  // References to licenses defined elsewhere cannot be resolved here: a name.
  if (/\b(LicenseRef|DocumentRef)-/.test(text))
    return { kind: 'name', name: text }
  try {
    const parsed = parseSpdxExpression(text)
    if ('license' in parsed && !parsed.plus && !parsed.exception) {
      const single = fixupSpdxId(parsed.license)
      if (single !== undefined) return { kind: 'id', id: single }
    }
    return { kind: 'expression', expression: text }
  } catch {
    return { kind: 'name', name: text }
  }
}

/** Distinct non-empty license strings in code-point order. */
export function distinctLicenses(licenses: readonly string[]): string[] {
  return [
    ...new Set(licenses.map((l) => l.trim()).filter((l) => l !== ''))
  ].sort(compareText)
}

export interface ExtractedLicense {
  licenseId: string
  name: string
  extractedText: string
}

/** The LicenseRef-* ids of one SPDX document: one per distinct name, never shared. */
export class LicenseRefs {
  readonly #byName = new Map<string, ExtractedLicense>()
  readonly #ids = new Set<string>()

  idFor(name: string): string {
    const known = this.#byName.get(name)
    if (known) return known.licenseId
    let licenseId = toLicenseRef(name)
    if (this.#ids.has(licenseId)) {
      const digest = createHash('sha256').update(name).digest('hex')
      licenseId = `${licenseId}-${digest.slice(0, 12)}`
    }
    this.#ids.add(licenseId)
    this.#byName.set(name, { licenseId, name, extractedText: name })
    return licenseId
  }

  /** hasExtractedLicensingInfos, sorted by id. */
  list(): ExtractedLicense[] {
    return [...this.#byName.values()].sort((a, b) =>
      compareText(a.licenseId, b.licenseId)
    )
  }
}

/** The LicenseRef-* id an SPDX document uses for a license known only by name. */
export function toLicenseRef(name: string): string {
  if (/^LicenseRef-[A-Za-z0-9.-]+$/.test(name)) return name
  const idstring = name
    .replace(/[^A-Za-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
  return `LicenseRef-${idstring || 'unnamed'}`
}

/**
 * One SPDX licenseDeclared value for a component's licenses ('NOASSERTION'
 * when there are none); names become LicenseRef-* ids.
 */
export function toSpdxLicenseExpression(
  licenses: readonly string[],
  refs: LicenseRefs
): string {
  const parts = [
    ...new Set(
      distinctLicenses(licenses).map((text) => {
        const choice = classifyLicense(text)
        if (choice.kind === 'id') return choice.id
        if (choice.kind === 'expression') return choice.expression
        return refs.idFor(choice.name)
      })
    )
  ]
  if (parts.length === 0) return 'NOASSERTION'
  if (parts.length === 1) return parts[0]!
  return parts.map((p) => (/\s/.test(p) ? `(${p})` : p)).join(' AND ')
}
