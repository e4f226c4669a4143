/**
 * Every lockfile case of the shared corpus (../shared/corpus/<ecosystem>/<case>/
 * expected.json), through the io walk and readSourceTree: the distinct
 * (name, version) pairs, the dev-only pairs and the pairs with a hash equal the
 * expected numbers. For the npm cases the set of purls also equals what
 * @cyclonedx/cyclonedx-npm --package-lock-only produces on a scratch copy of
 * the case (it runs `npm ls --package-lock-only`: offline, no node_modules).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { findLockfiles } from '../../../src/io/sbom/source-tree.js'
import { readSourceTree } from '../../../src/lib/sbom/read-source.js'
import { countPairs } from '../../helpers/sbom-counts.js'
import { REPO_ROOT, SHARED_DIR } from '../../helpers/repo.js'

const CORPUS = path.resolve(SHARED_DIR, 'corpus')
const CLI = path.join(
  REPO_ROOT,
  'node_modules',
  '@cyclonedx',
  'cyclonedx-npm',
  'bin',
  'cyclonedx-npm-cli.js'
)
const REFERENCE_TIMEOUT_MS = 240_000

interface Expected {
  case: string
  format: { ecosystem: string; lockfile?: string }
  expected: {
    packages: number
    dev_only: number
    with_integrity: number
  }
  reference_tool?: unknown
}

const cases: Expected[] = readdirSync(CORPUS, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'artifacts')
  .flatMap((eco) =>
    readdirSync(path.join(CORPUS, eco.name)).map((name) =>
      path.join(CORPUS, eco.name, name, 'expected.json')
    )
  )
  .filter((file) => existsSync(file))
  .map((file) => JSON.parse(readFileSync(file, 'utf8')) as Expected)
  .filter((c) => c.format.lockfile !== undefined)
  .sort((a, b) => a.case.localeCompare(b.case))

const scratch: string[] = []

/** Runs the reference tool on a scratch copy of an npm case; resolves to its distinct purls. */
async function referencePurls(caseName: string): Promise<Set<string>> {
  const source = path.join(CORPUS, caseName)
  const dir = mkdtempSync(path.join(tmpdir(), 'provenant-cdx-npm-'))
  scratch.push(dir)
  for (const file of readdirSync(source)) {
    if (file !== 'expected.json')
      copyFileSync(path.join(source, file), path.join(dir, file))
  }
  // The corpus README: actions/attest's root name is not a valid npm name; the
  // reference numbers come from a copy with only that name changed.
  const manifest = JSON.parse(
    readFileSync(path.join(dir, 'package.json'), 'utf8')
  ) as { name?: string }
  if (manifest.name?.includes('/') && !manifest.name.startsWith('@')) {
    manifest.name = manifest.name.split('/').pop()
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify(manifest, null, 2)
    )
  }
  const out = path.join(dir, 'bom.json')
  const args = [
    CLI,
    '--package-lock-only',
    '--output-reproducible',
    '--output-format',
    'JSON',
    '--output-file',
    out
  ]
  await promisify(execFile)(process.execPath, args, {
    cwd: dir,
    maxBuffer: 64 * 1024 * 1024
  })
  const bom = JSON.parse(readFileSync(out, 'utf8')) as {
    components?: Array<{ purl?: string; components?: unknown[] }>
  }
  const purls = new Set<string>()
  const visit = (
    list: Array<{ purl?: string; components?: unknown[] }> | undefined
  ): void => {
    for (const c of list ?? []) {
      if (c.purl) purls.add(c.purl)
      visit(c.components as typeof list)
    }
  }
  visit(bom.components)
  return purls
}

const npmCases = cases.filter((c) => c.format.ecosystem === 'npm')
const references = new Map<string, Promise<Set<string>>>()

beforeAll(() => {
  for (const c of npmCases) {
    const pending = referencePurls(c.case)
    pending.catch(() => undefined) // awaited (and reported) by its test
    references.set(c.case, pending)
  }
})

afterAll(async () => {
  await Promise.allSettled(references.values())
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true })
})

async function readCase(caseName: string) {
  const tree = await findLockfiles(path.join(CORPUS, caseName))
  return readSourceTree(tree.reader, tree.lockfiles, {
    rootName: path.basename(caseName),
    manifestPaths: tree.manifests
  })
}

describe('shared corpus', () => {
  it('has lockfile cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(17)
  })

  it.each(cases.map((c) => [c.case, c] as const))(
    '%s: packages, dev-only, with integrity',
    async (_name, c) => {
      const counts = countPairs(await readCase(c.case))
      expect({
        packages: counts.packages,
        dev_only: counts.dev_only,
        with_integrity: counts.with_integrity
      }).toEqual({
        packages: c.expected.packages,
        dev_only: c.expected.dev_only,
        with_integrity: c.expected.with_integrity
      })
    }
  )

  it.each(npmCases.map((c) => [c.case] as const))(
    '%s: the same purls as cyclonedx-npm --package-lock-only',
    async (caseName) => {
      const graph = await readCase(caseName)
      const ours = new Set(graph.components.map((c) => c.purl))
      const theirs = await (references.get(caseName) as Promise<Set<string>>)
      expect([...ours].filter((p) => !theirs.has(p)).sort()).toEqual([])
      expect([...theirs].filter((p) => !ours.has(p)).sort()).toEqual([])
    },
    REFERENCE_TIMEOUT_MS
  )
})
