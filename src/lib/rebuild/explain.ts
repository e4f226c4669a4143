/**
 * The built-in explanation of one mismatched artifact: its differences,
 * each classified, capped to a readable number. Archives are compared entry
 * by entry; anything else as text (with a diff) or as bytes.
 */
import { InputError } from '../errors.js'
import { ArchiveLimitError } from '../archive/limits.js'
import { openArchive } from './archive.js'
import type { DiffContext } from './archive-diff.js'
import { diffArchives, diffContent } from './archive-diff.js'
import type { Difference, DifferenceCategory, Explanation } from './model.js'
import { DIFFERENCE_CATEGORIES } from './model.js'

/** Differences listed per artifact; the rest are counted. */
export const MAX_LISTED_DIFFERENCES = 200

export function explainBytes(
  reference: Uint8Array,
  rebuilt: Uint8Array,
  buildPaths: readonly string[],
  name?: string
): Explanation {
  if (Buffer.from(reference).equals(rebuilt)) {
    return toExplanation('builtin', 'file', [], 'the two are identical')
  }
  const ctx: DiffContext = { buildPaths, depth: 0, ...(name ? { name } : {}) }
  let format = 'file'
  let note: string | undefined
  let differences: Difference[]
  try {
    const label = name ?? 'artifact'
    const ref = openArchive(reference, `the reference ${label}`)
    const reb = ref && openArchive(rebuilt, `the rebuilt ${label}`)
    if (ref && reb && ref.format === reb.format) {
      format = ref.format
      differences = diffArchives(ref, reb, undefined, ctx)
    } else {
      if (ref || reb) {
        note = `the reference is ${ref?.format ?? 'not an archive'}, the rebuilt artifact ${reb?.format ?? 'not an archive'}: compared as files`
      }
      differences = diffContent(reference, rebuilt, undefined, {
        ...ctx,
        depth: Infinity
      })
    }
  } catch (error) {
    if (error instanceof ArchiveLimitError) throw error
    note = `not readable as an archive (${error instanceof Error ? error.message : String(error)}): compared as files`
    differences = diffContent(reference, rebuilt, undefined, {
      ...ctx,
      depth: Infinity
    })
  }
  return toExplanation('builtin', format, differences, note)
}

export function toExplanation(
  explainer: Explanation['explainer'],
  format: string,
  differences: readonly Difference[],
  note?: string
): Explanation {
  const listed = differences.slice(0, MAX_LISTED_DIFFERENCES)
  return {
    explainer,
    format,
    categories: categoriesOf(differences),
    counts: countCategories(differences),
    differences: listed,
    omitted: differences.length - listed.length,
    ...(note === undefined ? {} : { note })
  }
}

/** The categories present, in the fixed order of DIFFERENCE_CATEGORIES. */
export function categoriesOf(
  differences: readonly Difference[]
): DifferenceCategory[] {
  const present = new Set(differences.map((d) => d.category))
  return DIFFERENCE_CATEGORIES.filter((c) => present.has(c))
}

/** Per category, how many differences (for the summary lines). */
export function countCategories(
  differences: readonly Difference[]
): Partial<Record<DifferenceCategory, number>> {
  const counts: Partial<Record<DifferenceCategory, number>> = {}
  for (const d of differences)
    counts[d.category] = (counts[d.category] ?? 0) + 1
  return counts
}

/** The explainer an `explainer` input picks, given whether diffoscope is on PATH. */
export function chooseExplainer(
  choice: 'auto' | 'diffoscope' | 'builtin',
  diffoscopeFound: boolean
): Explanation['explainer'] {
  if (choice === 'builtin') return 'builtin'
  if (diffoscopeFound) return 'diffoscope'
  if (choice === 'auto') return 'builtin'
  throw new InputError(
    'REBUILD_NO_DIFFOSCOPE',
    'input "explainer": diffoscope is not on PATH; install it (apt-get install diffoscope-minimal) or set explainer to auto or builtin'
  )
}
