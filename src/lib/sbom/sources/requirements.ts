/**
 * pip requirements files: `name[extras]==version ; markers --hash=sha256:...`
 * with `\` continuations, `#` comments, `-r` includes (read through the tree),
 * `-e` editables, direct URLs (`name @ url`, `git+...#egg=name`) and local
 * paths. Only `==`/`===` pins give a version; any other requirement is kept
 * with an empty version and its specifier as a property. pip-compile / uv
 * `# via` annotations are the only edges the format records: a pin `via` a
 * package is that package's dependency; one `via -r file`, or without an
 * annotation, is the project's. No dev notion (the corpus rule): all required.
 */
import type { LockfileFormat } from './lockfile-format.js'
import { clipInput, hasControlCharacters } from '../../inputs/clip.js'
import { checkedPrefixedHex } from './hashes.js'
import {
  emptyGraph,
  readTracked,
  type LockGraph,
  type LockNode,
  type ReaderContext
} from './lock-graph.js'
import { lockNode } from './lockfile-format.js'
import { baseName, dirOf, invalidLockfile, joinPath } from './parse-text.js'
import {
  archiveNameVersion,
  logicalLines,
  urlSource
} from './requirements-lines.js'
import { normalizePypiName, pypiPurl } from './purl.js'
import {
  indexSource,
  pythonProject,
  readPyproject,
  type PythonSource
} from './python-project.js'

/** A distribution name as PEP 508 spells it. */
const PEP508_NAME = /^([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])$/
const NAME = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/
const SKIPPED_OPTIONS =
  /^(-c|--constraint|-i|--index-url|--extra-index-url|-f|--find-links|--trusted-host|--no-index|--pre|--require-hashes|--no-binary|--only-binary|--prefer-binary|--use-feature|--config-settings|--global-option)\b/

interface Pending {
  node: LockNode
  via: string[]
}

interface State {
  ctx: ReaderContext
  graph: LockGraph
  pending: Pending[]
  index: string | undefined
  stack: string[]
}

/** What one requirement line says of its package. */
interface Requirement {
  name: string | undefined
  version: string
  source: PythonSource
  properties: Record<string, string>
}

/** `name[extras] ==1.0` or `name @ url`: only `==`/`===` pins give a version. */
function namedRequirement(
  named: RegExpExecArray,
  lockDir: string,
  index: string | undefined,
  at: { file: string; line: number }
): Requirement {
  const found: Requirement = {
    name: named[1],
    version: '',
    source: indexSource(index),
    properties: {}
  }
  if (named[2])
    found.properties['provenant:extras'] = named[2].slice(1, -1).trim()
  const rest = (named[3] ?? '').trim()
  if (/^(===?|~=|!=|<=?|>=?)\s*$/.test(rest))
    throw invalidLockfile(
      at.file,
      `line ${at.line}`,
      `the requirement "${clipInput(named[0].trim())}" has an operator but no version`
    )
  if (rest.startsWith('@')) {
    const url = rest.slice(1).trim()
    found.source = urlSource(url, lockDir)
    found.version = archiveNameVersion(url)?.[1] ?? ''
  } else if (/^===?\s*[^\s,*]+$/.test(rest))
    found.version = rest.replace(/^===?\s*/, '')
  else if (rest !== '') found.properties['provenant:specifier'] = rest
  return found
}

/**
 * A URL or a path (`-e` editables among them): the name from `#egg=`, the
 * archive's file name or the folder's; undefined for the project's own
 * folder, which becomes the project when it has an egg name.
 */
