/**
 * A built artifact -> its DependencyGraph: a Python wheel (zip), an sdist or
 * an npm tarball (gzip-compressed tar, told apart by their metadata files),
 * or any other file (its hashes only).
 */
import path from 'node:path'
import {
  ArchiveFormatError,
  InflationBudget
} from '../../lib/archive/limits.js'
import { readZip } from '../../lib/archive/zip.js'
import { InputError } from '../../lib/errors.js'
import {
  buildFileGraph,
  buildPythonArtifactGraph,
  type ArtifactFile,
  type ArtifactKind
} from '../../lib/sbom/artifacts.js'
import { buildNpmTarballGraph } from '../../lib/sbom/artifacts-npm.js'
import type { DependencyGraph } from '../../lib/sbom/model.js'
import {
  checkRecord,
  parseCoreMetadata,
  parseRecord
} from '../../lib/sbom/python-metadata.js'
import { findVendoredFolders } from '../../lib/sbom/installed/python-installed.js'
import { readSourceTree } from '../../lib/sbom/read-source.js'
import { streamArtifact } from './artifact-stream.js'
import { looksExecutable, readBinary } from './binary.js'

export interface ArtifactGraph {
  kind: ArtifactKind
  graph: DependencyGraph
}

const NPM_LOCKFILES = ['npm-shrinkwrap.json', 'package-lock.json']
const MAX_REPORTED = 5
const decoder = new TextDecoder()

/** `display` is the path as the user wrote it: every message names it. */
export async function readArtifact(
  file: string,
  display: string
): Promise<ArtifactGraph> {
  const fileName = path.basename(file)
  const lower = fileName.toLowerCase()
  if (lower.endsWith('.whl'))
    return { kind: 'wheel', graph: await readWheel(file, display, fileName) }
  if (lower.endsWith('.tgz') || lower.endsWith('.tar.gz'))
    return readTarball(file, display, fileName)
  if (await looksExecutable(file)) {
    const binary = await readBinary(file, display, fileName)
    if (binary) return binary
  }
  const { hashes } = await streamArtifact(file, { display })
  return { kind: 'file', graph: buildFileGraph({ fileName, hashes }) }
}

async function readWheel(
  file: string,
  display: string,
  fileName: string
): Promise<DependencyGraph> {
  const { hashes, bytes } = await streamArtifact(file, {
    display,
    collect: true
  })
  const notAWheel = (why: string, cause?: unknown): InputError =>
    new InputError(
      'SBOM_NOT_A_WHEEL',
      `${display}: not a wheel: ${why}; give the .whl that pip wheel or python -m build wrote`,
      { cause }
    )
  const files: Record<string, Uint8Array> = {}
  try {
    for (const entry of readZip(bytes!, new InflationBudget(display)))
      if (entry.type !== 'dir' && entry.data) files[entry.path] = entry.data
  } catch (error) {
    if (!(error instanceof ArchiveFormatError)) throw error
    throw notAWheel(`it is not a zip archive (${error.detail})`, error)
  }
  const distInfos = Object.keys(files).filter((p) =>
    /^[^/]+\.dist-info\/METADATA$/.test(p)
  )
  if (distInfos.length !== 1) {
    throw notAWheel(
      distInfos.length === 0
        ? 'the zip has no <name>-<version>.dist-info/METADATA'
        : `the zip has ${distInfos.length} .dist-info folders`
    )
  }
  const metadataPath = distInfos[0]!
  const recordPath = metadataPath.replace(/METADATA$/, 'RECORD')
  if (files[recordPath] === undefined)
    throw notAWheel(`the zip has no ${recordPath}`)
  const entries = parseRecord(decoder.decode(files[recordPath]))
  const problems = checkRecord(entries, new Map(Object.entries(files)))
  if (problems.length > 0) {
    throw new InputError(
      'SBOM_WHEEL_RECORD_MISMATCH',
      `${display}: ${problems.length} file(s) do not match ${recordPath}: ${problems.slice(0, MAX_REPORTED).join(', ')}; the wheel was altered after it was built: rebuild it`
    )
  }
  const graph = buildPythonArtifactGraph({
    kind: 'wheel',
    file: { fileName, hashes },
    metadataPath,
    metadata: parseCoreMetadata(decoder.decode(files[metadataPath])),
    record: { path: recordPath, entries }
  })
  return withVendored(graph, (p) => files[p], Object.keys(files))
}

