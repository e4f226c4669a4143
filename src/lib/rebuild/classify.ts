/**
 * Which category a difference belongs to: by the metadata field that
 * differs, or, for text content, by what makes the difference go away
 * (dates and times masked: timestamps; absolute paths masked, with the
 * rebuild's own build path in the rebuilt text: build path).
 */
import type { DifferenceCategory } from './model.js'

const FIELD_CATEGORIES: Record<string, DifferenceCategory> = {
  mtime: 'timestamps',
  'dos time': 'timestamps',
  'extended mtime': 'timestamps',
  'gzip mtime': 'timestamps',
  'pax:atime': 'timestamps',
  'pax:ctime': 'timestamps',
  'pax:LIBARCHIVE.creationtime': 'timestamps',
  mode: 'permissions',
  uid: 'ownership',
  gid: 'ownership',
  uname: 'ownership',
  gname: 'ownership',
  type: 'content',
  linkname: 'content'
}

/** Anything else describes the archive's encoding: method, creator, flags, header format. */
export function categoryOfField(field: string): DifferenceCategory {
  if (FIELD_CATEGORIES[field]) return FIELD_CATEGORIES[field]
  if (/xattr|acl/i.test(field)) return 'permissions'
  return 'compression'
}

const DATE_PATTERNS = [
  // 2024-01-31T12:00:00.123Z, 2024-01-31 12:00:00 +0000, 2024-01-31
  /\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?: ?(?:Z|UTC|[+-]\d{2}:?\d{2}))?)?/g,
  // date(1): Thu Jan  1 00:00:00 UTC 2024; RFC 2822: Thu, 01 Jan 2024 00:00:00 +0000
  /(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),? +(?:\d{1,2} +)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?: +\d{1,2})?(?: +\d{4})? +\d{2}:\d{2}:\d{2}(?: +[A-Z]{2,5}| +[+-]\d{4})?(?: +\d{4})?/g,
  /\b\d{2}:\d{2}:\d{2}(?:\.\d+)?\b/g,
  // Unix time in seconds (2001-2286), with fractions
  /\b1\d{9}(?:\.\d+)?\b/g
]

const ABSOLUTE_PATH = /(?:\/[\w.+@-]+){2,}/g

export function maskDates(text: string): string {
  return DATE_PATTERNS.reduce((t, p) => t.replace(p, '<date>'), text)
}

function maskPaths(text: string): string {
  return text.replace(ABSOLUTE_PATH, '<path>')
}

export function classifyText(
  reference: string,
  rebuilt: string,
  buildPaths: readonly string[]
): DifferenceCategory {
  if (maskDates(reference) === maskDates(rebuilt)) return 'timestamps'
  const hasBuildPath = buildPaths.some((p) => p !== '' && rebuilt.includes(p))
  if (
    hasBuildPath &&
    maskPaths(maskDates(reference)) === maskPaths(maskDates(rebuilt))
  ) {
    return 'build-path'
  }
  return 'content'
}
