/**
 * The built-in explainer's core: two archives compared entry by entry
 * (added, removed, metadata, content, order), the compression layer's
 * header, and nested archives (a wheel inside a tarball) down to a depth.
 */
import type { Archive, ArchiveEntry } from './archive.js'
import { ArchiveLimitError } from '../archive/limits.js'
import { openArchive } from './archive.js'
import { classifyText } from './classify.js'
import {
  describeEntry,
  diffFields,
  encodingDifference,
  keyed,
  orderDifference,
  streamDifference
} from './archive-metadata.js'
import type { Difference } from './model.js'
import { unifiedDiff } from './text-diff.js'

export interface DiffContext {
  /** The artifact's name, for the labels of a diff of the artifact itself. */
  name?: string
  /** The rebuild's checkout path(s): found in rebuilt bytes, they mark build-path differences. */
  buildPaths: readonly string[]
  depth: number
}

/** Nested archives are opened this deep (artifact = 0). */
export const MAX_NESTING_DEPTH = 2
/** Text larger than this is compared as bytes. */
export const MAX_TEXT_DIFF_BYTES = 2 * 1024 * 1024

export function diffArchives(
  reference: Archive,
  rebuilt: Archive,
  prefix: string | undefined,
  ctx: DiffContext
): Difference[] {
  const label = (path: string): string =>
    prefix === undefined ? path : `${prefix}!/${path}`
  const out: Difference[] = diffFields(reference.layer, rebuilt.layer, prefix)
  const stream = streamDifference(reference, rebuilt, prefix)
  if (stream) out.push(stream)
  const refEntries = keyed(reference.entries)
  const rebEntries = keyed(rebuilt.entries)
  for (const [key, entry] of refEntries) {
    if (!rebEntries.has(key)) {
      out.push({
        category: 'content',
        entry: label(entry.path),
        what: 'removed',
        reference: describeEntry(entry)
      })
    }
  }
  for (const [key, entry] of rebEntries) {
    const ref = refEntries.get(key)
    if (!ref) {
      out.push({
        category: 'content',
        entry: label(entry.path),
        what: 'added',
        rebuilt: describeEntry(entry)
      })
      continue
    }
    out.push(...diffEntry(ref, entry, label(entry.path), ctx))
  }
  const order = orderDifference(refEntries, rebEntries, label)
  if (order) out.push(order)
  if (out.length === 0) out.push(encodingDifference(reference, prefix))
  return out
}

function diffEntry(
  ref: ArchiveEntry,
  reb: ArchiveEntry,
  entry: string,
  ctx: DiffContext
): Difference[] {
  const contentDiffers =
    ref.data !== undefined &&
    reb.data !== undefined &&
    !Buffer.from(ref.data).equals(reb.data)
  const fields: Record<string, string> = { type: ref.type, ...ref.fields }
  const rebFields: Record<string, string> = { type: reb.type, ...reb.fields }
  if (contentDiffers || ref.size !== reb.size) {
    delete fields['compressed size']
    delete rebFields['compressed size']
  }
  const out = diffFields(fields, rebFields, entry)
  if (contentDiffers) out.push(...diffContent(ref.data!, reb.data!, entry, ctx))
  return out
}

/** Content of an artifact or an entry: nested archive, text (with a diff) or bytes. */
export function diffContent(
  reference: Uint8Array,
  rebuilt: Uint8Array,
  entry: string | undefined,
  ctx: DiffContext
): Difference[] {
  const at = entry === undefined ? {} : { entry }
  if (ctx.depth < MAX_NESTING_DEPTH) {
    const nested = tryOpen(
      reference,
      rebuilt,
      [ctx.name, entry].filter(Boolean).join(' › ') || 'artifact'
    )
    if (nested && nested[0].format === nested[1].format) {
      return diffArchives(nested[0], nested[1], entry, {
        ...ctx,
        depth: ctx.depth + 1
      })
    }
  }
  const refText = toText(reference)
  const rebText = toText(rebuilt)
  if (refText !== undefined && rebText !== undefined) {
    const label = entry ?? ctx.name ?? ''
    const diff = unifiedDiff(refText, rebText, {
      from: `reference/${label}`,
      to: `rebuilt/${label}`
    })
    return [
      {
        category: classifyText(refText, rebText, ctx.buildPaths),
        ...at,
        what: 'content',
        ...firstChangedLines(diff),
        diff
      }
    ]
  }
  const hasBuildPath = ctx.buildPaths.some(
    (p) =>
      p !== '' &&
      Buffer.from(rebuilt).includes(p) &&
      !Buffer.from(reference).includes(p)
  )
  return [
    {
      category: hasBuildPath ? 'build-path' : 'content',
      ...at,
      what: hasBuildPath
        ? 'content (binary, holds the build path)'
        : 'content (binary)',
      reference: `${reference.length} bytes`,
      rebuilt: `${rebuilt.length} bytes, first difference at byte ${firstDifference(reference, rebuilt)}`
    }
  ]
}

/** The first removed and added lines of a diff, for tables. */
function firstChangedLines(diff: string): {
  reference?: string
  rebuilt?: string
} {
  const lines = diff.split('\n').slice(2)
  const first = (sign: string): string | undefined => {
    const line = lines.find((l) => l.startsWith(sign))
    if (line === undefined) return undefined
    const text = line.slice(1)
    return text.length > MAX_TABLE_LINE
      ? `${text.slice(0, MAX_TABLE_LINE - 1)}…`
      : text
  }
  const reference = first('-')
  const rebuilt = first('+')
  return {
    ...(reference === undefined ? {} : { reference }),
    ...(rebuilt === undefined ? {} : { rebuilt })
  }
}

const MAX_TABLE_LINE = 100

/** Both sides as archives; undefined when either is none or damaged. A bomb is an error. */
function tryOpen(
  a: Uint8Array,
  b: Uint8Array,
  label: string
): [Archive, Archive] | undefined {
  try {
    const x = openArchive(a, `the reference ${label}`)
    const y = x && openArchive(b, `the rebuilt ${label}`)
    return x && y ? [x, y] : undefined
  } catch (error) {
    if (error instanceof ArchiveLimitError) throw error
    return undefined
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

function toText(bytes: Uint8Array): string | undefined {
  if (bytes.length > MAX_TEXT_DIFF_BYTES || bytes.includes(0)) return undefined
  try {
    return utf8.decode(bytes)
  } catch {
    return undefined
  }
}

function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i
  return n
}
