/**
 * The operating system's package databases in an image's filesystem:
 * dpkg's `var/lib/dpkg/status` and distroless `status.d/*`, Alpine's
 * `lib/apk/db/installed`; the distribution from `os-release`. The rpm
 * database is found here and read by io/sbom/image/rpm-database.ts
 * (its packages: rpm-header.ts).
 */
import type { Component } from '../model.js'
import { buildPurl } from '../sources/purl.js'
import type { FileSet } from '../installed/file-set.js'

export const DPKG_STATUS = 'var/lib/dpkg/status'
const DPKG_STATUS_D = /^var\/lib\/dpkg\/status\.d\/[^/]+$/
export const APK_INSTALLED = 'lib/apk/db/installed'
/**
 * Newest format first: an image upgraded across rpm 4.16 may keep the old
 * Berkeley DB file beside the SQLite database rpm now writes.
 */
const RPM_DATABASES = [
  'usr/lib/sysimage/rpm/rpmdb.sqlite',
  'var/lib/rpm/rpmdb.sqlite',
  'usr/lib/sysimage/rpm/Packages.db',
  'var/lib/rpm/Packages.db',
  'var/lib/rpm/Packages'
]
const OS_RELEASE = ['etc/os-release', 'usr/lib/os-release']

/** Which files of an image the OS readers ask for. */
export function isOsMetadata(path: string): boolean {
  return (
    path === DPKG_STATUS ||
    (DPKG_STATUS_D.test(path) && !path.endsWith('.md5sums')) ||
    path === APK_INSTALLED ||
    OS_RELEASE.includes(path) ||
    RPM_DATABASES.includes(path)
  )
}

export interface OsRelease {
  id: string
  versionId: string
  prettyName?: string
}

export function parseOsRelease(files: FileSet): OsRelease | undefined {
  const text = OS_RELEASE.map((p) => files.read(p)).find((t) => t !== undefined)
  if (text === undefined) return undefined
  const fields = new Map<string, string>()
  for (const line of text.split(/\r?\n/)) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line.trim())
    if (match) fields.set(match[1]!, match[2]!.replace(/^(["'])(.*)\1$/, '$2'))
  }
  const id = fields.get('ID')
  if (!id) return undefined
  return {
    id,
    versionId: fields.get('VERSION_ID') ?? '',
    prettyName: fields.get('PRETTY_NAME')
  }
}

/** RFC 822-style paragraphs, continuation lines joined. */
function paragraphs(text: string): Map<string, string>[] {
  const out: Map<string, string>[] = []
  let current = new Map<string, string>()
  let last: string | undefined
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (current.size > 0) out.push(current)
      current = new Map()
      last = undefined
    } else if (/^[ \t]/.test(line) && last) {
      current.set(last, `${current.get(last)}\n${line.trim()}`)
    } else {
      const colon = line.indexOf(':')
      if (colon <= 0) continue
      last = line.slice(0, colon)
      current.set(last, line.slice(colon + 1).trim())
    }
  }
  if (current.size > 0) out.push(current)
  return out
}

/** The purl `distro` qualifier of an image's OS: `<id>-<version>` (`debian-12`), the id alone without a version. */
export function distroOf(os: OsRelease | undefined): string | undefined {
  return os ? `${os.id}-${os.versionId}`.replace(/-$/, '') : undefined
}

export function findOsPackages(
  files: FileSet,
  os: OsRelease | undefined
): Component[] {
  const distro = distroOf(os)
  const found: Component[] = []
  const statusFiles = files.paths.filter(
    (p) =>
      p === DPKG_STATUS || (DPKG_STATUS_D.test(p) && !p.endsWith('.md5sums'))
  )
  for (const path of statusFiles) {
    for (const p of paragraphs(files.read(path) ?? '')) {
      const c = dpkgComponent(p, os?.id ?? 'debian', distro, path)
      if (c) found.push(c)
    }
  }
  const apk = files.read(APK_INSTALLED)
  if (apk !== undefined) {
    for (const p of apkParagraphs(apk)) {
      const c = apkComponent(p, os?.id ?? 'alpine', distro)
      if (c) found.push(c)
    }
  }
  return found
}

/** The rpm database of an image, newest format first. */
export function findRpmDatabase(
  has: (path: string) => boolean
): string | undefined {
  return RPM_DATABASES.find(has)
}

function dpkgComponent(
  p: Map<string, string>,
  namespace: string,
  distro: string | undefined,
  source: string
): Component | undefined {
  const name = p.get('Package')
  const version = p.get('Version')
  const status = p.get('Status') ?? 'install ok installed'
  if (!name || !version || status.endsWith(' not-installed')) return undefined
  const arch = p.get('Architecture')
  const purl = buildPurl({
    type: 'deb',
    namespace,
    name,
    version,
    qualifiers: { arch, distro }
  })
  const properties: Record<string, string> = {
    'provenant:os:database': source
  }
  if (!status.endsWith(' installed'))
    properties['provenant:dpkg:status'] = status
  const sourcePackage = p.get('Source')
  if (sourcePackage) properties['provenant:dpkg:source'] = sourcePackage
  return osComponent('deb', name, version, purl, [], properties)
}

function apkParagraphs(text: string): Map<string, string>[] {
  return text
    .split(/\r?\n\r?\n/)
    .map((block) => {
      const fields = new Map<string, string>()
      for (const line of block.split(/\r?\n/)) {
        if (line[1] === ':' && !fields.has(line[0]!))
          fields.set(line[0]!, line.slice(2))
      }
      return fields
    })
    .filter((f) => f.size > 0)
}

function apkComponent(
  p: Map<string, string>,
  namespace: string,
  distro: string | undefined
): Component | undefined {
  const name = p.get('P')
  const version = p.get('V')
  if (!name || !version) return undefined
  const purl = buildPurl({
    type: 'apk',
    namespace,
    name,
    version,
    qualifiers: { arch: p.get('A'), distro }
  })
  const properties: Record<string, string> = {
    'provenant:os:database': APK_INSTALLED
  }
  const origin = p.get('o')
  if (origin) properties['provenant:apk:origin'] = origin
  const license = p.get('L')
  return osComponent(
    'apk',
    name,
    version,
    purl,
    license ? [license] : [],
    properties
  )
}

/** An OS package as a component: from the distribution's registry, required, with no file hashes. */
export function osComponent(
  ecosystem: 'deb' | 'apk' | 'rpm',
  name: string,
  version: string,
  purl: string,
  licenses: string[],
  properties: Record<string, string>
): Component {
  return {
    ref: purl,
    ecosystem,
    name,
    version,
    purl,
    hashes: [],
    licenses,
    scope: 'required',
    origin: { kind: 'registry' },
    properties,
    kind: 'os'
  }
}
