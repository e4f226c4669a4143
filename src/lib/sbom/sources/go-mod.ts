/**
 * go.mod + go.sum. The packages are go.mod's `require` entries (direct and
 * `// indirect`), the only edges recorded are the module's own (go.mod does not
 * say which module needs which). `replace` applies: a module replacement is the
 * code built, so the component is the replacement (the replaced require kept
 * in `provenant:go-replaces`); a local directory replacement is a local folder
 * component (origin file, directory), not a third-party package.
 *
 * go.sum `h1:` is base64 of a SHA-256 over the module's dirhash summary (one
 * `sha256 file` line per file of the module zip), not of the zip itself. It is
 * what `go mod verify` checks, so it is kept as a SHA-256 hash and verbatim in
 * `provenant:go-h1`; a `<module> <version>/go.mod` line hashes only the
 * go.mod file and does not make a package.
 */
import type { LockfileFormat } from './lockfile-format.js'
import { base64Hash } from './hashes.js'
import {
  emptyGraph,
  readTracked,
  type LockGraph,
  type LockNode,
  type ReaderContext
} from './lock-graph.js'
import { dirOf, invalidLockfile, joinPath } from './parse-text.js'
import { golangPurl } from './purl.js'

const VERBS = new Set([
  'module',
  'go',
  'toolchain',
  'require',
  'replace',
  'exclude',
  'retract',
  'tool',
  'godebug',
  'ignore'
])

interface Require {
  path: string
  version: string
  indirect: boolean
}

interface Replace {
  path: string
  version: string | undefined
  to: string
  toVersion: string | undefined
}

interface GoMod {
  module: string | undefined
  requires: Require[]
  replaces: Replace[]
}

function unquote(token: string): string {
  return /^["`].*["`]$/.test(token) ? token.slice(1, -1) : token
}

export function parseGoMod(text: string, file: string): GoMod {
  const mod: GoMod = { module: undefined, requires: [], replaces: [] }
  let block: string | undefined
  let blockLine = 0
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string
    const comment = raw.indexOf('//')
    const indirect =
      comment !== -1 && /^\/\/\s*indirect\b/.test(raw.slice(comment))
    const body = (comment === -1 ? raw : raw.slice(0, comment)).trim()
    if (body === '') continue
    let verb = block
    let args = body
    if (block === undefined) {
      const space = body.search(/[\s(]/)
      verb = space === -1 ? body : body.slice(0, space)
      args = space === -1 ? '' : body.slice(space).trim()
      if (!VERBS.has(verb))
        throw invalidLockfile(
          file,
          `line ${i + 1}`,
          `unknown directive "${verb}"`
        )
      if (args === '(') {
        block = verb
        blockLine = i + 1
        continue
      }
    } else if (body === ')') {
      block = undefined
      continue
    }
    const tokens = args.split(/\s+/).map(unquote)
    if (verb === 'module') mod.module = tokens[0]
    else if (verb === 'require') {
      if (tokens.length < 2)
        throw invalidLockfile(
          file,
          `line ${i + 1}`,
          'a require needs a module path and a version'
        )
      mod.requires.push({
        path: tokens[0] as string,
        version: tokens[1] as string,
        indirect
      })
    } else if (verb === 'replace') {
      const arrow = tokens.indexOf('=>')
      if (arrow < 1 || arrow + 1 >= tokens.length)
        throw invalidLockfile(
          file,
          `line ${i + 1}`,
          'a replace needs `old [version] => new [version]`'
        )
      mod.replaces.push({
        path: tokens[0] as string,
        version: tokens[1] === '=>' ? undefined : tokens[1],
        to: tokens[arrow + 1] as string,
        toVersion: tokens[arrow + 2]
      })
    }
  }
  if (block !== undefined)
    throw invalidLockfile(
      file,
      `line ${blockLine}`,
      `the ${block} ( block is never closed`
    )
  return mod
}

/** go.sum: `<module> <version>[/go.mod] h1:<base64>` -> module@version -> h1 (zip lines only). */
export function parseGoSum(text: string, file: string): Map<string, string> {
  const sums = new Map<string, string>()
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim()
    if (line === '') continue
    const [path, version, hash, extra] = line.split(/\s+/)
    if (
      !path ||
      !version ||
      !hash ||
      extra !== undefined ||
      !/^h\d+:/.test(hash)
    ) {
      throw invalidLockfile(
        file,
        `line ${i + 1}`,
        'expected `<module> <version> h1:<hash>`'
      )
    }
    if (hash.startsWith('h1:') && !base64Hash('SHA-256', hash.slice(3))) {
      throw invalidLockfile(
        file,
        `line ${i + 1}`,
        `"${hash}" is not an h1 (SHA-256) hash`
      )
    }
    if (!version.endsWith('/go.mod')) sums.set(`${path}@${version}`, hash)
  }
  return sums
}

const isLocalPath = (target: string): boolean =>
  /^(\.{1,2}\/|\/|[A-Za-z]:\\)/.test(target) ||
  target === '.' ||
  target === '..'

export function readGoMod(ctx: ReaderContext): LockGraph {
  const graph = emptyGraph(ctx.lockfile)
  const mod = parseGoMod(ctx.read(ctx.lockfile) ?? '', ctx.lockfile)
  const dir = dirOf(ctx.lockfile)
  const sumPath = joinPath(dir, 'go.sum')
  const sumText = readTracked(ctx, graph, sumPath)
  const sums =
    sumText === undefined
      ? new Map<string, string>()
      : parseGoSum(sumText, sumPath)
  if (mod.module !== undefined)
    graph.project = {
      ecosystem: 'golang',
      name: mod.module,
      version: '',
      licenses: []
    }

  for (const req of mod.requires) {
    // A replace with a version applies to that version only; without, to all.
    const replace =
      mod.replaces.find(
        (r) => r.path === req.path && r.version === req.version
      ) ??
      mod.replaces.find((r) => r.path === req.path && r.version === undefined)
    const properties: Record<string, string> = {}
    if (req.indirect) properties['provenant:go-indirect'] = 'true'
    let path = req.path
    let version = req.version
    let origin: LockNode['origin'] = { kind: 'registry' }
    if (replace) {
      properties['provenant:go-replaces'] = `${req.path}@${req.version}`
      if (isLocalPath(replace.to)) {
        version = ''
        origin = {
          kind: 'file',
          path: joinPath(dir, replace.to),
          directory: true
        }
      } else {
        path = replace.to
        version = replace.toVersion ?? req.version
      }
    }
    const h1 =
      origin.kind === 'registry' ? sums.get(`${path}@${version}`) : undefined
    const hash = h1?.startsWith('h1:')
      ? base64Hash('SHA-256', h1.slice(3))
      : undefined
    if (h1) properties['provenant:go-h1'] = h1
    const node: LockNode = {
      id: `${req.path}@${req.version}`,
      ecosystem: 'golang',
      name: path,
      version,
      purl: golangPurl(path, version),
      hashes: hash ? [hash] : [],
      licenses: [],
      origin,
      properties,
      scope: 'required',
      edges: []
    }
    graph.nodes.set(node.id, node)
    graph.rootEdges.push({ to: node.id, kind: 'prod' })
  }
  return graph
}

export const goModule: LockfileFormat = {
  kind: 'go',
  family: 'go',
  names: ['go.mod'],
  manifests: [],
  read: readGoMod
}
