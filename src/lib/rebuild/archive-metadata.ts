/**
 * The metadata side of an archive comparison: header fields compared and
 * classified, the entry order, and the compression layer when the entries
 * alone do not explain why the bytes differ.
 */
import type { Archive, ArchiveEntry } from './archive.js'
import { categoryOfField } from './classify.js'
import type { Difference } from './model.js'

export function diffFields(
  reference: Record<string, string>,
  rebuilt: Record<string, string>,
  entry: string | undefined
): Difference[] {
  const names = [
    ...new Set([...Object.keys(reference), ...Object.keys(rebuilt)])
  ]
  return names
    .filter((name) => reference[name] !== rebuilt[name])
    .map((name) => {
      const category = categoryOfField(name)
      const show = (value: string | undefined): string =>
        value === undefined
          ? '(none)'
          : category === 'timestamps'
            ? withDate(value)
            : value
      return {
        category,
        ...(entry === undefined ? {} : { entry }),
        what: name,
        reference: show(reference[name]),
        rebuilt: show(rebuilt[name])
      }
    })
}

/** Unix seconds also shown as a UTC date: `1704067200 (2024-01-01T00:00:00Z)`. */
function withDate(value: string): string {
  const seconds = Number(value)
  if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(seconds)) return value
  const iso = new Date(Math.floor(seconds) * 1000).toISOString()
  return `${value} (${iso.replace('.000Z', 'Z')})`
}

/** Same uncompressed bytes, different compressed stream: level, strategy or implementation. */
export function streamDifference(
  ref: Archive,
  reb: Archive,
  entry: string | undefined
): Difference | undefined {
  if (!ref.compressed || !reb.compressed) return undefined
  if (!Buffer.from(ref.inner).equals(reb.inner)) return undefined
  if (Buffer.from(ref.compressed).equals(reb.compressed)) return undefined
  return {
    category: 'compression',
    ...(entry === undefined ? {} : { entry }),
    what: 'compressed stream (same uncompressed bytes: compression level or implementation)'
  }
}

/** Same entries, metadata and contents, different bytes: the encoding differs. */
export function encodingDifference(
  ref: Archive,
  entry: string | undefined
): Difference {
  return {
    category: 'compression',
    ...(entry === undefined ? {} : { entry }),
    what: `${ref.format} encoding (same entries, metadata and contents: header format, padding or alignment)`
  }
}

export function orderDifference(
  ref: Map<string, ArchiveEntry>,
  reb: Map<string, ArchiveEntry>,
  label: (path: string) => string
): Difference | undefined {
  const a = [...ref.keys()].filter((k) => reb.has(k))
  const b = [...reb.keys()].filter((k) => ref.has(k))
  const at = a.findIndex((key, i) => key !== b[i])
  if (at < 0) return undefined
  return {
    category: 'file-order',
    entry: label(ref.get(a[at]!)!.path),
    what: 'order',
    reference: `position ${at + 1} of ${a.length}`,
    rebuilt: `position ${b.indexOf(a[at]!) + 1} of ${b.length}`
  }
}

export function keyed(
  entries: readonly ArchiveEntry[]
): Map<string, ArchiveEntry> {
  const map = new Map<string, ArchiveEntry>()
  for (const entry of entries) {
    let key = entry.path
    for (let n = 2; map.has(key); n++) key = `${entry.path} (#${n})`
    map.set(key, entry)
  }
  return map
}

export function describeEntry(entry: ArchiveEntry): string {
  return `${entry.type}, ${entry.size} bytes`
}
