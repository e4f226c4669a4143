/**
 * The reference a rebuild must reproduce, from what the `reference` input
 * names: a directory of artifacts (its files, hashed), a checksums file, or
 * the tag of a GitHub release (its assets, downloaded and hashed). Only the
 * files the artifact globs name count; the others are listed as ignored.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { InputError, ServiceError } from '../../lib/errors.js'
import { parseChecksumFile } from '../../lib/rebuild/checksums.js'
import type { ReferenceArtifact } from '../../lib/rebuild/compare.js'
import type { ReferenceInfo } from '../../lib/rebuild/model.js'
import type { NameMatcher } from '../../lib/rebuild/name-patterns.js'
import type { GitHubApi } from './github-release.js'
import { downloadAsset, fetchReleaseByTag } from './github-release.js'
import { sha256Files } from '../fs/hash.js'
import { githubApiUrl } from '../github/environment.js'

export interface LoadedReference {
  info: ReferenceInfo
  artifacts: ReferenceArtifact[]
  /** name -> file, for the explainers; empty for a checksums file. */
  files: Map<string, string>
  cleanup(): Promise<void>
}

export interface ReferenceDeps {
  /** Where a relative `reference` path starts. */
  cwd: string
  tempDir: string
  /** Undefined outside a repository context (no GITHUB_REPOSITORY). */
  github: Omit<GitHubApi, 'repository'> & { repository: string | undefined }
  log: (message: string) => void
}

const MAX_CHECKSUMS_FILE_BYTES = 16 * 1024 * 1024

/** The GitHub API a release tag is fetched from, as the runner's environment names it. */
export function toReferenceGitHub(
  env: Readonly<Record<string, string | undefined>>,
  token: string | undefined
): ReferenceDeps['github'] {
  return {
    apiUrl: githubApiUrl(env),
    repository: env.GITHUB_REPOSITORY,
    token
  }
}

export async function loadReference(
  reference: string,
  wanted: NameMatcher,
  deps: ReferenceDeps
): Promise<LoadedReference> {
  const local = path.resolve(deps.cwd, reference)
  const found = await stat(local).catch(() => undefined)
  if (found?.isDirectory()) return fromDirectory(reference, local, wanted)
  if (found?.isFile())
    return fromChecksums(reference, local, wanted, found.size)
  const repository = deps.github.repository
  if (!repository) {
    throw new InputError(
      'REBUILD_REFERENCE_NOT_FOUND',
      `input "reference": "${reference}" is neither a directory nor a file (in ${deps.cwd}), and without GITHUB_REPOSITORY (owner/name) it cannot be a release tag; set GITHUB_REPOSITORY or give a path`
    )
  }
  return fromRelease(reference, { ...deps.github, repository }, wanted, deps)
}

async function fromDirectory(
  reference: string,
  dir: string,
  wanted: NameMatcher
): Promise<LoadedReference> {
  const entries = await readdir(dir, { withFileTypes: true })
  const names = entries
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort()
  const { kept, ignored } = split(names, wanted, reference)
  const digests = await sha256Files(kept.map((n) => path.join(dir, n)))
  return {
    info: { kind: 'directory', location: reference, ignored },
    artifacts: kept.map((name, i) => ({
      name,
      sha256: digests[i]!.sha256,
      size: digests[i]!.size
    })),
    files: new Map(kept.map((n) => [n, path.join(dir, n)])),
    cleanup: () => Promise.resolve()
  }
}

async function fromChecksums(
  reference: string,
  file: string,
  wanted: NameMatcher,
  size: number
): Promise<LoadedReference> {
  if (size > MAX_CHECKSUMS_FILE_BYTES) {
    throw new InputError(
      'REBUILD_CHECKSUMS_TOO_LARGE',
      `input "reference": ${reference} (${size} bytes) is too large for a checksums file; give a directory of artifacts instead`
    )
  }
  const entries = parseChecksumFile(await readFile(file, 'utf8'), reference)
  const { kept, ignored } = split(
    entries.map((e) => e.name),
    wanted,
    reference
  )
  return {
    info: { kind: 'checksums', location: reference, ignored },
    artifacts: entries.filter((e) => kept.includes(e.name)),
    files: new Map(),
    cleanup: () => Promise.resolve()
  }
}

async function fromRelease(
  tag: string,
  api: GitHubApi,
  wanted: NameMatcher,
  deps: ReferenceDeps
): Promise<LoadedReference> {
  const release = await fetchReleaseByTag(api, tag)
  const { kept, ignored } = split(
    release.assets.map((a) => a.name),
    wanted,
    tag
  )
  const dir = await mkdtemp(path.join(deps.tempDir, 'provenant-reference-'))
  const cleanup = (): Promise<void> => rm(dir, { recursive: true, force: true })
  try {
    const files = new Map<string, string>()
    for (const asset of release.assets.filter((a) => kept.includes(a.name))) {
      deps.log(
        `Downloading ${asset.name} (${asset.size} bytes) from release ${tag}`
      )
      files.set(asset.name, await downloadAsset(api, asset, dir))
    }
    const names = [...files.keys()]
    const digests = await sha256Files(names.map((n) => files.get(n)!))
    const artifacts = names.map((name, i) => ({
      name,
      sha256: digests[i]!.sha256,
      size: digests[i]!.size
    }))
    for (const artifact of artifacts) {
      const stated = release.assets.find(
        (a) => a.name === artifact.name
      )?.digest
      if (
        stated?.startsWith('sha256:') &&
        stated.slice(7).toLowerCase() !== artifact.sha256
      ) {
        throw new ServiceError(
          'github',
          `release asset ${artifact.name} downloaded with SHA-256 ${artifact.sha256}, but GitHub states ${stated}: the download is damaged`
        )
      }
    }
    return {
      info: {
        kind: 'release',
        location: tag,
        repository: api.repository,
        tag: release.tag,
        url: release.htmlUrl,
        ignored
      },
      artifacts,
      files,
      cleanup
    }
  } catch (error) {
    await cleanup()
    throw error
  }
}

function split(
  names: readonly string[],
  wanted: NameMatcher,
  reference: string
): { kept: string[]; ignored: string[] } {
  const kept = names.filter((n) => wanted(n))
  const ignored = names.filter((n) => !wanted(n))
  if (kept.length === 0) {
    const held = names.length === 0 ? 'nothing' : names.slice(0, 10).join(', ')
    throw new InputError(
      'REBUILD_REFERENCE_EMPTY',
      `input "reference": ${reference} holds no file the "artifacts" globs name (it holds ${held}); compare the globs' file-name parts with the reference`
    )
  }
  return { kept, ignored }
}
