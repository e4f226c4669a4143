/**
 * Explains every mismatched artifact: the built-in archive comparison
 * always classifies the differences; diffoscope, when it is the explainer,
 * adds its full report (kept in the report directory).
 */
import { mkdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { explainBytes, toExplanation } from '../../lib/rebuild/explain.js'
import type {
  ArtifactResult,
  Explainer,
  Explanation
} from '../../lib/rebuild/model.js'
import { runDiffoscope } from './diffoscope.js'

/** Larger artifacts are not read into memory by the built-in explainer. */
export const MAX_BUILTIN_EXPLAIN_BYTES = 512 * 1024 * 1024

export interface ExplainOptions {
  explainer: Explainer
  /** The diffoscope executable, when explainer is diffoscope. */
  diffoscope: string | undefined
  reportDir: string
  /** The rebuild's checkout path(s). */
  buildPaths: string[]
  env: NodeJS.ProcessEnv
  log: (message: string) => void
}

export async function explainMismatches(
  results: readonly ArtifactResult[],
  referenceFiles: ReadonlyMap<string, string>,
  rebuiltFiles: ReadonlyMap<string, string>,
  options: ExplainOptions
): Promise<ArtifactResult[]> {
  const out: ArtifactResult[] = []
  for (const result of results) {
    const reference = referenceFiles.get(result.name)
    const rebuilt = rebuiltFiles.get(result.name)
    if (result.status !== 'mismatch' || rebuilt === undefined) {
      out.push(result)
      continue
    }
    options.log(`Explaining the differences in ${result.name}`)
    const explanation =
      reference === undefined
        ? toExplanation(
            options.explainer,
            'file',
            [],
            'the reference is a checksums file: there are no reference bytes to compare; give a directory or a release tag to have the differences explained'
          )
        : await explainOne(result.name, reference, rebuilt, options)
    out.push({ ...result, explanation })
  }
  return out
}

async function explainOne(
  name: string,
  reference: string,
  rebuilt: string,
  options: ExplainOptions
): Promise<Explanation> {
  const builtin = await explainBuiltin(
    name,
    reference,
    rebuilt,
    options.buildPaths
  )
  if (options.explainer !== 'diffoscope' || !options.diffoscope) return builtin
  const dir = path.join(options.reportDir, 'diffoscope')
  await mkdir(dir, { recursive: true })
  const diffoscope = await runDiffoscope({
    executable: options.diffoscope,
    reference,
    rebuilt,
    reportFile: path.join(dir, `${name}.txt`),
    reportName: `diffoscope/${name}.txt`,
    env: options.env
  })
  return { ...builtin, explainer: 'diffoscope', diffoscope }
}

async function explainBuiltin(
  name: string,
  reference: string,
  rebuilt: string,
  buildPaths: string[]
): Promise<Explanation> {
  const [a, b] = await Promise.all([stat(reference), stat(rebuilt)])
  if (
    a.size > MAX_BUILTIN_EXPLAIN_BYTES ||
    b.size > MAX_BUILTIN_EXPLAIN_BYTES
  ) {
    return toExplanation(
      'builtin',
      'file',
      [
        {
          category: 'content',
          what: 'content',
          reference: `${a.size} bytes`,
          rebuilt: `${b.size} bytes`
        }
      ],
      `larger than ${MAX_BUILTIN_EXPLAIN_BYTES / 1024 / 1024} MiB: not opened by the built-in explainer (diffoscope reads it)`
    )
  }
  const [refBytes, rebBytes] = await Promise.all([
    readFile(reference),
    readFile(rebuilt)
  ])
  return explainBytes(refBytes, rebBytes, buildPaths, name)
}
