/** The build runs in the normalised environment; failures say why. */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runBuild } from '../../../src/io/rebuild/build.js'
import { InputError } from '../../../src/lib/errors.js'
import { buildRebuildEnv } from '../../../src/lib/rebuild/environment.js'
import { FIXTURE_EPOCH, removeAll, tempDir } from '../../helpers/git-fixture.js'

describe('runBuild', () => {
  let dir: string
  const host = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_TOKEN: 'ghs_secret',
    npm_config_x: 'y'
  }
  const env = buildRebuildEnv(host, FIXTURE_EPOCH, { EXTRA: 'a b' })
  const build = (command: string, timeoutMs = 30_000) =>
    runBuild({
      command,
      cwd: dir,
      env,
      timeoutMs,
      logFile: path.join(dir, 'build.log')
    })

  beforeAll(async () => {
    dir = await tempDir('build')
  })
  afterAll(() => removeAll(dir))

  it('runs with only the normalised environment, under umask 022', async () => {
    await build('env | sort > env.txt; umask > umask.txt; echo done')
    const seen = await readFile(path.join(dir, 'env.txt'), 'utf8')
    expect(seen).toContain(`SOURCE_DATE_EPOCH=${FIXTURE_EPOCH}\n`)
    for (const line of [
      'TZ=UTC',
      'LC_ALL=C.UTF-8',
      'LANG=C.UTF-8',
      'PYTHONHASHSEED=0',
      'EXTRA=a b'
    ]) {
      expect(seen).toContain(`${line}\n`)
    }
    expect(seen).not.toContain('GITHUB_TOKEN')
    expect(seen).not.toContain('npm_config_x')
    expect((await readFile(path.join(dir, 'umask.txt'), 'utf8')).trim()).toBe(
      '0022'
    )
    expect(await readFile(path.join(dir, 'build.log'), 'utf8')).toBe('done\n')
  })

  it('fails with the exit code and the tail of the output', async () => {
    const error = await build(
      'for i in $(seq 1 50); do echo "line $i"; done; echo oops >&2; exit 7'
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect(error).toMatchObject({ code: 'REBUILD_BUILD_FAILED' })
    const message = (error as Error).message
    expect(message).toContain('the build command exited with code 7')
    expect(message).toContain('  | line 50\n  | oops')
    expect(message).not.toContain('| line 20\n')
    expect(message).toContain(path.join(dir, 'build.log'))
  })

  it('stops a build that runs too long, with what it started', async () => {
    const started = Date.now()
    const error = await build('sleep 30 & echo started; sleep 30', 500).catch(
      (e: unknown) => e
    )
    expect(Date.now() - started).toBeLessThan(10_000)
    expect((error as Error).message).toContain('was stopped after')
    expect(await commandLines()).not.toContain('sleep 30')
  })
})

/** Every running process's command line, as /proc holds it (no procps needed). */
async function commandLines(): Promise<string[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name))
  const lines = await Promise.all(
    pids.map((pid) =>
      readFile(`/proc/${pid}/cmdline`, 'utf8').then(
        (raw) => raw.split('\0').filter(Boolean).join(' '),
        () => ''
      )
    )
  )
  return lines.filter(Boolean)
}
