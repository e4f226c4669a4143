/**
 * DependencyGraph -> SPDX 2.3 JSON with the content the CycloneDX document
 * has: packages (checksums, declared licenses, purls), DESCRIBES from the
 * document to the root, DEPENDS_ON between packages, DEV_DEPENDENCY_OF where
 * an edge enters the development-only part of the graph. Ids and the document
 * namespace are derived from content, never random.
 */
import { createHash } from 'node:crypto'
import {
  cleanHashes,
  environmentProperties,
  prepareGraph,
  type PreparedGraph,
  TOOL_NAME,
  type SbomDocumentOptions
} from './document.js'
import { toSbomText, withContentId, type BuiltSbom } from './sbom-text.js'
import { LicenseRefs, toSpdxLicenseExpression } from './licenses.js'
import type {
  Component,
  DependencyGraph,
  Hash,
  Origin,
  RootComponent
} from './model.js'

const DOCUMENT_ID = 'SPDXRef-DOCUMENT'
const NAMESPACE_BASE = 'https://spdx.org/spdxdocs'

const CHECKSUM_ALGORITHMS: Readonly<Record<Hash['algorithm'], string>> = {
  MD5: 'MD5',
  'SHA-1': 'SHA1',
  'SHA-256': 'SHA256',
  'SHA-384': 'SHA384',
  'SHA-512': 'SHA512'
}

const PURPOSES: Readonly<Record<RootComponent['type'], string>> = {
  application: 'APPLICATION',
  library: 'LIBRARY',
  file: 'FILE',
  container: 'CONTAINER'
}

interface SpdxRelationship {
  spdxElementId: string
  relationshipType:
    'DESCRIBES' | 'DEPENDS_ON' | 'DEV_DEPENDENCY_OF' | 'CONTAINS'
  relatedSpdxElement: string
}

/** The SPDXID of a graph ref: readable, and unique through a digest of the ref. */
export function toSpdxId(ref: string): string {
  const readable = ref
    .replace(/[^A-Za-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  const digest = createHash('sha256').update(ref).digest('hex').slice(0, 10)
  return `SPDXRef-Package-${readable}-${digest}`
}

export type SpdxDocument = Record<string, unknown>

/** The SPDX 2.3 JSON text (2-space indented, trailing newline). */
export function buildSpdx(
  graph: DependencyGraph,
  options: SbomDocumentOptions
): string {
  return toSbomText(buildSpdxSbom(graph, options).document)
}

/** The SPDX 2.3 document as JSON data (what is validated) and its text. */
export function buildSpdxSbom(
  graph: DependencyGraph,
  options: SbomDocumentOptions
): BuiltSbom<SpdxDocument> {
  const prepared = prepareGraph(graph)
  const { root } = graph
  const refs = new LicenseRefs()
  const ids = new Map<string, string>([[root.ref, toSpdxId(root.ref)]])
  for (const c of prepared.components) ids.set(c.ref, toSpdxId(c.ref))
  const packages = [
    toPackage(
      root,
      ids.get(root.ref)!,
      PURPOSES[root.type],
      'NOASSERTION',
      refs
    ),
    ...prepared.components.map((c) =>
      toPackage(
        c,
        ids.get(c.ref)!,
        'LIBRARY',
        toDownloadLocation(c.origin),
        refs
      )
    )
  ]
  const relationships = toRelationships(prepared, ids, ids.get(root.ref)!)
  const extracted = refs.list()
  const name = root.version ? `${root.name}@${root.version}` : root.name
  const doc = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: DOCUMENT_ID,
    name,
    documentNamespace: '',
    creationInfo: {
      created: options.timestamp.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      creators: [`Tool: ${TOOL_NAME}-${options.toolVersion}`],
      comment: environmentComment(options)
    },
    packages,
    relationships,
    hasExtractedLicensingInfos: extracted.length > 0 ? extracted : undefined
  }
  const slug = name.replace(/[^A-Za-z0-9.@-]+/g, '-')
  return withContentId(
    doc,
    'documentNamespace',
    (uuid) => `${NAMESPACE_BASE}/${TOOL_NAME}/${slug}-${uuid}`
  )
}

/**
 * The document DESCRIBES the root; each edge DEPENDS_ON, or, where it
 * enters the dev part of the graph, DEV_DEPENDENCY_OF the other way; a
 * component CONTAINS what was found inside it.
 */
function toRelationships(
  prepared: PreparedGraph,
  ids: ReadonlyMap<string, string>,
  rootId: string
): SpdxRelationship[] {
  const relationships: SpdxRelationship[] = [
    {
      spdxElementId: DOCUMENT_ID,
      relationshipType: 'DESCRIBES',
      relatedSpdxElement: rootId
    }
  ]
  for (const [from, targets] of prepared.edges) {
    const fromDev = prepared.byRef.get(from)?.scope === 'dev'
    for (const to of targets) {
      const entersDev = !fromDev && prepared.byRef.get(to)?.scope === 'dev'
      relationships.push(
        entersDev
          ? {
              spdxElementId: ids.get(to)!,
              relationshipType: 'DEV_DEPENDENCY_OF',
              relatedSpdxElement: ids.get(from)!
            }
          : {
              spdxElementId: ids.get(from)!,
              relationshipType: 'DEPENDS_ON',
              relatedSpdxElement: ids.get(to)!
            }
      )
    }
  }
  for (const c of prepared.components) {
    const parent =
      c.containedBy === undefined ? undefined : ids.get(c.containedBy)
    if (parent === undefined || c.containedBy === c.ref) continue
    relationships.push({
      spdxElementId: parent,
      relationshipType: 'CONTAINS',
      relatedSpdxElement: ids.get(c.ref)!
    })
  }
  return relationships
}

function toPackage(
  c: Component | RootComponent,
  spdxId: string,
  purpose: string,
  downloadLocation: string,
  refs: LicenseRefs
): Record<string, unknown> {
  const checksums = cleanHashes(c.hashes).map((h) => ({
    algorithm: CHECKSUM_ALGORITHMS[h.algorithm],
    checksumValue: h.value
  }))
  return {
    SPDXID: spdxId,
    name: c.name,
    versionInfo: c.version || undefined,
    downloadLocation,
    filesAnalyzed: false,
    checksums: checksums.length > 0 ? checksums : undefined,
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: toSpdxLicenseExpression(c.licenses, refs),
    copyrightText: 'NOASSERTION',
    externalRefs: c.purl
      ? [
          {
            referenceCategory: 'PACKAGE-MANAGER',
            referenceType: 'purl',
            referenceLocator: c.purl
          }
        ]
      : undefined,
    primaryPackagePurpose: purpose
  }
}

/** A download location only where the source says where the bytes come from. */
function toDownloadLocation(origin: Origin): string {
  switch (origin.kind) {
    case 'registry':
      return origin.url || 'NOASSERTION'
    case 'url':
      return origin.url
    case 'git': {
      // SPDX writes git locations as git+<url>@<revision>.
      const [base = '', fragment] = origin.url.split('#', 2)
      const url = base.startsWith('git+') ? base : `git+${base}`
      const revision = origin.commit ?? fragment
      return revision ? `${url}@${revision}` : url
    }
    default:
      return 'NOASSERTION'
  }
}

function environmentComment(options: SbomDocumentOptions): string | undefined {
  const lines = environmentProperties(options.environment).map(
    ([k, v]) => `${k}=${v}`
  )
  return lines.length > 0
    ? `Build environment:\n${lines.join('\n')}`
    : undefined
}
