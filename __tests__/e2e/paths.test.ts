/**
 * Paths: the CLI takes any path, resolved against the current directory;
 * the Actions stay inside GITHUB_WORKSPACE, symbolic links included, and
 * refuse (exit non-zero, naming the input, writing nothing) a path outside.
 */
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction } from '../helpers/action-runner.js'
import { runDistCli } from '../helpers/dist-cli.js'
import { repoPath } from '../helpers/repo.js'

describe('paths on the CLI and in the Actions', () => {
  let root: string
  let project: string
  let workspace: string

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'provenant-paths-'))
    project = path.join(root, 'elsewhere', 'project')
    await mkdir(project, { recursive: true })
    for (const file of ['package.json', 'package-lock.json'])
      await cp(
        repoPath('examples', 'npm-package', file),
        path.join(project, file)
      )
    workspace = path.join(root, 'workspace')
    await mkdir(workspace)
    await cp(
      repoPath('examples', 'npm-package', 'package.json'),
      path.join(workspace, 'a.txt')
    )
    await symlink(path.join(root, 'elsewhere'), path.join(workspace, 'link'))
  })
  afterAll(() => rm(root, { recursive: true, force: true }))

  it('provenant sbom takes a tree and an output folder anywhere', async () => {
    const out = path.join(root, 'elsewhere', 'out')
    const cwd = await mkdtemp(path.join(root, 'cwd-'))
    const run = await runDistCli(
      ['sbom', project, '--output-dir', out, '--json'],
      { cwd }
    )
    expect({ code: run.code, stderr: run.stderr }).toEqual({
      code: 0,
      stderr: ''
    })
    expect((await readdir(out)).sort()).toEqual([
      'sbom-source.cyclonedx.json',
      'sbom-source.spdx.json'
    ])
    const result = JSON.parse(run.stdout) as {
      sboms: { components: number }[]
    }
    expect(result.sboms[0]!.components).toBe(1)
  })

  it('provenant sbom describes a lockfile given as a path as that lockfile', async () => {
    const cwd = await mkdtemp(path.join(root, 'cwd-'))
    const out = await mkdtemp(path.join(root, 'lock-out-'))
    const run = await runDistCli(
      [
        'sbom',
        path.join(project, 'package-lock.json'),
        '--output-dir',
        path.relative(cwd, out),
        '--json'
      ],
      { cwd }
    )
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout) as {
      sboms: { components: number; ecosystems: Record<string, number> }[]
    }
    expect(result.sboms).toHaveLength(1)
    expect(result.sboms[0]!.components).toBe(1)
    expect(result.sboms[0]!.ecosystems).toEqual({ npm: 1 })
  })

  it.each([
    ['sbom', { path: '../elsewhere/project' }, /input "path"/],
    ['sbom', { path: '__PROJECT__' }, /input "path"/],
    ['sbom', { path: 'link/project' }, /input "path"/],
    ['sbom', { path: 'a.txt', 'output-dir': '../out' }, /input "output-dir"/],
    ['sbom', { path: 'a.txt', 'output-dir': 'link/out' }, /input "output-dir"/],
    ['sign', { files: 'a.txt', 'output-dir': '../x' }, /input "output-dir"/],
    [
      'sign',
      { files: 'a.txt', 'output-dir': '__ROOT__/x' },
      /input "output-dir"/
    ],
    [
      'provenance',
      { 'subject-path': 'a.txt', 'output-dir': '__ROOT__/x' },
      /input "output-dir"/
    ],
    [
      'provenance',
      { 'subject-path': 'a.txt', 'output-dir': 'link/x' },
      /input "output-dir"/
    ]
  ])(
    'the %s Action refuses %j outside the workspace',
    async (action, given, message) => {
      const inputs = Object.fromEntries(
        Object.entries(given).map(([k, v]) => [
          k,
          v.replace('__PROJECT__', project).replace('__ROOT__', root)
        ])
      )
      const before = (await readdir(root)).sort()
      const run = await runAction(action, {
        workspace,
        inputs,
        env: {}
      })
      expect(run.code).not.toBe(0)
      expect(run.stdout).toMatch(message)
      expect(run.stdout).toContain('outside the workspace')
      expect((await readdir(root)).sort()).toEqual(before)
      expect(await readdir(workspace)).toEqual(['a.txt', 'link'])
    }
  )
})
