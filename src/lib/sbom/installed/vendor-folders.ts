/**
 * Vendor folders: Go's `vendor/modules.txt` (what `go mod vendor` wrote:
 * `# <module> <version> [=> <replacement> [<version>]]`) and Cargo's
 * `vendor/<crate>/` (Cargo.toml and `.cargo-checksum.json`, what
 * `cargo vendor` wrote).
 */
import type { Component } from '../model.js'
import { hexHash } from '../sources/hashes.js'
import { cargoPurl, golangPurl } from '../sources/purl.js'
import { parseTomlText, type Json } from '../sources/parse-text.js'
import { dirOf, type FileSet } from './file-set.js'

export function findGoVendored(files: FileSet): Component[] {
  const found: Component[] = []
  for (const path of files.paths) {
    if (!/(^|\/)vendor\/modules\.txt$/.test(path)) continue
    for (const line of (files.read(path) ?? '').split(/\r?\n/)) {
      const match = /^# (\S+) (\S+)(?: => (\S+)(?: (\S+))?)?$/.exec(line)
      if (!match || match[2] === '=>') continue
      const [, module, version, replacement, replacementVersion] = match
      const local =
        replacement !== undefined && replacementVersion === undefined
      const name = local ? module! : (replacement ?? module!)
      const used = local ? version! : (replacementVersion ?? version!)
      const purl = golangPurl(name, used)
      found.push({
        ref: purl,
        ecosystem: 'golang',
        name,
        version: used,
        purl,
        hashes: [],
        licenses: [],
        scope: 'required',
        origin: local
          ? { kind: 'file', path: replacement, directory: true }
          : { kind: 'registry' },
        properties: {
          'provenant:vendored:in': dirOf(path),
          ...(replacement
            ? { 'provenant:go-replaces': `${module}@${version}` }
            : {})
        },
        kind: 'vendored'
      })
    }
  }
  return found
}

export function findCargoVendored(files: FileSet): Component[] {
  const found: Component[] = []
  for (const path of files.paths) {
    if (!/(^|\/)vendor\/[^/]+\/Cargo\.toml$/.test(path)) continue
    let manifest: Json
    try {
      manifest = parseTomlText(files.read(path) ?? '', path)
    } catch {
      continue
    }
    const pkg = manifest.package as Json | undefined
    if (typeof pkg?.name !== 'string' || typeof pkg.version !== 'string')
      continue
    const checksum = files.read(`${dirOf(path)}/.cargo-checksum.json`)
    const sha = checksum ? checksumOf(checksum) : undefined
    const hash = typeof sha === 'string' ? hexHash('SHA-256', sha) : undefined
    const purl = cargoPurl(pkg.name, pkg.version)
    found.push({
      ref: purl,
      ecosystem: 'cargo',
      name: pkg.name,
      version: pkg.version,
      purl,
      hashes: hash ? [hash] : [],
      licenses: typeof pkg.license === 'string' ? [pkg.license] : [],
      scope: 'required',
      origin: { kind: 'registry' },
      properties: { 'provenant:vendored:in': dirOf(dirOf(path)) },
      kind: 'vendored'
    })
  }
  return found
}

/** `.cargo-checksum.json`'s "package": the SHA-256 of the .crate file. */
function checksumOf(text: string): unknown {
  try {
    return (JSON.parse(text) as { package?: unknown }).package
  } catch {
    return undefined
  }
}
