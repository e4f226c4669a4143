/**
 * What the scan reads: an SBOM file is read as it is; a directory or any
 * other file is first described as `provenant sbom` describes it (the same
 * lockfile and artifact readers), without writing anything. Paths go
 * through the sbom action's resolution (globs, inside the workspace).
 */
import type { PathFence } from '../fs/path-fence.js'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { InputError, InputErrors } from '../../lib/errors.js'
import { collectInputError, throwCollected } from '../../lib/inputs/index.js'
import type { DependencyGraph } from '../../lib/sbom/model.js'
import {
  readSbomDocument,
  toScanComponent,
  type ScannedSbom
} from '../../lib/scan/sbom-input.js'
import { readArtifact } from '../sbom/artifact.js'
import { buildSourceGraph } from '../sbom/source-graph.js'
import { resolveSbomPaths, type SbomTarget } from '../sbom/targets.js'

export interface DescribedSbom {
  sbom: ScannedSbom
  /** The parsed document when the input was an SBOM (it may carry VEX `analysis`). */
  document?: unknown
  /** Absolute path of the input. */
  absolute: string
  /** Absolute lockfile paths the components came from (a directory), or lockfiles beside an SBOM file. */
  lockfiles: string[]
}

/** The first bytes of an SBOM: a JSON object. */
async function readJsonIfSbom(file: string): Promise<unknown> {
  if (!/\.json$/i.test(file)) return undefined
  const text = await readFile(file, 'utf8')
  try {
    const value: unknown = JSON.parse(text)
    const doc = (value as { sbom?: unknown } | null)?.sbom ?? value
    const record = doc as Record<string, unknown> | null
    return record &&
      (record.bomFormat === 'CycloneDX' ||
        typeof record.spdxVersion === 'string')
      ? value
      : undefined
  } catch {
    return undefined
  }
}

export function fromGraph(
  graph: DependencyGraph,
  subject: string,
  format: ScannedSbom['format']
): ScannedSbom {
  const components = graph.components.flatMap((c) => {
    const component = c.purl ? toScanComponent(c.ref, c.purl) : undefined
    return component ? [component] : []
  })
  return {
    subject,
    format,
    components,
    unidentified: graph.components.length - components.length,
    product: {
      ref: graph.root.ref,
      name: graph.root.name,
      version: graph.root.version,
      purl: graph.root.purl
    }
  }
}

async function describeTarget(target: SbomTarget): Promise<DescribedSbom> {
  if (target.kind === 'tree') {
    const graph = await buildSourceGraph(target.absolute, target.display)
    return {
      sbom: fromGraph(graph, target.display, 'source'),
      absolute: target.absolute,
      lockfiles: graph.sources.map((s) => path.join(target.absolute, s))
    }
  }
  const document = await readJsonIfSbom(target.absolute)
  if (document !== undefined) {
    return {
      sbom: readSbomDocument(document, target.display),
      document,
      absolute: target.absolute,
      lockfiles: []
    }
  }
  const { graph } = await readArtifact(target.absolute, target.display)
  return {
    sbom: fromGraph(graph, target.display, 'artifact'),
    absolute: target.absolute,
    lockfiles: []
  }
}

export async function describeInputs(
  fence: PathFence,
  paths: readonly string[]
): Promise<{ workspace: string; described: DescribedSbom[] }> {
  const resolved = await resolveSbomPaths(fence, paths, undefined).catch(
    (error: unknown) => {
      throw renameInput(error)
    }
  )
  const problems: InputError[] = []
  const described: DescribedSbom[] = []
  for (const target of resolved.targets) {
    try {
      described.push(await describeTarget(target))
    } catch (error) {
      collectInputError(problems, error)
    }
  }
  throwCollected(problems)
  return { workspace: resolved.workspace, described }
}

/** The sbom action's path resolution names its input "path"; here it is "sbom". */
function renameInput(error: unknown): unknown {
  if (!(error instanceof InputError)) return error
  const problems = error instanceof InputErrors ? error.problems : [error]
  const renamed = problems.map(
    (p) =>
      new InputError(
        p.code,
        p.message.replaceAll('input "path"', 'input "sbom"'),
        { cause: p }
      )
  )
  return renamed.length === 1 ? renamed[0]! : new InputErrors(renamed)
}
