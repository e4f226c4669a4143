import { createHash } from 'node:crypto'
import { workspaceFence } from '../../../src/io/fs/path-fence.js'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { resolveSubjects } from '../../../src/io/provenance/subjects.js'
import { InputError, InputErrors } from '../../../src/lib/errors.js'

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

describe('resolveSubjects', () => {
  let root: string
  let workspace: string

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'provenant-subjects-'))
    workspace = path.join(root, 'ws')
    await mkdir(path.join(workspace, 'dist', 'sub'), { recursive: true })
    await writeFile(path.join(workspace, 'dist', 'a.tgz'), 'A')
    await writeFile(path.join(workspace, 'dist', 'b.whl'), 'B')
    await writeFile(path.join(workspace, 'dist', 'sub', 'c.zip'), 'C')
    await writeFile(
      path.join(workspace, 'dist', 'provenance.intoto.jsonl'),
      '{}'
    )
    await writeFile(path.join(workspace, 'dist', 'x.sigstore.json'), '{}')
    await writeFile(path.join(workspace, 'dist', 'build-provenance.json'), '{}')
    await writeFile(path.join(root, 'secret.txt'), 'S')
    await symlink(
      path.join(root, 'secret.txt'),
      path.join(workspace, 'dist', 'link.txt')
    )
    await writeFile(
      path.join(workspace, 'sums.txt'),
      `${sha256('A')}  a.tgz\n${'e'.repeat(128)}  big.iso\n`
    )
  })
  afterAll(async () => rm(root, { recursive: true, force: true }))

  const byPaths = (
    patterns: string[],
    outputDir = path.join(workspace, 'dist')
  ) =>
    resolveSubjects(
      { kind: 'path', patterns },
      workspaceFence(workspace),
      outputDir
    )

  it('hashes the files globs match, named by base name, skipping own outputs', async () => {
    const subjects = await byPaths([
      'dist/*.tgz',
      'dist/*.whl',
      'dist/**/*.zip',
      'dist/*.json*'
    ])
    expect(subjects).toEqual(
      [
        { name: 'a.tgz', digest: { sha256: sha256('A') } },
        { name: 'b.whl', digest: { sha256: sha256('B') } },
        { name: 'c.zip', digest: { sha256: sha256('C') } }
      ].sort((x, y) => x.name.localeCompare(y.name))
    )
  })

  it('attests own outputs that lie elsewhere than the output directory', async () => {
    const subjects = await byPaths(['dist/build-provenance.json'], workspace)
    expect(subjects.map((s) => s.name)).toEqual(['build-provenance.json'])
  })

  it.each([
    [
      '../secret.txt',
      'PROVENANCE_PATH_OUTSIDE_WORKSPACE',
      /"\.\.\/secret\.txt" is outside the workspace/
    ],
    [
      '/etc/hostname',
      'PROVENANCE_PATH_OUTSIDE_WORKSPACE',
      /is outside the workspace/
    ],
    [
      'dist/link.txt',
      'PROVENANCE_PATH_OUTSIDE_WORKSPACE',
      /links to .*secret\.txt\) is outside/
    ],
    ['dist/*.nothing', 'PROVENANCE_NO_MATCH', /matches no file/]
  ])('refuses %s', async (pattern, code, message) => {
    const error = await byPaths([pattern]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputErrors)
    const problem = (error as InputErrors).problems[0]!
    expect(problem).toBeInstanceOf(InputError)
    expect(problem).toMatchObject({ code })
    expect(problem.message).toMatch(/^input "subject-path"/)
    expect(problem.message).toMatch(message)
  })

  it('reads a checksums file relative to the workspace, SHA-256 and SHA-512', async () => {
    await expect(
      resolveSubjects(
        { kind: 'checksums', file: 'sums.txt' },
        workspaceFence(workspace),
        workspace
      )
    ).resolves.toEqual([
      { name: 'a.tgz', digest: { sha256: sha256('A') } },
      { name: 'big.iso', digest: { sha512: 'e'.repeat(128) } }
    ])
  })

  it('names subject-checksums when the file is missing', async () => {
    await expect(
      resolveSubjects(
        { kind: 'checksums', file: 'nope.txt' },
        workspaceFence(workspace),
        workspace
      )
    ).rejects.toThrow(
      /^input "subject-checksums": cannot read .*nope\.txt \(no such file\)/
    )
  })
})
