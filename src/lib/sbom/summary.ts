/**
 * The job summary of an sbom run: one row per SBOM (components per
 * ecosystem, dev-only, gaps), then the components that lack a license or a
 * hash, by name. Cells are HTML, escaped here.
 */
import { cleanHashes, compareText } from './document.js'
import type { Component, ComponentKind, DependencyGraph } from './model.js'
import { escapeHtml } from '../html.js'

const KIND_NAMES: Readonly<Record<ComponentKind, string>> = {
  os: 'OS package',
  language: 'language package',
  vendored: 'vendored',
  'binary-module': 'binary module'
}

export interface SbomFacts {
  label: string
  subject: string
  components: number
  devOnly: number
  /** Ecosystem -> number of components, sorted by ecosystem. */
  ecosystems: [string, number][]
  /** Kind (OS package, language package, vendored, binary module) -> number, sorted by kind. */
  kinds: [string, number][]
  withoutLicense: string[]
  withoutHash: string[]
}

export function countSbom(
  label: string,
  subject: string,
  graph: DependencyGraph
): SbomFacts {
  const ecosystems = new Map<string, number>()
  const kinds = new Map<string, number>()
  for (const c of graph.components) {
    ecosystems.set(c.ecosystem, (ecosystems.get(c.ecosystem) ?? 0) + 1)
    const kind = KIND_NAMES[c.kind ?? 'language']
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
  }
  const names = (list: Component[]): string[] =>
    list
      .map((c) => (c.version ? `${c.name}@${c.version}` : c.name))
      .sort(compareText)
  return {
    label,
    subject,
    components: graph.components.length,
    devOnly: graph.components.filter((c) => c.scope === 'dev').length,
    ecosystems: [...ecosystems].sort(([a], [b]) => compareText(a, b)),
    kinds: [...kinds].sort(([a], [b]) => compareText(a, b)),
    withoutLicense: names(
      graph.components.filter((c) => c.licenses.length === 0)
    ),
    withoutHash: names(
      graph.components.filter((c) => cleanHashes(c.hashes).length === 0)
    )
  }
}

export interface SbomSummary {
  heading: string
  header: string[]
  rows: string[][]
  /** HTML: per SBOM, the components without a license or a hash. */
  gaps: string
}

/** How many names a list in the summary shows before "and N more". */
export const MAX_LISTED_NAMES = 50

export function buildSbomSummary(
  facts: readonly SbomFacts[],
  files: readonly string[]
): SbomSummary {
  const rows = facts.map((f) => [
    `<code>${escapeHtml(f.label)}</code>`,
    `<code>${escapeHtml(f.subject)}</code>`,
    String(f.components),
    f.ecosystems.map(([e, n]) => `${escapeHtml(e)} ${n}`).join(', ') || '—',
    f.kinds.map(([k, n]) => `${escapeHtml(k)} ${n}`).join(', ') || '—',
    String(f.devOnly),
    String(f.withoutLicense.length),
    String(f.withoutHash.length)
  ])
  const gaps = facts
    .flatMap((f) => [
      listNames(`${f.label}: without a license`, f.withoutLicense),
      listNames(`${f.label}: without a hash`, f.withoutHash)
    ])
    .filter((s) => s !== '')
    .join('\n')
  const written = files
    .map((file) => `<code>${escapeHtml(file)}</code>`)
    .join('<br>')
  return {
    heading: 'SBOMs',
    header: [
      'SBOM',
      'Path',
      'Components',
      'Per ecosystem',
      'Per kind',
      'Dev-only',
      'No license',
      'No hash'
    ],
    rows,
    gaps: `${gaps}\n<p>Written: ${written}</p>`
  }
}

function listNames(title: string, names: readonly string[]): string {
  if (names.length === 0) return ''
  const shown = names
    .slice(0, MAX_LISTED_NAMES)
    .map((n) => `<code>${escapeHtml(n)}</code>`)
  const more =
    names.length > MAX_LISTED_NAMES
      ? ` and ${names.length - MAX_LISTED_NAMES} more`
      : ''
  return `<details><summary>${escapeHtml(title)} (${names.length})</summary>${shown.join(', ')}${more}</details>`
}
