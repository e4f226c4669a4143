/**
 * Pipfile.lock (pipfile-spec 6): `default` and `develop`, flat (no edges
 * between packages). A pair only in `develop` is dev-only (the corpus rule).
 * `path` entries (the project itself, local folders) are local, `git` entries
 * git, `file` entries URLs. The Pipfile has no project name.
 */
import type { Scope } from '../model.js'
import { checkedPrefixedHex } from './hashes.js'
import type { LockGraph, ReaderContext } from './lock-graph.js'
import {
  lockNode,
  openLockfile,
  type LockfileFormat,
  type VersionRule
} from './lockfile-format.js'
import { downloadSource, gitSource } from './package-source.js'
import {
  asArray,
  asRecord,
  asString,
  invalidLockfile,
  isRecord,
  joinPath,
  parseJsonText,
  whereKey,
  type Json
} from './parse-text.js'
import { normalizePypiName, pypiPurl } from './purl.js'
import { indexSource, pathSource, type PythonSource } from './python-project.js'

function sourceOf(
  entry: Json,
  lockDir: string,
  indexes: Map<string, string>
): PythonSource {
  const path = asString(entry.path)
  if (path !== undefined) return pathSource(joinPath(lockDir, path))
  const git = asString(entry.git)
  if (git !== undefined) return gitSource(git, asString(entry.ref))
  const file = asString(entry.file)
  if (file !== undefined) return downloadSource(file)
  return indexSource(indexes.get(asString(entry.index) ?? 'pypi'))
}

const VERSION: VersionRule = {
  of: (data) => asRecord(data._meta)['pipfile-spec'],
  accepts: (spec) => typeof spec === 'number' && spec >= 1 && spec <= 6,
  needle: '"pipfile-spec"',
  key: '_meta.pipfile-spec',
  supported: '1 to 6'
}

export function readPipfileLock(ctx: ReaderContext): LockGraph {
  const { file, text, data, graph, lockDir } = openLockfile(
    ctx,
    parseJsonText,
    VERSION
  )
  const meta = asRecord(data._meta)
  const indexes = new Map<string, string>()
  for (const source of asArray(meta.sources).map(asRecord)) {
    const name = asString(source.name)
    const url = asString(source.url)
    if (name !== undefined && url !== undefined) indexes.set(name, url)
  }
  const sections: Array<[string, Scope]> = [
    ['default', 'required'],
    ['develop', 'dev']
  ]
  for (const [section, scope] of sections) {
    for (const [rawName, value] of Object.entries(asRecord(data[section]))) {
      if (!isRecord(value)) {
        throw invalidLockfile(
          file,
          whereKey(text, `"${rawName}"`, `${section}.${rawName}`),
          'expected an object'
        )
      }
      const name = normalizePypiName(rawName)
      const version = (asString(value.version) ?? '').replace(/^===?/, '')
      const source = sourceOf(value, lockDir, indexes)
      if (source.origin.kind === 'file' && source.origin.path === lockDir) {
        // `{path = ".", editable = true}`: the project itself, which the Pipfile does not name.
        graph.project ??= { ecosystem: 'pypi', name, version, licenses: [] }
        continue
      }
      const id = `${section}:${name}`
      const properties: Record<string, string> = {}
      if (typeof value.markers === 'string')
        properties['provenant:markers'] = value.markers
      if (asString(value.version)?.startsWith('==') === false)
        properties['provenant:specifier'] = value.version as string
      const node = lockNode({
        id,
        ecosystem: 'pypi',
        name,
        version,
        purl: pypiPurl(name, version, source.qualifiers),
        hashes: asArray(value.hashes)
          .map((h) =>
            checkedPrefixedHex(asString(h), (problem) =>
              invalidLockfile(file, `key ${section}.${rawName}.hashes`, problem)
            )
          )
          .filter((h) => h !== undefined),
        origin: source.origin,
        properties,
        scope
      })
      graph.nodes.set(id, node)
      graph.rootEdges.push({ to: id, kind: scope === 'dev' ? 'dev' : 'prod' })
    }
  }
  return graph
}

export const pipfileLockfile: LockfileFormat = {
  kind: 'pipfile',
  family: 'python',
  names: ['Pipfile.lock'],
  manifests: [],
  read: readPipfileLock
}
