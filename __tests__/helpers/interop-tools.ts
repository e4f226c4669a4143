/**
 * What the interop tier (`npm run test:interop`) needs: the Debian tools
 * that check our output and the real-world data beside the checkout. One
 * list, read by the tier's global setup and mirrored by `.ci/run`, which
 * installs them.
 */
import { execFile } from 'node:child_process'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { SHARED_DIR } from './repo.js'

const run = promisify(execFile)

export interface InteropNeed {
  /** What is missing, as a user reads it. */
  name: string
  /** The Debian package (or the place) that provides it. */
  from: string
  present(): Promise<boolean>
}

const succeeds = (file: string, args: string[]) => async () =>
  run(file, args, { timeout: 30_000 }).then(
    () => true,
    () => false
  )

const onPath = (command: string, pkg: string): InteropNeed => ({
  name: command,
  from: `Debian package ${pkg}`,
  present: async () =>
    (
      await Promise.all(
        (process.env.PATH ?? '')
          .split(path.delimiter)
          .filter(Boolean)
          .map((dir) =>
            stat(path.join(dir, command)).then(
              (s) => s.isFile(),
              () => false
            )
          )
      )
    ).some(Boolean)
})

const sharedDir = (name: string): InteropNeed => ({
  name: `../shared/${name}`,
  from: 'the corpus beside the checkout (.ci/run provides it)',
  present: () =>
    stat(path.join(SHARED_DIR, name)).then(
      (s) => s.isDirectory(),
      () => false
    )
})

export const INTEROP_NEEDS: readonly InteropNeed[] = [
  onPath('openssl', 'openssl'),
  onPath('minisign', 'minisign'),
  onPath('diffoscope', 'diffoscope-minimal'),
  onPath('git', 'git'),
  onPath('tar', 'tar'),
  onPath('gzip', 'gzip'),
  onPath('skopeo', 'skopeo'),
  onPath('umoci', 'umoci'),
  onPath('docker-registry', 'docker-registry'),
  onPath('go', 'golang-go'),
  onPath('gh', 'gh'),
  {
    name: 'python3 with build, setuptools and wheel',
    from: 'Debian packages python3-build python3-setuptools python3-wheel',
    present: succeeds('/usr/bin/python3', [
      '-c',
      'import build, setuptools, wheel'
    ])
  },
  sharedDir('corpus'),
  sharedDir('schemas')
]

/** Every need that is not met, each as "name (from ...)". */
export async function missingInteropNeeds(): Promise<string[]> {
  const present = await Promise.all(INTEROP_NEEDS.map((n) => n.present()))
  return INTEROP_NEEDS.filter((_, i) => !present[i]).map(
    (n) => `${n.name} (${n.from})`
  )
}
