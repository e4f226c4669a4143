/**
 * A folder's installed packages on disk: every file the installed-package
 * readers may ask for, found by one walk that, unlike the lockfile walk,
 * enters node_modules, vendor folders and virtualenvs (symbolic links to
 * folders are not followed).
 */
import { basename } from 'node:path'
import { InputError } from '../../lib/errors.js'
import {
  isInstalledMetadata,
  type FileSet
} from '../../lib/sbom/installed/file-set.js'
import { buildInstalledGraph } from '../../lib/sbom/installed/installed-graph.js'
import type { DependencyGraph, RootComponent } from '../../lib/sbom/model.js'
import { LOCKFILE_NAMES } from '../../lib/sbom/sources/lockfile-formats.js'
import { genericPurl, npmPurl } from '../../lib/sbom/sources/purl.js'
import { compareText } from '../../lib/sbom/document.js'
import { createTreeReader, walkFiles } from './source-tree.js'

const NEVER_ENTERED = new Set(['.git', '.hg', '.svn', '__pycache__'])
/** node_modules/<name> or node_modules/@scope/<name>. */
const PACKAGE_FOLDER = /(^|\/)node_modules\/(@[^/]+\/)?[^@/][^/]*$/

export async function listInstalledFiles(dir: string): Promise<FileSet> {
  const links = new Set<string>()
  const found = await walkFiles(
    dir,
    (_, name, parent) =>
      !NEVER_ENTERED.has(name) &&
      // In a package's folder only its own node_modules holds more packages.
      (!PACKAGE_FOLDER.test(parent) || name === 'node_modules'),
    (path) => isInstalledMetadata(path),
    links
  )
  const reader = createTreeReader(
    dir,
    new Set(found.filter((path) => !links.has(path)))
  )
  const top = reader('package.json')
  return {
    paths: found.sort(compareText),
    read: (path) => (path === 'package.json' ? top : reader(path))
  }
}

/** The tree's installed packages under a root named by its package.json or its folder. */
export async function readInstalledTree(
  dir: string,
  display: string
): Promise<DependencyGraph> {
  const files = await listInstalledFiles(dir)
  const graph = buildInstalledGraph(files, treeRoot(files, dir))
  if (graph.components.length === 0) {
    throw new InputError(
      'SBOM_NO_LOCKFILE',
      `${display}: no lockfile found (${LOCKFILE_NAMES}) and no installed packages (node_modules, *.dist-info, vendor/modules.txt, vendor/*/Cargo.toml); commit your lockfile, or give the path of a built artifact instead`
    )
  }
  return graph
}

function treeRoot(files: FileSet, dir: string): RootComponent {
  let manifest: { name?: unknown; version?: unknown } = {}
  try {
    manifest = JSON.parse(files.read('package.json') ?? '{}') as typeof manifest
  } catch {
    // A broken package.json names nothing: the folder does.
  }
  const name = typeof manifest.name === 'string' ? manifest.name : basename(dir)
  const version = typeof manifest.version === 'string' ? manifest.version : ''
  const npm = typeof manifest.name === 'string'
  const purl = npm ? npmPurl(name, version) : genericPurl(name, version)
  return {
    ref: purl,
    ecosystem: npm ? 'npm' : 'generic',
    name,
    version,
    purl,
    type: 'application',
    hashes: [],
    licenses: [],
    properties: { 'provenant:installed': 'true' }
  }
}
