/** The commit, its time and a fresh worktree, against real repositories. */
import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  createWorktree,
  resolveSourceCommit
} from '../../../src/io/rebuild/git.js'
import { InputError } from '../../../src/lib/errors.js'
import {
  createRepo,
  FIXTURE_EPOCH,
  git,
  removeAll,
  tempDir,
  writeFiles
} from '../../helpers/git-fixture.js'

describe('the source of a rebuild', () => {
  let repo: { dir: string; commit: string }
  let notRepo: string

  beforeAll(async () => {
    repo = await createRepo({ 'app.txt': 'v1\n' })
    await git(repo.dir, 'tag', 'v1.0.0')
    notRepo = await tempDir('plain')
  })
  afterAll(() => removeAll(repo.dir, notRepo))

  it('resolves HEAD, a tag and a SHA to the commit, with its committer time', async () => {
    for (const ref of [
      'HEAD',
      'v1.0.0',
      repo.commit,
      repo.commit.slice(0, 10)
    ]) {
      await expect(resolveSourceCommit(repo.dir, ref)).resolves.toMatchObject({
        commit: repo.commit,
        committerTime: FIXTURE_EPOCH,
        remoteUrl: undefined
      })
    }
  })

  it.each([
    [
      'a revision the repository does not have',
      'v9.9.9',
      'REBUILD_UNKNOWN_COMMIT',
      'input "source-ref": "v9.9.9" is not a commit'
    ],
    [
      'a SHA that is not in it',
      'f'.repeat(40),
      'REBUILD_UNKNOWN_COMMIT',
      'fetch it first'
    ],
    [
      'something that looks like an option',
      '--all',
      'REBUILD_UNKNOWN_COMMIT',
      '"--all"'
    ]
  ])('refuses %s', async (_, ref, code, words) => {
    const error = await resolveSourceCommit(repo.dir, ref).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(InputError)
    expect(error).toMatchObject({ code })
    expect((error as Error).message).toContain(words)
  })

  it('refuses a directory that is not a repository', async () => {
    await expect(resolveSourceCommit(notRepo, 'HEAD')).rejects.toMatchObject({
      code: 'REBUILD_NOT_A_REPOSITORY'
    })
  })

  it('checks the commit out in a temporary worktree, without the workspace’s changes, and removes it', async () => {
    await writeFiles(repo.dir, {
      'untracked.txt': 'local\n',
      'app.txt': 'modified\n'
    })
    const source = await resolveSourceCommit(repo.dir, 'HEAD')
    const worktree = await createWorktree(source, os.tmpdir())
    try {
      expect(worktree.dir.startsWith(repo.dir)).toBe(false)
      expect(await readFile(path.join(worktree.dir, 'app.txt'), 'utf8')).toBe(
        'v1\n'
      )
      expect((await readdir(worktree.dir)).sort()).toEqual(['.git', 'app.txt'])
      expect(await git(worktree.dir, 'rev-parse', 'HEAD')).toBe(repo.commit)
      await writeFile(path.join(worktree.dir, 'built.txt'), 'x')
    } finally {
      await worktree.remove()
    }
    expect(existsSync(path.dirname(worktree.dir))).toBe(false)
    expect(await git(repo.dir, 'worktree', 'list')).not.toContain(worktree.dir)
    expect(await readFile(path.join(repo.dir, 'app.txt'), 'utf8')).toBe(
      'modified\n'
    )
  })
})
