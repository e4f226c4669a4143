/**
 * Installed Python distributions: `*.dist-info` (METADATA, RECORD) and
 * `*.egg-info` (PKG-INFO), as pip, uv and setuptools leave them in a
 * site-packages or virtualenv; and the code a distribution vendors
 * (`<pkg>/_vendor/vendor.txt`, `<pkg>/_vendor/*.dist-info`), nested under it.
 */
import type { Component } from '../model.js'
import {
  normalizePythonName,
  parseCoreMetadata,
  parseRecord,
  pythonLicenses
} from '../python-metadata.js'
import { pypiPurl } from '../sources/purl.js'
import { dirOf, type FileSet } from './file-set.js'

/** Every installed distribution of the tree, vendored code nested in its carrier. */
export function findPythonDistributions(files: FileSet): Component[] {
  const found: Component[] = []
  const owners = new Map<string, string>()
  for (const path of files.paths) {
    const metadata = /\.dist-info\/METADATA$/.test(path)
      ? path
      : /\.egg-info\/PKG-INFO$/.test(path)
        ? path
        : undefined
    if (!metadata || /(^|\/)_vendor\/[^/]+\/[^/]+$/.test(metadata)) continue
    const c = distribution(files, metadata)
    if (!c) continue
    found.push(c)
    for (const top of topLevelNames(files, metadata))
      owners.set(`${dirOf(dirOf(metadata))}/${top}`.replace(/^\//, ''), c.ref)
  }
  for (const path of files.paths) {
    const match = /^(.*?)([^/]+)\/_vendor\/vendor\.txt$/.exec(path)
    if (!match) continue
    const carrier = owners.get(`${match[1]}${match[2]}`)
    found.push(...findVendoredPython(files, path, carrier))
  }
  return found
}

function distribution(files: FileSet, path: string): Component | undefined {
  const metadata = parseCoreMetadata(files.read(path) ?? '')
  const name = metadata.fields.get('name')
  const version = metadata.fields.get('version')
  if (!name || !version) return undefined
  const purl = pypiPurl(name, version)
  const properties: Record<string, string> = {
    'provenant:installed:path': dirOf(path)
  }
  const record = path.endsWith('/METADATA')
    ? files.read(`${dirOf(path)}/RECORD`)
    : undefined
  if (record !== undefined) {
    const entries = parseRecord(record)
    properties['provenant:python:record-files'] = String(entries.length)
    properties['provenant:python:record-hashed'] = String(
      entries.filter((e) => e.sha256).length
    )
  }
  return {
    ref: purl,
    ecosystem: 'pypi',
    name: normalizePythonName(name),
    version,
    purl,
    hashes: [],
    licenses: pythonLicenses(metadata),
    scope: 'required',
    origin: { kind: 'registry' },
    properties
  }
}

/** The import names a distribution installs: top_level.txt, else RECORD's first segments. */
function topLevelNames(files: FileSet, metadata: string): string[] {
  const dir = dirOf(metadata)
  const top = files.read(`${dir}/top_level.txt`)
  if (top !== undefined) return top.split(/\r?\n/).filter(Boolean)
  const record = files.read(`${dir}/RECORD`)
  if (record === undefined) return []
  return [
    ...new Set(
      parseRecord(record)
        .map((e) => e.path.split('/')[0]!)
        .filter((p) => !p.endsWith('.dist-info') && !p.includes('.'))
    )
  ]
}

/**
 * `<pkg>/_vendor/vendor.txt` (`name==version`, comments after `#`) and the
 * `_vendor/*.dist-info` beside it: one component per vendored project.
 */
export function findVendoredPython(
  files: FileSet,
  vendorTxt: string,
  carrier: string | undefined
): Component[] {
  const folder = dirOf(vendorTxt)
  const byName = new Map<
    string,
    { name: string; version: string; from: string }
  >()
  for (const line of (files.read(vendorTxt) ?? '').split(/\r?\n/)) {
    const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*==\s*([^\s#;]+)/.exec(
      line
    )
    if (match)
      byName.set(normalizePythonName(match[1]!), {
        name: match[1]!,
        version: match[2]!,
        from: vendorTxt
      })
  }
  for (const path of files.paths) {
    if (dirOf(dirOf(path)) !== folder || !/\.dist-info\/METADATA$/.test(path))
      continue
    const metadata = parseCoreMetadata(files.read(path) ?? '')
    const name = metadata.fields.get('name')
    const version = metadata.fields.get('version')
    if (name && version)
      byName.set(normalizePythonName(name), { name, version, from: path })
  }
  return [...byName.values()].map(({ name, version, from }) => {
    const purl = pypiPurl(name, version)
    return {
      ref: `${purl}#${folder}`,
      ecosystem: 'pypi' as const,
      name: normalizePythonName(name),
      version,
      purl,
      hashes: [],
      licenses: [],
      scope: 'required' as const,
      origin: { kind: 'registry' as const },
      properties: {
        'provenant:vendored:in': folder,
        'provenant:vendored:source': from
      },
      kind: 'vendored' as const,
      ...(carrier ? { containedBy: carrier } : {})
    }
  })
}

/** Every `_vendor` folder of an archive (by vendor.txt or a dist-info in it), all carried by `carrier`. */
export function findVendoredFolders(
  files: FileSet,
  carrier: string
): Component[] {
  const folders = new Set<string>()
  for (const path of files.paths) {
    const match =
      /^(.*\/)?_vendor\/(vendor\.txt|[^/]+\.dist-info\/METADATA)$/.exec(path)
    if (match) folders.add(`${match[1] ?? ''}_vendor`)
  }
  return [...folders]
    .sort()
    .flatMap((folder) =>
      findVendoredPython(files, `${folder}/vendor.txt`, carrier)
    )
}
