/**
 * Python core metadata (a wheel's METADATA, an sdist's PKG-INFO) and a
 * wheel's RECORD: parsed from text, checked against the archive's bytes.
 */
import { createHash } from 'node:crypto'

export interface CoreMetadata {
  /** First value of each single-use field. */
  fields: ReadonlyMap<string, string>
  /** Every value of each field, in order (Classifier, Requires-Dist, ...). */
  all: ReadonlyMap<string, string[]>
}

/** RFC 822-style headers; continuation lines start with white space; the body is ignored. */
export function parseCoreMetadata(text: string): CoreMetadata {
  const all = new Map<string, string[]>()
  let last: string[] | undefined
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line === '') break
    if (/^[ \t]/.test(line) && last) {
      last[last.length - 1] += `\n${line.replace(/^( {8}|\t|\s+\|)/, '')}`
      continue
    }
    const colon = line.indexOf(':')
    if (colon <= 0) {
      last = undefined
      continue
    }
    const key = line.slice(0, colon).trim().toLowerCase()
    last = all.get(key) ?? []
    last.push(line.slice(colon + 1).trim())
    all.set(key, last)
  }
  const fields = new Map([...all].map(([k, v]) => [k, v[0]!.trim()]))
  return { fields, all }
}

/** PEP 503 normalised project name. */
export function normalizePythonName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[-_.]+/g, '-')
}

export interface Requirement {
  name: string
  /** The version when the requirement pins one exactly (==X), else ''. */
  version: string
  marker: string | undefined
  /** Only wanted with an extra (`extra == "dev"`): not installed by default. */
  extraOnly: boolean
  text: string
}

/** One Requires-Dist value (PEP 508); undefined when it names no project. */
export function parseRequirement(text: string): Requirement | undefined {
  const [spec = '', ...rest] = text.split(';')
  const marker = rest.join(';').trim() || undefined
  const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec)?.[1]
  if (!name) return undefined
  const pinned = /(?:^|[\s(,])===?\s*([A-Za-z0-9.+!_-]+)\s*\)?\s*$/.exec(
    spec.slice(spec.indexOf(name) + name.length)
  )
  return {
    name: normalizePythonName(name),
    version: pinned?.[1] ?? '',
    marker,
    extraOnly: marker !== undefined && /\bextra\s*==/.test(marker),
    text: text.trim()
  }
}

/** The longest License value taken as a license name; longer ones are full texts. */
const MAX_LICENSE_NAME_LENGTH = 100

/**
 * License-Expression (metadata 2.4) first; else a short one-line License
 * field; else the License :: classifiers by name. A full license text in
 * License is never taken for a license id.
 */
export function pythonLicenses(metadata: CoreMetadata): string[] {
  const expression = metadata.fields.get('license-expression')
  if (expression) return [expression]
  const license = metadata.fields.get('license')
  if (
    license &&
    !license.includes('\n') &&
    license.length <= MAX_LICENSE_NAME_LENGTH &&
    license.toUpperCase() !== 'UNKNOWN'
  ) {
    return [license]
  }
  return (metadata.all.get('classifier') ?? [])
    .filter((c) => c.startsWith('License ::'))
    .map((c) => c.split('::').at(-1)!.trim())
    .filter((c) => c !== '' && c !== 'OSI Approved')
}

export interface RecordEntry {
  path: string
  /** Lower-case hex SHA-256, when RECORD gives one. */
  sha256: string | undefined
}

/** RECORD is CSV: path,hash,size; quoted fields may hold commas. */
export function parseRecord(text: string): RecordEntry[] {
  const entries: RecordEntry[] = []
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') continue
    const [path = '', hash = ''] = splitCsvLine(line)
    const match = /^sha256=([A-Za-z0-9_-]+)$/.exec(hash)
    entries.push({
      path,
      sha256: match
        ? Buffer.from(match[1]!, 'base64url').toString('hex')
        : undefined
    })
  }
  return entries
}

function splitCsvLine(line: string): string[] {
  const fields: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') field += line[++i]
      else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      fields.push(field)
      field = ''
    } else field += char
  }
  fields.push(field)
  return fields
}

/** RECORD entries whose file is missing or whose SHA-256 differs: `path (reason)`. */
export function checkRecord(
  entries: readonly RecordEntry[],
  files: ReadonlyMap<string, Uint8Array>
): string[] {
  const problems: string[] = []
  for (const { path, sha256 } of entries) {
    if (sha256 === undefined) continue
    const data = files.get(path)
    if (data === undefined)
      problems.push(`${path} (listed, not in the archive)`)
    else if (createHash('sha256').update(data).digest('hex') !== sha256)
      problems.push(`${path} (sha256 differs from RECORD)`)
  }
  return problems
}