/** The code a wheel or sdist vendors (`_vendor/vendor.txt`, `_vendor/*.dist-info`), nested in it. */
function withVendored(
  graph: DependencyGraph,
  data: (path: string) => Uint8Array | undefined,
  paths?: string[]
): DependencyGraph {
  const all = paths ?? []
  const fileSet = {
    paths: all,
    read: (p: string) => {
      const bytes = data(p)
      return bytes === undefined ? undefined : decoder.decode(bytes)
    }
  }
  const vendored = findVendoredFolders(fileSet, graph.root.ref)
  if (vendored.length === 0) return graph
  return {
    ...graph,
    components: [...graph.components, ...vendored],
    sources: [
      ...graph.sources,
      ...new Set(
        vendored.map((c) => c.properties['provenant:vendored:source']!)
      )
    ]
  }
}

async function readTarball(
  file: string,
  display: string,
  fileName: string
): Promise<ArtifactGraph> {
  const wanted = (p: string): boolean => {
    const parts = p.split('/')
    if (parts.length === 2)
      return ['package.json', 'PKG-INFO', ...NPM_LOCKFILES].includes(parts[1]!)
    if (/\/_vendor\/(vendor\.txt|[^/]+\.dist-info\/METADATA)$/.test(p))
      return true
    return /^[^/]+\/node_modules\/(@[^/]+\/)?[^/]+\/package\.json$/.test(p)
  }
  const { hashes, members } = await streamArtifact(file, {
    display,
    sha1: true,
    tar: (entry) => entry.type === 'file' && wanted(entry.path)
  })
  const artifact: ArtifactFile = { fileName, hashes }
  const topWith = (name: string): string | undefined =>
    [...members.keys()]
      .find((p) => p.split('/').length === 2 && p.endsWith(`/${name}`))
      ?.split('/')[0]
  const npmTop = topWith('package.json')
  const sdistTop = topWith('PKG-INFO')
  const preferSdist = fileName.toLowerCase().endsWith('.tar.gz')
  if (sdistTop !== undefined && (preferSdist || npmTop === undefined)) {
    const metadataPath = `${sdistTop}/PKG-INFO`
    const graph = buildPythonArtifactGraph({
      kind: 'sdist',
      file: artifact,
      metadataPath,
      metadata: parseCoreMetadata(decoder.decode(members.get(metadataPath)))
    })
    return {
      kind: 'sdist',
      graph: withVendored(graph, (p) => members.get(p), [...members.keys()])
    }
  }
  if (npmTop === undefined)
    return { kind: 'file', graph: buildFileGraph(artifact) }
  const text = (p: string): string | undefined => {
    const data = members.get(`${npmTop}/${p}`)
    return data === undefined ? undefined : decoder.decode(data)
  }
  const bundled = new Map<string, string>()
  const bundledPrefix = `${npmTop}/node_modules/`
  for (const [p, data] of members) {
    if (!p.startsWith(bundledPrefix) || !p.endsWith('/package.json')) continue
    bundled.set(
      p.slice(bundledPrefix.length, -'/package.json'.length),
      decoder.decode(data)
    )
  }
  const lockfile = NPM_LOCKFILES.find((l) => text(l) !== undefined)
  const graph = buildNpmTarballGraph({
    file: artifact,
    top: npmTop,
    packageJson: text('package.json')!,
    bundled,
    lockfile: lockfile
      ? { graph: readBundledLockfile(display, text, lockfile) }
      : undefined
  })
  return { kind: 'npm', graph }
}

function readBundledLockfile(
  display: string,
  read: (p: string) => string | undefined,
  lockfile: string
): DependencyGraph {
  try {
    return readSourceTree(read, [lockfile], { manifestPaths: ['package.json'] })
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    throw new InputError(error.code, `${display}: ${error.message}`, {
      cause: error
    })
  }
}
