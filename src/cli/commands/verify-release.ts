/**
 * `verify --release owner/repo@tag` (or a release address): the release's
 * assets downloaded into the cache (PROVENANT_CACHE_DIR, else
 * $XDG_CACHE_HOME/provenant or ~/.cache/provenant) and verified as a
 * folder. Without another signer policy, the release's own repository is
 * the one its signatures must come from.
 */
import os from 'node:os'
import path from 'node:path'
import { InputError } from '../../lib/errors.js'
import type { InputSource } from '../../lib/inputs/index.js'
import { parseReleaseRef } from '../../lib/verify/release-ref.js'
import { DEFAULT_GITHUB_API_URL } from '../../io/github/environment.js'
import { downloadRelease } from '../../io/verify/release-download.js'
import type { CliOutput } from '../output.js'

/** Flags that say who must have signed; without any, --release names the repository. */
const SIGNER_FLAGS = [
  'certificate-identity',
  'certificate-identity-regexp',
  'repo',
  'signer-workflow',
  'public-key',
  'key'
]

export interface ReleaseTarget {
  folder: string
  /** The source with `repo` set to the release's repository when no signer was named. */
  source: InputSource
}

export async function fetchReleaseTarget(
  given: string,
  positionals: readonly string[],
  source: InputSource,
  output: CliOutput
): Promise<ReleaseTarget> {
  const ref = parseReleaseRef(given)
  if (positionals.length > 0) {
    throw new InputError(
      'VERIFY_RELEASE_WITH_FILES',
      `--release verifies the whole release: give it without files or folders (here: ${positionals.join(' ')})`
    )
  }
  const env = process.env
  const folder = await downloadRelease(ref, {
    apiUrl: env.GITHUB_API_URL || apiUrlOf(given),
    token: source('github-token'),
    cacheDir: cacheRoot(env),
    log: (m) => output.err(m)
  })
  const named = SIGNER_FLAGS.some((name) => source(name) !== undefined)
  return {
    folder,
    source: (name) =>
      name === 'repo' && !named ? `${ref.owner}/${ref.repo}` : source(name)
  }
}

/** api.github.com for github.com and owner/repo@tag; <host>/api/v3 for a GitHub Enterprise address. */
function apiUrlOf(given: string): string {
  if (!/^https?:\/\//.test(given)) return DEFAULT_GITHUB_API_URL
  const url = new URL(given)
  if (url.host === 'github.com') return DEFAULT_GITHUB_API_URL
  return `${url.origin}/api/v3`
}

function cacheRoot(env: NodeJS.ProcessEnv): string {
  if (env.PROVENANT_CACHE_DIR) return path.resolve(env.PROVENANT_CACHE_DIR)
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache')
  return path.join(base, 'provenant')
}
