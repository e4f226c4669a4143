/**
 * The build information the Go linker embeds in every binary since Go 1.18
 * (what `go version -m` prints): the Go version, the main package's path,
 * the main module, every dependency module with its version, `h1:` sum and
 * replacement, and the build settings (-trimpath, CGO_ENABLED, vcs.revision,
 * ...). Read from the `.go.buildinfo` section (ELF), `__go_buildinfo`
 * (Mach-O), or a 16-byte aligned search of the file (PE keeps it in .data).
 */
import type { Executable } from './sections.js'

export interface GoModule {
  path: string
  version: string
  /** The `h1:` sum, when the module came from a module proxy or go.sum. */
  sum?: string
  /** What the module was replaced by (`=>` in `go version -m`). */
  replace?: GoModule
}

export interface GoBuildInfo {
  goVersion: string
  /** The main package's import path. */
  path?: string
  /** undefined: built without module data (GOPATH mode or `-buildvcs`-less distro builds). */
  main?: GoModule
  deps: GoModule[]
  /** Build settings in the order written, e.g. ['-trimpath', 'true']. */
  settings: [string, string][]
  /** The pre-1.18 layout (pointers into the binary's memory) is recognised, not decoded. */
  legacyFormat?: boolean
}

const MAGIC = Uint8Array.from([
  0xff, 0x20, 0x47, 0x6f, 0x20, 0x62, 0x75, 0x69, 0x6c, 0x64, 0x69, 0x6e, 0x66,
  0x3a
])
const HEADER_SIZE = 32
const ALIGN = 16
const SECTION_NAMES = ['.go.buildinfo', '__go_buildinfo']
const utf8 = new TextDecoder()

/** The Go build information of an executable; undefined when it has none. */
export function readGoBuildInfo(
  executable: Executable,
  file: Uint8Array
): GoBuildInfo | undefined {
  const section = SECTION_NAMES.map((n) => executable.sections.get(n)).find(
    (s) => s !== undefined
  )
  for (const region of section ? [section] : [file]) {
    for (
      let at = findMagic(region, 0);
      at >= 0;
      at = findMagic(region, at + ALIGN)
    ) {
      const info = decodeHeader(region.subarray(at))
      if (info) return info
    }
  }
  return undefined
}

function findMagic(region: Uint8Array, from: number): number {
  let at = from
  for (;;) {
    at = indexOf(region, MAGIC, at)
    if (at < 0 || at % ALIGN === 0) return at
    at += 1
  }
}

function indexOf(
  haystack: Uint8Array,
  needle: Uint8Array,
  from: number
): number {
  const first = needle[0]!
  for (
    let i = haystack.indexOf(first, from);
    i >= 0;
    i = haystack.indexOf(first, i + 1)
  ) {
    if (i + needle.length > haystack.length) return -1
    let j = 1
    while (j < needle.length && haystack[i + j] === needle[j]) j++
    if (j === needle.length) return i
  }
  return -1
}

function decodeHeader(data: Uint8Array): GoBuildInfo | undefined {
  if (data.length < HEADER_SIZE) return undefined
  const pointerSize = data[14]
  const flags = data[15]!
  if (pointerSize !== 4 && pointerSize !== 8) return undefined
  if ((flags & 2) === 0)
    return { goVersion: '', deps: [], settings: [], legacyFormat: true }
  const version = readString(data, HEADER_SIZE)
  if (!version) return undefined
  const modinfo = readString(data, version.next)
  if (!modinfo) return undefined
  return parseModInfo(utf8.decode(version.bytes), stripFraming(modinfo.bytes))
}

/** A uvarint length, then that many bytes. */
function readString(
  data: Uint8Array,
  at: number
): { bytes: Uint8Array; next: number } | undefined {
  let length = 0
  let shift = 0
  let i = at
  for (; i < data.length && i < at + 10; i++) {
    const b = data[i]!
    length += (b & 0x7f) * 2 ** shift
    shift += 7
    if (b < 0x80) break
  }
  const start = i + 1
  if (start + length > data.length) return undefined
  return { bytes: data.subarray(start, start + length), next: start + length }
}

/** The module text sits between two 16-byte sentinels. */
function stripFraming(bytes: Uint8Array): string {
  if (bytes.length >= 33 && bytes[bytes.length - 17] === 0x0a)
    return utf8.decode(bytes.subarray(16, bytes.length - 16))
  return ''
}

/** The text `go version -m` prints, as runtime/debug.ParseBuildInfo reads it. */
export function parseModInfo(goVersion: string, text: string): GoBuildInfo {
  const info: GoBuildInfo = { goVersion, deps: [], settings: [] }
  let last: GoModule | undefined
  for (const line of text.split('\n')) {
    const [kind, ...fields] = line.split('\t')
    const module = (): GoModule => ({
      path: fields[0] ?? '',
      version: fields[1] ?? '',
      ...(fields[2] ? { sum: fields[2] } : {})
    })
    if (kind === 'path') info.path = fields[0]
    else if (kind === 'mod') last = info.main = module()
    else if (kind === 'dep') info.deps.push((last = module()))
    else if (kind === '=>' && last) last.replace = module()
    else if (kind === 'build' && fields.length > 0)
      info.settings.push(parseSetting(fields.join('\t')))
  }
  return info
}

/** `key=value`, either side Go-quoted when it holds spaces, quotes or `=`. */
function parseSetting(text: string): [string, string] {
  if (text.startsWith('"')) {
    const end = quotedEnd(text, 0)
    return [unquote(text.slice(0, end)), unquoteMaybe(text.slice(end + 1))]
  }
  const eq = text.indexOf('=')
  return eq < 0
    ? [text, '']
    : [text.slice(0, eq), unquoteMaybe(text.slice(eq + 1))]
}

function quotedEnd(text: string, start: number): number {
  let i = start + 1
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1
  return i + 1
}

function unquoteMaybe(value: string): string {
  return value.startsWith('"') && value.endsWith('"') && value.length >= 2
    ? unquote(value)
    : value
}

function unquote(quoted: string): string {
  try {
    return JSON.parse(quoted) as string
  } catch {
    return quoted.slice(1, -1)
  }
}
