/**
 * Python project facts shared by the poetry, uv, Pipfile and requirements
 * readers: pyproject.toml ([project] or [tool.poetry]) and its dependency
 * tables, PEP 508 requirement names, and origins of locked packages.
 */
import type {
  EdgeKind,
  LockGraph,
  ProjectFacts,
  ReaderContext
} from './lock-graph.js'
import { readTomlManifest } from './lock-graph.js'
import type { Hash } from '../model.js'
import { checkedPrefixedHex, type DigestFailure } from './hashes.js'
import type { OpenLockfile } from './lockfile-format.js'
import {
  asArray,
  asRecord,
  asString,
  invalidLockfile,
  type Json
} from './parse-text.js'
import { folderSource, type PackageSource } from './package-source.js'
import { normalizePypiName } from './purl.js'

const PYPI =
  /^https?:\/\/(pypi\.org|pypi\.python\.org|files\.pythonhosted\.org)\//

export function readPyproject(
  ctx: ReaderContext,
  graph: LockGraph,
  folder: string
): Json | undefined {
  return readTomlManifest(ctx, graph, folder, 'pyproject.toml')
}

function licenseOf(value: unknown): string[] {
  if (typeof value === 'string' && value.trim() !== '') return [value.trim()]
  // `{text = "..."}` is often a whole license text: only short ones are names.
  const text = asString(asRecord(value).text)
  return text && text.length <= 100 && !text.includes('\n') ? [text] : []
}

export function pythonProject(
  pyproject: Json | undefined
): ProjectFacts | undefined {
  if (!pyproject) return undefined
  const project = asRecord(pyproject.project)
  const poetry = asRecord(asRecord(pyproject.tool).poetry)
  const name = asString(project.name) ?? asString(poetry.name)
  if (name === undefined) return undefined
  return {
    ecosystem: 'pypi',
    name: normalizePypiName(name),
    version: asString(project.version) ?? asString(poetry.version) ?? '',
    licenses: licenseOf(project.license ?? poetry.license)
  }
}

/** The name of a PEP 508 requirement (`Foo[bar]>=1; python_version<'3'` -> foo). */
export function requirementName(requirement: string): string | undefined {
  const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(requirement)
  return match ? normalizePypiName(match[1] as string) : undefined
}

export interface DeclaredDependency {
  name: string
  kind: EdgeKind
}

/** Direct dependencies a pyproject declares: [project], poetry tables, dependency groups. */
export function declaredDependencies(pyproject: Json): DeclaredDependency[] {
  const out: DeclaredDependency[] = []
  const add = (requirement: string, kind: EdgeKind): void => {
    const name = requirementName(requirement)
    if (name && name !== 'python') out.push({ name, kind })
  }
  const project = asRecord(pyproject.project)
  for (const r of asArray(project.dependencies))
    if (typeof r === 'string') add(r, 'prod')
  for (const list of Object.values(
    asRecord(project['optional-dependencies'])
  )) {
    for (const r of asArray(list)) if (typeof r === 'string') add(r, 'optional')
  }
  for (const list of Object.values(asRecord(pyproject['dependency-groups']))) {
    for (const r of asArray(list)) if (typeof r === 'string') add(r, 'dev')
  }
  const poetry = asRecord(asRecord(pyproject.tool).poetry)
  for (const [name, spec] of Object.entries(asRecord(poetry.dependencies))) {
    add(name, asRecord(spec).optional === true ? 'optional' : 'prod')
  }
  for (const name of Object.keys(asRecord(poetry['dev-dependencies'])))
    add(name, 'dev')
  for (const [group, table] of Object.entries(asRecord(poetry.group))) {
    for (const name of Object.keys(asRecord(asRecord(table).dependencies)))
      add(name, group === 'main' ? 'prod' : 'dev')
  }
  return out
}

export type PythonSource = PackageSource

/** An index URL -> registry origin; qualifiers only for an index other than PyPI. */
export function indexSource(url: string | undefined): PythonSource {
  if (url === undefined || PYPI.test(url))
    return {
      origin: url ? { kind: 'registry', url } : { kind: 'registry' },
      qualifiers: {}
    }
  return {
    origin: { kind: 'registry', url },
    qualifiers: { repository_url: url }
  }
}

const ARCHIVE = /\.(whl|tar\.gz|tgz|zip|tar\.bz2|tar)$/i

/** A local path: an archive counts as a package, a folder is the project's own code. */
export function pathSource(path: string): PythonSource {
  return ARCHIVE.test(path)
    ? { origin: { kind: 'file', path }, qualifiers: {} }
    : folderSource(path)
}

/** The `[[package]]` tables of a poetry or uv lock; a `package` key that is not a list is a broken lockfile. */
export function packageTables(open: OpenLockfile): unknown[] {
  const { data, file } = open
  if (data.package !== undefined && !Array.isArray(data.package))
    throw invalidLockfile(
      file,
      'key package',
      'must be a list of [[package]] tables'
    )
  return asArray(data.package)
}

/** The `hash = "sha256:<hex>"` of each file table (wheel, sdist) a lock lists, checked. */
export function fileHashes(
  files: readonly Json[],
  fail: DigestFailure
): Hash[] {
  return files
    .map((f) => checkedPrefixedHex(asString(f.hash), fail))
    .filter((h) => h !== undefined)
}
