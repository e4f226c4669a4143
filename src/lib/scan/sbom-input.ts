/**
 * SBOMs read back for scanning: CycloneDX 1.4-1.6 and SPDX 2.2/2.3 JSON
 * from any tool (Provenant, Syft, cdxgen, cyclonedx-npm, GitHub's
 * dependency-graph export, which wraps SPDX in `{ "sbom": ... }`).
 * Components are identified by purl; the ones without one are counted.
 */
import { PackageURL } from 'packageurl-js'
import { InputError } from '../errors.js'
import { osvNameOf, PURL_ECOSYSTEMS } from './names.js'

export interface ScanComponent {
  /** bom-ref or SPDXID. */
  ref: string
  purl: string
  /** OSV ecosystem, undefined for purl types OSV does not cover. */
  ecosystem: string | undefined
  /** The name as OSV writes it. */
  name: string
  version: string
}

export interface ScanProduct {
  ref?: string
  name: string
  version?: string
  purl?: string
}

export interface ScannedSbom {
  /** The file or directory as given. */
  subject: string
  format: 'cyclonedx' | 'spdx' | 'source' | 'artifact'
  /** CycloneDX serialNumber (urn:uuid:...), for BOM-Link references. */
  serialNumber?: string
  /** What the SBOM describes (CycloneDX metadata.component, SPDX documentDescribes). */
  product?: ScanProduct
  components: ScanComponent[]
  /** Entries without a usable purl. */
  unidentified: number
}

type Json = Record<string, unknown>
const isRecord = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : undefined

const CYCLONEDX_VERSIONS = ['1.4', '1.5', '1.6']
const SPDX_VERSIONS = ['SPDX-2.2', 'SPDX-2.3']

/** The component a purl names, or undefined when the purl cannot be read. */
export function toScanComponent(
  ref: string,
  purl: string
): ScanComponent | undefined {
  let parsed: PackageURL
  try {
    parsed = PackageURL.fromString(purl)
  } catch {
    return undefined
  }
  return {
    ref,
    purl,
    ecosystem: PURL_ECOSYSTEMS[parsed.type],
    name: osvNameOf(parsed.type, parsed.namespace ?? undefined, parsed.name),
    version: parsed.version ?? ''
  }
}

/** Reads one SBOM document; `subject` names it in errors. */
export function readSbomDocument(value: unknown, subject: string): ScannedSbom {
  const doc = isRecord(value) && isRecord(value.sbom) ? value.sbom : value
  if (isRecord(doc) && doc.bomFormat === 'CycloneDX') {
    const version = str(doc.specVersion) ?? ''
    if (!CYCLONEDX_VERSIONS.includes(version))
      throw unsupported(subject, `CycloneDX ${version || '(no specVersion)'}`)
    return readCycloneDx(doc, subject)
  }
  if (isRecord(doc) && typeof doc.spdxVersion === 'string') {
    if (!SPDX_VERSIONS.includes(doc.spdxVersion))
      throw unsupported(subject, doc.spdxVersion)
    return readSpdx(doc, subject)
  }
  throw new InputError(
    'SCAN_SBOM_UNRECOGNISED',
    `${subject} is not a CycloneDX or SPDX JSON SBOM: give a CycloneDX 1.4-1.6 or SPDX 2.2/2.3 JSON file, or a directory or artifact to describe`
  )
}

function unsupported(subject: string, what: string): InputError {
  return new InputError(
    'SCAN_SBOM_VERSION',
    `${subject} is ${what}, which scan does not read: give CycloneDX 1.4-1.6 or SPDX 2.2/2.3 JSON (re-export it, or run scan on the project directory)`
  )
}

function readCycloneDx(doc: Json, subject: string): ScannedSbom {
  const components: ScanComponent[] = []
  let unidentified = 0
  const walk = (list: unknown): void => {
    if (!Array.isArray(list)) return
    for (const c of list) {
      if (!isRecord(c)) continue
      const purl = str(c.purl)
      const component = purl
        ? toScanComponent(str(c['bom-ref']) ?? purl, purl)
        : undefined
      if (component) components.push(component)
      else unidentified++
      walk(c.components)
    }
  }
  walk(doc.components)
  const metadata = isRecord(doc.metadata) ? doc.metadata : {}
  const root = isRecord(metadata.component) ? metadata.component : undefined
  const sbom: ScannedSbom = {
    subject,
    format: 'cyclonedx',
    components,
    unidentified
  }
  const serial = str(doc.serialNumber)
  if (serial) sbom.serialNumber = serial
  if (root) {
    sbom.product = compact({
      ref: str(root['bom-ref']),
      name: str(root.name) ?? subject,
      version: str(root.version),
      purl: str(root.purl)
    })
  }
  return sbom
}

function readSpdx(doc: Json, subject: string): ScannedSbom {
  const components: ScanComponent[] = []
  let unidentified = 0
  const described = new Set(
    Array.isArray(doc.documentDescribes) ? doc.documentDescribes : []
  )
  for (const rel of Array.isArray(doc.relationships) ? doc.relationships : []) {
    if (
      isRecord(rel) &&
      rel.relationshipType === 'DESCRIBES' &&
      rel.spdxElementId === 'SPDXRef-DOCUMENT'
    )
      described.add(rel.relatedSpdxElement)
  }
  let product: ScanProduct | undefined
  for (const p of Array.isArray(doc.packages) ? doc.packages : []) {
    if (!isRecord(p)) continue
    const id = str(p.SPDXID) ?? ''
    const purl = (Array.isArray(p.externalRefs) ? p.externalRefs : [])
      .filter(isRecord)
      .find((r) => r.referenceType === 'purl')?.referenceLocator
    const component =
      typeof purl === 'string' ? toScanComponent(id, purl) : undefined
    if (described.has(id) && !product)
      product = compact({
        ref: id,
        name: str(p.name) ?? subject,
        version: str(p.versionInfo),
        purl: component?.purl
      })
    if (component) components.push(component)
    else if (!described.has(id)) unidentified++
  }
  return {
    subject,
    format: 'spdx',
    components,
    unidentified,
    ...(product ? { product } : {})
  }
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined)
  ) as T
}