function locatedRequirement(
  state: State,
  text: string,
  lockDir: string
): Requirement | undefined {
  const source = urlSource(text, lockDir)
  const egg = /[#&]egg=([^&\s]+)/.exec(text)?.[1]
  const archive = archiveNameVersion(text)
  const folder =
    source.origin.kind === 'file' && source.origin.directory
      ? source.origin.path
      : undefined
  if (folder === lockDir) {
    // `-e .`: the project itself, the root of the graph.
    if (egg && !state.graph.project)
      state.graph.project = {
        ecosystem: 'pypi',
        name: normalizePypiName(egg),
        version: '',
        licenses: []
      }
    return undefined
  }
  const last = (folder ?? text.split(/[?#]/)[0] ?? '')
    .replace(/\/+$/, '')
    .split('/')
    .pop()
  return {
    name:
      egg ?? archive?.[0] ?? (last || state.graph.project?.name || 'project'),
    version: archive?.[1] ?? '',
    source,
    properties: {}
  }
}

function addRequirement(
  state: State,
  file: string,
  raw: string,
  line: number,
  editable: boolean
): void {
  const hashes = [...raw.matchAll(/--hash[=\s]+(\S+)/g)]
    .map((m) =>
      checkedPrefixedHex(m[1], (problem) =>
        invalidLockfile(file, `line ${line}`, problem)
      )
    )
    .filter((h) => h !== undefined)
  const [spec = '', markers] = raw
    .replace(/--hash[=\s]+\S+/g, '')
    .split(/;(.*)/s)
  const text = spec.trim()
  if (hasControlCharacters(raw))
    throw invalidLockfile(
      file,
      `line ${line}`,
      `the requirement "${clipInput(raw.trim())}" has control characters, which no requirement has (is this a requirements file?)`
    )
  const lockDir = dirOf(file)
  const named = NAME.exec(text)
  const found =
    named && !editable && !/^[a-z+]+:\/\//i.test(text) && !text.startsWith('.')
      ? namedRequirement(named, lockDir, state.index, { file, line })
      : locatedRequirement(state, text, lockDir)
  if (found === undefined) return
  const { name, version, source, properties } = found
  if (!name || !PEP508_NAME.test(name))
    throw invalidLockfile(
      file,
      `line ${line}`,
      `cannot read the requirement "${clipInput(text)}" (a requirement starts with a package name, a URL or a path)`
    )
  if (markers?.trim()) properties['provenant:markers'] = markers.trim()
  const normalized = normalizePypiName(name)
  const node = lockNode({
    id: `${file}:${line}`,
    ecosystem: 'pypi',
    name: normalized,
    version,
    purl: pypiPurl(normalized, version, source.qualifiers),
    hashes,
    origin: source.origin,
    properties,
    scope: 'required'
  })
  state.graph.nodes.set(node.id, node)
  state.pending.push({ node, via: [] })
}

function readFile(
  state: State,
  file: string,
  line: number,
  from: string
): void {
  if (state.stack.includes(file)) return
  const text = readTracked(state.ctx, state.graph, file)
  if (text === undefined)
    throw invalidLockfile(
      from,
      `line ${line}`,
      `-r ${file}: no such file in the tree`
    )
  state.stack.push(file)
  let viaOpen = false
  for (const { text: raw, line: lineNo } of logicalLines(text)) {
    const comment = /^\s*#\s*(via\b)?\s*(.*)$/.exec(raw)
    const last = state.pending[state.pending.length - 1]
    if (comment) {
      if (comment[1]) viaOpen = true
      if (viaOpen && last && comment[2])
        last.via.push(...comment[2].split(/,\s*/))
      continue
    }
    viaOpen = false
    const body = raw.replace(/(^|\s)#.*$/, '').trim()
    if (body === '') continue
    const option =
      /^(-r|--requirement|-e|--editable|-i|--index-url)(?:\s*=\s*|\s+|(?=[^-\s]))(\S.*)$/.exec(
        body
      )
    if (option && (option[1] === '-r' || option[1] === '--requirement')) {
      readFile(
        state,
        joinPath(dirOf(file), (option[2] as string).trim()),
        lineNo,
        file
      )
    } else if (option && (option[1] === '-i' || option[1] === '--index-url'))
      state.index = (option[2] as string).trim()
    else if (option)
      addRequirement(state, file, option[2] as string, lineNo, true)
    else if (!body.startsWith('-'))
      addRequirement(state, file, body, lineNo, false)
    else if (!SKIPPED_OPTIONS.test(body))
      throw invalidLockfile(
        file,
        `line ${lineNo}`,
        `unknown option "${clipInput(body)}"`
      )
  }
  state.stack.pop()
}

export function readRequirements(ctx: ReaderContext): LockGraph {
  const graph = emptyGraph(ctx.lockfile)
  graph.project = pythonProject(readPyproject(ctx, graph, dirOf(ctx.lockfile)))
  const state: State = { ctx, graph, pending: [], index: undefined, stack: [] }
  readFile(state, ctx.lockfile, 0, ctx.lockfile)
  const byName = new Map<string, string>()
  for (const { node } of state.pending) byName.set(node.name, node.id)
  for (const { node, via } of state.pending) {
    const parents = via
      .map((v) => v.trim())
      .filter((v) => v !== '' && !v.startsWith('-'))
    const found = parents.map((p) =>
      byName.get(normalizePypiName(p.replace(/\[.*$/, '')))
    )
    for (const parent of found)
      if (parent !== undefined)
        graph.nodes.get(parent)?.edges.push({ to: node.id, kind: 'prod' })
    if (
      found.length === 0 ||
      found.includes(undefined) ||
      via.some((v) => v.trim().startsWith('-'))
    ) {
      graph.rootEdges.push({ to: node.id, kind: 'prod' })
    }
  }
  return graph
}

export const requirementsFiles: LockfileFormat = {
  kind: 'requirements',
  family: 'python',
  names: [],
  pattern: { matches: isRequirementsFile, label: 'requirements*.txt' },
  fallback: true,
  manifests: ['pyproject.toml'],
  read: readRequirements
}

/** `requirements*.txt`, or any `.txt` file of a `requirements/` folder. */
export function isRequirementsFile(path: string): boolean {
  const name = baseName(path)
  if (!name.toLowerCase().endsWith('.txt')) return false
  return /requirements/i.test(name) || baseName(dirOf(path)) === 'requirements'
}
