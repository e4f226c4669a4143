/**
 * The embedded OSV mirror: serves `<url>/<Ecosystem>/all.zip`, as OSV's
 * storage bucket does, from the advisories it was given (OSV JSON or YAML
 * files, or directories of them), so a scan on the local runner needs no
 * network. An ecosystem it holds no advisory for answers an empty export;
 * each export has an ETag and a matching If-None-Match gets 304.
 */
import { createHash } from 'node:crypto'
import { readFile, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { parse as parseYaml } from 'yaml'
import { InputError } from '../lib/errors.js'
import { baseEcosystem } from '../lib/scan/names.js'
import { LocalServer } from './http-server.js'

export interface LocalOsvMirror {
  readonly url: string
  readonly server: LocalServer
  /** Adds the advisories in these files or directories to the exports. */
  load(paths: readonly string[]): Promise<void>
  close(): Promise<void>
}

interface Export {
  zip: Uint8Array
  etag: string
}

const OSV_FILE = /\.(json|ya?ml)$/i

export async function startOsvMirror(
  paths: readonly string[] = []
): Promise<LocalOsvMirror> {
  const byEcosystem = new Map<string, Map<string, string>>()
  const exports = new Map<string, Export>()
  const server = new LocalServer('osv')
  server.route('GET', '/:ecosystem/all.zip', ({ params, headers }) => {
    const ecosystem = params.ecosystem!
    let found = exports.get(ecosystem)
    if (!found) {
      found = buildExport(byEcosystem.get(ecosystem))
      exports.set(ecosystem, found)
    }
    if (headers['if-none-match'] === found.etag) return { status: 304 }
    return {
      status: 200,
      body: found.zip,
      contentType: 'application/zip',
      headers: { etag: found.etag }
    }
  })
  const url = await server.listen()
  const mirror: LocalOsvMirror = {
    url,
    server,
    load: async (given) => {
      for (const file of await osvFiles(given)) {
        const text = await readFile(file, 'utf8')
        const advisory = parseAdvisory(file, text)
        // OSV exports hold JSON: a YAML advisory is served as JSON.
        const json = /\.json$/i.test(file) ? text : JSON.stringify(advisory)
        for (const ecosystem of ecosystemsOf(advisory)) {
          const files = byEcosystem.get(ecosystem) ?? new Map<string, string>()
          files.set(`${path.basename(file).replace(OSV_FILE, '')}.json`, json)
          byEcosystem.set(ecosystem, files)
          exports.delete(ecosystem)
        }
      }
    },
    close: () => server.close()
  }
  await mirror.load(paths)
  return mirror
}

function buildExport(files: Map<string, string> | undefined): Export {
  const entries = Object.fromEntries(
    [...(files ?? new Map<string, string>())]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, json]) => [name, strToU8(json)])
  )
  const zip = zipSync(entries, { mtime: new Date('2000-01-01T00:00:00Z') })
  const etag = `"${createHash('sha256').update(zip).digest('hex').slice(0, 32)}"`
  return { zip, etag }
}

function parseAdvisory(file: string, text: string): unknown {
  try {
    return /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text)
  } catch (error) {
    throw new InputError(
      'OSV_MIRROR_INPUT',
      `${file} is not an OSV advisory (${(error as Error).message}): give OSV JSON or YAML files`,
      { cause: error }
    )
  }
}

/** `npm`, `PyPI`, `Go`, ...: the ecosystem names of an advisory, without `:<suffix>`. */
function ecosystemsOf(advisory: unknown): string[] {
  const affected = (advisory as { affected?: unknown }).affected
  if (!Array.isArray(affected)) return []
  const names = affected.map((a: unknown) => {
    const ecosystem = (a as { package?: { ecosystem?: unknown } }).package
      ?.ecosystem
    return typeof ecosystem === 'string' ? baseEcosystem(ecosystem) : ''
  })
  return [...new Set(names.filter((n) => n !== ''))]
}

async function osvFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = []
  for (const given of paths) {
    const info = await stat(given).catch(() => undefined)
    if (!info) {
      throw new InputError(
        'OSV_MIRROR_INPUT',
        `${given} does not exist: give OSV advisory files or directories of them`
      )
    }
    if (info.isFile()) files.push(given)
    else {
      const entries = await readdir(given, { recursive: true })
      for (const entry of entries.sort()) {
        if (OSV_FILE.test(entry)) files.push(path.join(given, entry))
      }
    }
  }
  return files
}
