/**
 * SBOM documents as written: 2-space indented JSON with a trailing newline,
 * produced in pieces (one per component, package or relationship) so that a
 * large document is never one multi-megabyte string, and identifiers derived
 * from that text (serial number, namespace), never random.
 */
import { createHash } from 'node:crypto'
import { InternalError } from '../errors.js'

/** A document as JSON data (what is validated) and the pieces of its text. */
export interface BuiltSbom<Document extends object = object> {
  document: Document
  /** Joined, exactly toSbomText(document). */
  chunks: () => Iterable<string>
}

/** The whole text at once (tests, small documents). */
export function toSbomText(document: object): string {
  return `${JSON.stringify(document, null, 2)}\n`
}

/** Elements of a top-level array serialised per piece. */
const BATCH_ITEMS = 256
const BATCH_HEAD = '{\n  "k": [\n'
const BATCH_TAIL = '\n  ]\n}'

/**
 * The same bytes as toSbomText, in pieces: top-level arrays a batch of
 * elements at a time. Each batch is serialised by JSON.stringify inside a
 * wrapper of the same depth ({"k": [...]}, sliced off), so the native
 * serialiser does the indenting and no piece is larger than a batch.
 */
export function* toSbomChunks(document: object): Generator<string> {
  const entries = Object.entries(document).filter(([, v]) => isWritten(v))
  if (entries.length === 0) {
    yield '{}\n'
    return
  }
  yield '{\n'
  for (const [i, [key, value]] of entries.entries()) {
    yield `  ${JSON.stringify(key)}: `
    if (Array.isArray(value) && value.length > 0) {
      yield '[\n'
      for (let start = 0; start < value.length; start += BATCH_ITEMS) {
        const batch = value.slice(start, start + BATCH_ITEMS)
        const text = JSON.stringify({ k: batch }, null, 2)
        yield text.slice(BATCH_HEAD.length, text.length - BATCH_TAIL.length)
        yield start + BATCH_ITEMS < value.length ? ',\n' : '\n'
      }
      yield '  ]'
    } else {
      yield JSON.stringify(value, null, 2).replaceAll('\n', '\n  ')
    }
    yield i < entries.length - 1 ? ',\n' : '\n'
  }
  yield '}\n'
}

/** What JSON.stringify keeps as an object member. */
function isWritten(value: unknown): boolean {
  return (
    value !== undefined &&
    typeof value !== 'function' &&
    typeof value !== 'symbol'
  )
}

/** An RFC 9562 UUID (version 8, custom) made from the SHA-256 of the text. */
export function uuidFromContent(text: string | Iterable<string>): string {
  const hash = createHash('sha256')
  if (typeof text === 'string') hash.update(text)
  else for (const chunk of text) hash.update(chunk)
  const bytes = hash.digest().subarray(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x80
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20)
  ].join('-')
}

/**
 * Fills a top-level string field (serial number, namespace) from the text
 * the document has with the field's placeholder value: the same document
 * always gets the same identifier.
 */
export function withContentId<Document extends object>(
  document: Document,
  key: keyof Document & string,
  derive: (uuid: string) => string
): BuiltSbom<Document> {
  if (typeof (document as Record<string, unknown>)[key] !== 'string') {
    throw new InternalError(
      'SBOM_CONTENT_ID',
      `the document has no top-level "${key}" placeholder to fill`
    )
  }
  const value = derive(uuidFromContent(toSbomChunks(document)))
  Object.assign(document, { [key]: value })
  return { document, chunks: () => toSbomChunks(document) }
}
