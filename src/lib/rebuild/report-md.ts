/**
 * report.md: the verdict, the artifact table, every mismatch explained
 * (categories, the differences, text diffs, diffoscope's first lines), then
 * the environment, tools and rebuilder that produced it.
 */
import { CATEGORY_HINTS } from './hints.js'
import type { ArtifactResult, Difference, Explanation } from './model.js'
import { DIFFERENCE_CATEGORIES } from './model.js'
import { code, fence, shortSha, STATUS_MARK, table } from './markdown.js'
import type { RebuildReport } from './report.js'

/** Rows of the differences table per artifact in report.md. */
export const MAX_MARKDOWN_DIFFERENCES = 60
export const MAX_MARKDOWN_TEXT_DIFFS = 10

export function toReportMarkdown(report: RebuildReport): string {
  return (
    [
      headline(report),
      '',
      intro(report),
      '',
      artifactTable(report.artifacts),
      ...hints(report),
      ...report.artifacts.flatMap((a) =>
        a.explanation ? ['', ...explained(a, a.explanation)] : []
      ),
      '',
      ...environment(report)
    ].join('\n') + '\n'
  )
}

export function headline(report: RebuildReport): string {
  return report.reproducible
    ? '# Rebuild: reproducible ✅'
    : '# Rebuild: not reproducible ❌'
}

export function intro(report: RebuildReport): string {
  const { source, build, reference } = report
  const ref =
    reference.kind === 'release'
      ? `the assets of release ${code(reference.tag ?? reference.location)} of ${reference.repository ?? ''}`
      : reference.kind === 'directory'
        ? `the files in ${code(reference.location)}`
        : `the checksums in ${code(reference.location)}`
  const ignored =
    reference.ignored.length > 0
      ? ` (${reference.ignored.length} reference file(s) the artifact globs do not name were ignored: ${reference.ignored.slice(0, 5).map(code).join(', ')}${reference.ignored.length > 5 ? ', ...' : ''})`
      : ''
  const c = report.counts
  return [
    `Rebuilt commit ${code(source.commit)} of ${source.repository} (${code(source.ref)}) with ${code(build.command)} and compared the result with ${ref}${ignored}.`,
    '',
    `${c.match} matched, ${c.mismatch} differ, ${c.missing} missing from the rebuild, ${c.extra} extra.`
  ].join('\n')
}

export function artifactTable(artifacts: readonly ArtifactResult[]): string {
  return table(
    [
      '',
      'artifact',
      'result',
      'reference SHA-256',
      'rebuilt SHA-256',
      'differences'
    ],
    artifacts.map((a) => [
      STATUS_MARK[a.status],
      code(a.name),
      a.status,
      shortSha(a.reference?.sha256),
      shortSha(a.rebuilt?.sha256),
      a.explanation ? categoryLine(a.explanation) : ''
    ])
  )
}

export function categoryLine(explanation: Explanation): string {
  return explanation.categories
    .map((c) => `${c} (${explanation.counts[c] ?? 0})`)
    .join(', ')
}

function explained(artifact: ArtifactResult, e: Explanation): string[] {
  const by =
    e.explainer === 'diffoscope'
      ? 'diffoscope, classified by the built-in comparison'
      : 'the built-in comparison'
  const out = [
    `## ${artifact.name}`,
    '',
    `Explained by ${by} (${e.format}): ${categoryLine(e) || 'no difference found in the contents'}.`
  ]
  if (e.note) out.push('', `Note: ${e.note}`)
  const rows = e.differences.slice(0, MAX_MARKDOWN_DIFFERENCES)
  if (rows.length > 0) {
    out.push('', differencesTable(rows))
    const more = e.differences.length - rows.length + e.omitted
    if (more > 0)
      out.push(
        '',
        `... and ${more} more differences (all of them in report.json, up to its cap).`
      )
  }
  const diffs = e.differences
    .filter((d) => d.diff !== undefined)
    .slice(0, MAX_MARKDOWN_TEXT_DIFFS)
  for (const d of diffs) {
    out.push(
      '',
      `Text difference in ${code(d.entry ?? artifact.name)} (${d.category}):`,
      '',
      fence(d.diff!, 'diff')
    )
  }
  if (e.diffoscope) {
    out.push(
      '',
      `diffoscope's report (${code(e.diffoscope.report)}), first lines:`,
      '',
      fence(e.diffoscope.excerpt, 'text')
    )
  }
  return out
}

/** One line per category found, saying what usually fixes it. */
function hints(report: RebuildReport): string[] {
  const found = new Set(
    report.artifacts.flatMap((a) => a.explanation?.categories ?? [])
  )
  const lines = DIFFERENCE_CATEGORIES.filter((c) => found.has(c)).map(
    (c) => `- **${c}**: ${CATEGORY_HINTS[c]}`
  )
  return lines.length === 0
    ? []
    : ['', 'What usually fixes these:', '', ...lines]
}

function environment(report: RebuildReport): string[] {
  const { build, source, rebuilder } = report
  return [
    '## How it was rebuilt',
    '',
    `- SOURCE_DATE_EPOCH ${source.committerTime} (${new Date(source.committerTime * 1000).toISOString().replace('.000Z', 'Z')}), the commit's committer time; umask ${build.umask}`,
    `- working directory ${code(build.workingDirectory)}, artifacts ${build.artifacts.map(code).join(', ')}, build time ${(build.durationMs / 1000).toFixed(1)} s`,
    `- OS: ${build.os}`,
    `- rebuilder: ${rebuilder.id} (Provenant ${rebuilder.provenant})`,
    '',
    table(
      ['tool', 'version'],
      Object.entries(build.tools).map(([k, v]) => [k, v])
    ),
    '',
    table(
      ['variable', 'value'],
      Object.entries(build.environment).map(([k, v]) => [code(k), v])
    )
  ]
}

/** The differences of one artifact as a Markdown table. */
export function differencesTable(rows: readonly Difference[]): string {
  return table(
    ['entry', 'category', 'what', 'reference', 'rebuilt'],
    rows.map((d) => [
      d.entry === undefined ? '(the artifact)' : code(d.entry),
      d.category,
      d.what,
      d.reference,
      d.rebuilt
    ])
  )
}
