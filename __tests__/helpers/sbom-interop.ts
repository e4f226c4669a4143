/**
 * What the SBOM interop tests share: one run of the sbom core over a path
 * in a workspace, the CycloneDX document it wrote (components flattened,
 * nested ones with their carrier), and a command runner.
 */
import { workspaceFence } from '../../src/io/fs/path-fence.js'
import { execFile } from 'node:child_process'
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { generateSboms, type SbomResult } from '../../src/io/sbom/generate.js'
import { DOCUMENT_OPTIONS } from './sbom-graph.js'

export const exec = promisify(execFile)

/** Debian-built inputs kept between runs (a rootfs takes minutes to make). */
export const INTEROP_CACHE = '/var/cache/provenant-interop'

export interface CdxComponent {
  'bom-ref'?: string
  type: string
  group?: string
  name: string
  version?: string
  purl?: string
  hashes?: { alg: string; content: string }[]
  licenses?: {
    expression?: string
    license?: { id?: string; name?: string }
  }[]
  properties?: { name: string; value: string }[]
  components?: CdxComponent[]
}

export interface CdxDocument {
  metadata: { component: CdxComponent }
  components?: CdxComponent[]
  dependencies?: { ref: string; dependsOn?: string[] }[]
}

export interface FlatComponent extends CdxComponent {
  /** The bom-ref of the component that carries this one, if nested. */
  parent?: string
}

export function flatten(doc: CdxDocument): FlatComponent[] {
  const out: FlatComponent[] = []
  const visit = (list: CdxComponent[] | undefined, parent?: string): void => {
    for (const c of list ?? []) {
      out.push({ ...c, ...(parent ? { parent } : {}) })
      visit(c.components, c['bom-ref'])
    }
  }
  visit(doc.metadata.component.components, doc.metadata.component['bom-ref'])
  visit(doc.components)
  return out
}

export function property(c: CdxComponent, name: string): string | undefined {
  return c.properties?.find((p) => p.name === name)?.value
}

export const fullName = (c: CdxComponent): string =>
  c.group ? `${c.group}/${c.name}` : c.name

export interface SbomRun {
  result: SbomResult
  cyclonedx: CdxDocument
  spdx: {
    packages: { SPDXID: string; name: string; versionInfo?: string }[]
    relationships: {
      spdxElementId: string
      relationshipType: string
      relatedSpdxElement: string
    }[]
  }
}

/** Runs the sbom core on one path of the workspace, both formats, validated. */
export async function describePath(
  workspace: string,
  target: string,
  options: { installed?: boolean } = {}
): Promise<SbomRun> {
  const out = path.join(workspace, 'sboms')
  await mkdir(out, { recursive: true })
  const result = await generateSboms(
    {
      fence: workspaceFence(workspace),
      paths: [target],
      formats: ['cyclonedx', 'spdx'],
      outputDir: 'sboms',
      label: undefined,
      installed: options.installed ?? false
    },
    DOCUMENT_OPTIONS
  )
  const sbom = result.sboms[0]!
  return {
    result,
    cyclonedx: JSON.parse(
      await readFile(sbom.files.cyclonedx!, 'utf8')
    ) as CdxDocument,
    spdx: JSON.parse(
      await readFile(sbom.files.spdx!, 'utf8')
    ) as SbomRun['spdx']
  }
}
