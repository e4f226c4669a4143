/**
 * Global setup of the interop tier (`npm run test:interop`): it needs the
 * Debian tools that check our output and the real-world data beside the
 * checkout (`.ci/run` installs and provides them). A missing tool or a
 * missing corpus fails the whole run before any test starts, naming each;
 * it is never a skip. Plain JavaScript: jest loads a global setup as is.
 */
import { execFile } from 'node:child_process'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)
const SHARED_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'shared'
)

const onPath = (command, pkg) => ({
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

const sharedDir = (name) => ({
  name: `../shared/${name}`,
  from: 'the corpus beside the checkout (.ci/run provides it)',
  present: () =>
    stat(path.join(SHARED_DIR, name)).then(
      (s) => s.isDirectory(),
      () => false
    )
})

export const INTEROP_NEEDS = [
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
  {
    name: 'golang.org/x/crypto (scrypt, nacl/secretbox) for Go',
    from: 'Debian package golang-golang-x-crypto-dev',
    present: () =>
      stat('/usr/share/gocode/src/golang.org/x/crypto/nacl/secretbox').then(
        (s) => s.isDirectory(),
        () => false
      )
  },
  onPath('gh', 'gh'),
  onPath('debootstrap', 'debootstrap'),
  onPath('objcopy', 'binutils'),
  onPath('cc', 'gcc'),
  onPath('unzip', 'unzip'),
  {
    name: 'python3 with build, setuptools and wheel',
    from: 'Debian packages python3-build python3-setuptools python3-wheel',
    present: () =>
      run('/usr/bin/python3', ['-c', 'import build, setuptools, wheel'], {
        timeout: 30_000
      }).then(
        () => true,
        () => false
      )
  },
  sharedDir('corpus'),
  sharedDir('schemas'),
  sharedDir('osv')
]

export default async function interopSetup() {
  const present = await Promise.all(INTEROP_NEEDS.map((n) => n.present()))
  const missing = INTEROP_NEEDS.filter((_, i) => !present[i]).map(
    (n) => `${n.name} (${n.from})`
  )
  if (missing.length > 0) {
    throw new Error(
      `the interop tier needs what is missing here:\n  ${missing.join('\n  ')}\nrun \`bash .ci/run\` (it installs the tools and provides the corpus), or install them and put the corpus at ../shared`
    )
  }
}
