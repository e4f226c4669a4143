/**
 * rpm package headers, as the rpm database stores them (each database
 * format keeps one header blob per installed package): the index of
 * (tag, type, offset, count) entries and the data store they point into
 * (rpm's header format, lib/header.c), read for the tags an SBOM needs,
 * then OS package components: the version is rpm's `[epoch:]version-release`,
 * the purl `pkg:rpm/<distro id>/<name>@<version>-<release>?arch=…&epoch=…&distro=…`
 * (the purl specification keeps the epoch in a qualifier, as Syft writes it).
 */
import type { Component } from '../model.js'
import { buildPurl } from '../sources/purl.js'
import { osComponent } from './os-packages.js'

const TAG = {
  name: 1000,
  version: 1001,
  release: 1002,
  epoch: 1003,
  vendor: 1011,
  license: 1014,
  arch: 1022,
  sourceRpm: 1044
} as const

const TYPE_INT32 = 4
const TYPE_STRING = 6
const TYPE_I18NSTRING = 9
const ENTRY_BYTES = 16
/** rpm refuses headers with more entries or data than these (lib/header.c). */
const MAX_ENTRIES = 0xffff
const MAX_DATA_BYTES = 256 * 1024 * 1024

export interface RpmPackage {
  name: string
  version: string
  release: string
  epoch?: number
  arch?: string
  license?: string
  vendor?: string
  sourceRpm?: string
}

export class RpmHeaderError extends Error {}

const utf8 = new TextDecoder()

/** One header blob (without the 8-byte magic a header in an .rpm file has). */
export function parseRpmHeader(blob: Uint8Array): RpmPackage {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength)
  if (blob.length < 8) throw new RpmHeaderError('header shorter than 8 bytes')
  const entries = view.getUint32(0)
  const dataBytes = view.getUint32(4)
  const store = 8 + entries * ENTRY_BYTES
  if (
    entries > MAX_ENTRIES ||
    dataBytes > MAX_DATA_BYTES ||
    store + dataBytes > blob.length
  )
    throw new RpmHeaderError('header sizes run past its end')
  const strings = new Map<number, string>()
  const numbers = new Map<number, number>()
  for (let i = 0; i < entries; i++) {
    const at = 8 + i * ENTRY_BYTES
    const tag = view.getUint32(at)
    const type = view.getUint32(at + 4)
    const offset = view.getUint32(at + 8)
    if (offset >= dataBytes) continue
    if (type === TYPE_STRING || type === TYPE_I18NSTRING) {
      const start = store + offset
      const end = blob.indexOf(0, start)
      if (end < 0 || end > store + dataBytes) continue
      if (!strings.has(tag))
        strings.set(tag, utf8.decode(blob.subarray(start, end)))
    } else if (type === TYPE_INT32 && offset + 4 <= dataBytes) {
      numbers.set(tag, view.getUint32(store + offset))
    }
  }
  const name = strings.get(TAG.name)
  const version = strings.get(TAG.version)
  if (!name || version === undefined)
    throw new RpmHeaderError('header without a name or version')
  return {
    name,
    version,
    release: strings.get(TAG.release) ?? '',
    ...optional('epoch', numbers.get(TAG.epoch)),
    ...optional('arch', strings.get(TAG.arch)),
    ...optional('license', strings.get(TAG.license)),
    ...optional('vendor', strings.get(TAG.vendor)),
    ...optional('sourceRpm', strings.get(TAG.sourceRpm))
  }
}

function optional<K extends string, V>(
  key: K,
  value: V | undefined
): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>)
}

/** `[epoch:]version-release`, as rpm's %{EVR} prints it. */
export function rpmEvr(p: RpmPackage): string {
  const vr = rpmVersionRelease(p)
  return p.epoch === undefined ? vr : `${p.epoch}:${vr}`
}

/** `version-release`: the purl's version (the epoch is a qualifier). */
function rpmVersionRelease(p: RpmPackage): string {
  return p.release ? `${p.version}-${p.release}` : p.version
}

export function rpmComponent(
  p: RpmPackage,
  namespace: string,
  distro: string | undefined,
  database: string
): Component {
  const version = rpmEvr(p)
  const purl = buildPurl({
    type: 'rpm',
    namespace,
    name: p.name,
    version: rpmVersionRelease(p),
    qualifiers: {
      arch: p.arch,
      ...(p.epoch === undefined ? {} : { epoch: String(p.epoch) }),
      distro
    }
  })
  const properties: Record<string, string> = {
    'provenant:os:database': database
  }
  if (p.sourceRpm) properties['provenant:rpm:source'] = p.sourceRpm
  if (p.vendor) properties['provenant:rpm:vendor'] = p.vendor
  return osComponent(
    'rpm',
    p.name,
    version,
    purl,
    p.license ? [p.license] : [],
    properties
  )
}

/** The rpm database of an image, as the io layer read it. */
export interface RpmDatabase {
  /** Its path in the image. */
  path: string
  /** One header blob per installed package; undefined when the format is not read. */
  headers?: readonly Uint8Array[]
  /** Why the packages are missing, when they are. */
  unread?: string
}

/** The packages of the database, in its order; damaged headers counted, not fatal. */
export function findRpmPackages(
  db: RpmDatabase,
  namespace: string,
  distro: string | undefined
): { components: Component[]; damaged: number } {
  const components: Component[] = []
  let damaged = 0
  for (const blob of db.headers ?? []) {
    try {
      components.push(
        rpmComponent(parseRpmHeader(blob), namespace, distro, db.path)
      )
    } catch (error) {
      if (!(error instanceof RpmHeaderError)) throw error
      damaged++
    }
  }
  return { components, damaged }
}
