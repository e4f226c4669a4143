/**
 * Programs found in an image's filesystem (Go binaries, Rust binaries with
 * `cargo auditable` data) -> components of the image's graph: each program
 * a component at its path, the modules linked into it nested under it
 * (CycloneDX `components` of the program; SPDX `CONTAINS`), marked as
 * binary modules.
 */
import { createHash } from 'node:crypto'
import { InputError } from '../../errors.js'
import { describeBinary } from '../binary/describe.js'
import { readExecutable } from '../binary/sections.js'
import type { Component, Dependency, DependencyGraph } from '../model.js'

/** Sections that say an ELF file carries Go or Rust module data. */
const ELF_MODULE_SECTIONS = ['.go.buildinfo', '.dep-v0']

/**
 * An executable of an image -> its program's graph, or undefined: files
 * that are not executables, ELF files without a Go or Rust section (most
 * of a Linux image's programs), and files whose module data is damaged are
 * passed over.
 */
export function describeImageProgram(
  path: string,
  data: Uint8Array
): DependencyGraph | undefined {
  const executable = readExecutable(data)
  if (!executable) return undefined
  if (
    executable.format === 'elf' &&
    !ELF_MODULE_SECTIONS.some((n) => executable.sections.has(n))
  )
    return undefined
  const sha256 = createHash('sha256').update(data).digest('hex')
  try {
    return describeBinary(
      data,
      { fileName: path, hashes: [{ algorithm: 'SHA-256', value: sha256 }] },
      `/${path}`
    )?.graph
  } catch (error) {
    if (error instanceof InputError) return undefined
    throw error
  }
}

export interface ImageBinary {
  /** Its path in the image (no leading slash). */
  path: string
  /** What describeBinary (lib/sbom/binary/describe.ts) made of it. */
  graph: DependencyGraph
}

export interface ImageBinaryParts {
  components: Component[]
  dependencies: Dependency[]
  /** The programs' refs, for the image's own edges. */
  programs: string[]
}

export function buildImageBinaryParts(
  binaries: readonly ImageBinary[]
): ImageBinaryParts {
  const parts: ImageBinaryParts = {
    components: [],
    dependencies: [],
    programs: []
  }
  for (const { path, graph } of binaries) {
    const { root } = graph
    // The same program or module may sit in several binaries: refs say where.
    const at = (r: string): string => `${r}#/${path}`
    const ref = at(root.ref)
    parts.programs.push(ref)
    parts.components.push({
      ref,
      ecosystem: root.ecosystem,
      name: root.name,
      version: root.version,
      purl: root.purl,
      hashes: root.hashes,
      licenses: root.licenses,
      scope: 'required',
      origin: { kind: 'file', path: `/${path}` },
      properties: { ...root.properties, 'provenant:image:path': `/${path}` }
    })
    for (const c of graph.components)
      parts.components.push({
        ...c,
        ref: at(c.ref),
        kind: 'binary-module',
        containedBy: ref
      })
    for (const d of graph.dependencies)
      parts.dependencies.push({
        ref: at(d.ref),
        dependsOn: d.dependsOn.map(at)
      })
  }
  return parts
}
