/**
 * The sbom core, shared by the action and the CLI: paths -> graphs (source
 * trees and artifacts) -> CycloneDX and SPDX documents -> validated -> written
 * all together, or nothing written at all.
 */
import path from 'node:path'
import { InputError, ProvenantError } from '../../lib/errors.js'
import { collectInputError, throwCollected } from '../../lib/inputs/index.js'
import type { ArtifactKind } from '../../lib/sbom/artifacts.js'
import { buildCycloneDxSbom } from '../../lib/sbom/cyclonedx.js'
import type {
  SbomDocumentOptions,
  SbomFormat
} from '../../lib/sbom/document.js'
import type { SbomInputs } from '../../lib/sbom/inputs.js'
import type { DependencyGraph } from '../../lib/sbom/model.js'
import type { BuiltSbom } from '../../lib/sbom/sbom-text.js'
import { buildSpdxSbom } from '../../lib/sbom/spdx.js'
import type { PathFence } from '../fs/path-fence.js'
import { lockfileKind } from '../../lib/sbom/lockfiles.js'
import { buildLockfileGraph, buildSourceGraph } from './source-graph.js'
import { besideTarget, resolveSbomPaths, type SbomTarget } from './targets.js'
import { assertValidSbom } from './validate.js'
import { StagedFiles } from './write-files.js'

export interface SbomRequest extends SbomInputs {
  /** Where paths resolve and may lie: the workspace for the Action, any path for the CLI. */
  fence: PathFence
  /** Called as each path is read (the CLI shows it on a terminal). */
  onProgress?: (done: number, total: number, label: string) => void
}

export interface WrittenSbom {
  /** The path as given. */
  subject: string
  kind: 'source' | ArtifactKind
  label: string
  graph: DependencyGraph
  /** Absolute paths, by format. */
  files: Partial<Record<SbomFormat, string>>
}

export interface SbomResult {
  sboms: WrittenSbom[]
  /** Every file written, absolute, in order. */
  files: string[]
}

const BUILDERS: Readonly<
  Record<SbomFormat, (g: DependencyGraph, o: SbomDocumentOptions) => BuiltSbom>
> = {
  cyclonedx: buildCycloneDxSbom,
  spdx: buildSpdxSbom
}

export async function generateSboms(
  request: SbomRequest,
  options: SbomDocumentOptions
): Promise<SbomResult> {
  const { targets, outputDir, workspace } = await resolveSbomPaths(
    request.fence,
    request.paths,
    request.outputDir
  )
  const read: ReadTarget[] = []
  const problems: InputError[] = []
  for (const [i, target] of targets.entries()) {
    request.onProgress?.(i + 1, targets.length, target.display)
    try {
      read.push(await readTarget(target, request.installed))
    } catch (error) {
      collectInputError(problems, error)
    }
  }
  throwCollected(problems)

  const labels = chooseLabels(
    read.map((r) => ({
      kind: r.kind,
      file: r.target.absolute,
      ...(r.name ? { name: r.name } : {})
    })),
    request.label
  )
  // Built, validated and staged one by one: a document is garbage once staged.
  const staged = new StagedFiles()
  const files: string[] = []
  const sboms: WrittenSbom[] = []
  try {
    for (const [i, { target, kind, graph }] of read.entries()) {
      const label = labels[i]!
      const written: WrittenSbom['files'] = {}
      for (const format of request.formats) {
        const file = path.join(
          outputDir ?? besideTarget(target, workspace),
          `sbom-${label}.${format}.json`
        )
        const built = BUILDERS[format](graph, options)
        assertValidSbom(format, built.document, path.basename(file))
        await staged.add(file, built.chunks())
        written[format] = file
        files.push(file)
      }
      sboms.push({
        subject: target.display,
        kind,
        label,
        graph,
        files: written
      })
    }
  } catch (error) {
    await staged.discard()
    throw error instanceof ProvenantError ? error : writeFailed(error)
  }
  await staged.commit().catch((error: unknown) => {
    throw writeFailed(error)
  })
  return { sboms, files }
}

interface ReadTarget {
  target: SbomTarget
  kind: WrittenSbom['kind']
  graph: DependencyGraph
  /** An image's repository, for its label. */
  name?: string
}

async function readTarget(
  target: SbomTarget,
  installed: boolean
): Promise<ReadTarget> {
  if (target.kind === 'tree') {
    const graph = await buildSourceGraph(target.absolute, target.display, {
      installed
    })
    return { target, kind: 'source', graph }
  }
  if (lockfileKind(target.absolute) !== undefined) {
    const graph = await buildLockfileGraph(target.absolute, target.display)
    return { target, kind: 'source', graph }
  }
  const image = await openImageTarget(target)
  if (image) {
    const { buildImageSbomGraph } = await import('./image/read-image.js')
    return {
      target,
      kind: 'image',
      graph: await buildImageSbomGraph(image),
      name: image.repository.slice(image.repository.lastIndexOf('/') + 1)
    }
  }
  const { readArtifact } = await import('./artifact.js')
  const { kind, graph } = await readArtifact(target.absolute, target.display)
  return { target, kind, graph }
}

/**
 * The image a target names: an oci:// reference, or a .tar that holds an
 * image archive; undefined for anything else. The image readers (archives,
 * registries, HTTP) load only here: a tree's SBOM starts faster without them.
 */
async function openImageTarget(target: SbomTarget) {
  const isImage = target.kind === 'image'
  if (!isImage && !/\.tar$/i.test(target.absolute)) return undefined
  const images = await import('./image/image-target.js')
  return isImage
    ? images.openImage(target.absolute, target.display)
    : images.readImageArchiveIfAny(target.absolute, target.display)
}

function writeFailed(error: unknown): ProvenantError {
  return new ProvenantError(
    'SBOM_WRITE_FAILED',
    `could not write the SBOM files (nothing was kept): ${(error as Error).message}`,
    { cause: error }
  )
}

/**
 * `source` for a tree, the kind for a package artifact, the file name for
 * any other file; where two SBOMs would share a label, each takes its
 * kind and file or folder name.
 */
/** Kinds labelled by their file name: sbom-<binary name>. */
const NAMED_BY_FILE: ReadonlySet<WrittenSbom['kind']> = new Set([
  'file',
  'go-binary',
  'rust-binary'
])

export function chooseLabels(
  subjects: readonly {
    kind: WrittenSbom['kind']
    file: string
    /** An image's repository name (sbom-image-<repo>). */
    name?: string
  }[],
  override: string | undefined
): string[] {
  if (override !== undefined) return subjects.map(() => override)
  const slug = (text: string): string =>
    text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+/, '') || 'unnamed'
  const first = subjects.map((s) =>
    NAMED_BY_FILE.has(s.kind)
      ? slug(path.basename(s.file))
      : s.kind === 'image'
        ? `image-${slug(s.name ?? path.basename(s.file))}`
        : s.kind
  )
  const second = subjects.map((s, i) =>
    count(first, first[i]!) > 1 && !NAMED_BY_FILE.has(s.kind)
      ? `${s.kind}-${slug(path.basename(s.file))}`
      : first[i]!
  )
  const clashes = [...new Set(second.filter((l) => count(second, l) > 1))]
  if (clashes.length > 0) {
    throw new InputError(
      'SBOM_LABEL_CLASH',
      `input "path" gives two SBOMs the label ${clashes.join(', ')}: list each path once, or run once per path with "name"`
    )
  }
  return second
}

function count(list: readonly string[], value: string): number {
  return list.filter((v) => v === value).length
}
