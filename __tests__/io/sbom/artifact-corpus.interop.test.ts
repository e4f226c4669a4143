/** The corpus's built artifacts, against their expected.json. */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { readArtifact } from '../../../src/io/sbom/artifact.js'
import type { DependencyGraph, Hash } from '../../../src/lib/sbom/model.js'
import { SHARED_DIR } from '../../helpers/repo.js'

const ARTIFACTS = path.join(SHARED_DIR, 'corpus', 'artifacts')

interface Expected {
  expected: { packages: number; dev_only: number; with_integrity: number }
  artifacts?: {
    file: string
    sha256: string
    kind: string
    record_entries_with_hash?: number
    metadata: { name: string; version: string }
  }[]
  artifact?: {
    file: string
    sha256: string
    sha1: string
    integrity: string
    name: string
    version: string
    license: string
  }
}

const readExpected = async (dir: string): Promise<Expected> =>
  JSON.parse(
    await readFile(path.join(ARTIFACTS, dir, 'expected.json'), 'utf8')
  ) as Expected

const hash = (
  graph: DependencyGraph,
  algorithm: Hash['algorithm']
): string | undefined =>
  graph.root.hashes.find((h) => h.algorithm === algorithm)?.value

/** The corpus counting rules for an artifact: the package itself and what it needs at run time. */
function pairs(graph: DependencyGraph): {
  packages: number
  devOnly: number
  withIntegrity: number
} {
  const all = [graph.root, ...graph.components]
  return {
    packages: new Set(all.map((c) => `${c.name}@${c.version}`)).size,
    devOnly: graph.components.filter((c) => c.scope === 'dev').length,
    withIntegrity: all.filter((c) => c.hashes.length > 0).length
  }
}

describe('readArtifact on the corpus', () => {
  it.each(['gyp_next-0.16.1-py3-none-any.whl', 'gyp-next-0.16.1.tar.gz'])(
    'reads %s',
    async (file) => {
      const expected = await readExpected('python/nodejs-gyp-next')
      const facts = expected.artifacts!.find((a) => a.file === file)!
      const { kind, graph } = await readArtifact(
        path.join(ARTIFACTS, 'python', 'nodejs-gyp-next', file),
        file
      )
      expect(kind).toBe(facts.kind)
      expect(graph.root).toMatchObject({
        name: 'gyp-next',
        version: '0.16.1',
        purl: 'pkg:pypi/gyp-next@0.16.1',
        type: 'library',
        // The License field holds the full BSD text: the classifier names it instead.
        licenses: ['BSD License']
      })
      expect(hash(graph, 'SHA-256')).toBe(facts.sha256)
      expect(hash(graph, 'SHA-512')).toMatch(/^[0-9a-f]{128}$/)
      expect(pairs(graph)).toEqual({
        packages: expected.expected.packages,
        devOnly: expected.expected.dev_only,
        withIntegrity: expected.expected.with_integrity
      })
      const props = graph.root.properties ?? {}
      expect(props['provenant:python:provides-extra']).toBe('dev')
      const recorded = Object.keys(props).filter((k) =>
        k.startsWith('provenant:wheel:file:')
      )
      expect(recorded).toHaveLength(facts.record_entries_with_hash ?? 0)
    }
  )

  it.each([
    ['jonschlinkert-is-number', 'is-number-7.0.0.tgz'],
    ['vercel-ms', 'ms-2.1.3.tgz']
  ])('reads the npm tarball %s/%s', async (dir, file) => {
    const expected = await readExpected(`npm/${dir}`)
    const facts = expected.artifact!
    const { kind, graph } = await readArtifact(
      path.join(ARTIFACTS, 'npm', dir, file),
      file
    )
    expect(kind).toBe('npm')
    expect(graph.root).toMatchObject({
      name: facts.name,
      version: facts.version,
      purl: `pkg:npm/${facts.name}@${facts.version}`,
      licenses: [facts.license]
    })
    expect(hash(graph, 'SHA-256')).toBe(facts.sha256)
    expect(hash(graph, 'SHA-1')).toBe(facts.sha1)
    expect(
      `sha512-${Buffer.from(hash(graph, 'SHA-512')!, 'hex').toString('base64')}`
    ).toBe(facts.integrity)
    // devDependencies are not part of the artifact.
    expect(pairs(graph)).toEqual({
      packages: expected.expected.packages,
      devOnly: expected.expected.dev_only,
      withIntegrity: expected.expected.with_integrity
    })
  })
})
