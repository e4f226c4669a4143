/**
 * Where a locked package comes from, the shape every reader gives: its Origin
 * and the purl qualifiers that go with it (vcs_url for git, download_url for a
 * direct URL). The forms several formats share are built here.
 */
import type { Origin } from '../model.js'
import type { Qualifiers } from './purl.js'

export interface PackageSource {
  origin: Origin
  qualifiers: Qualifiers
}

/** A git origin, with its commit when the lockfile pins one. */
export function gitOrigin(url: string, commit: string | undefined): Origin {
  return commit ? { kind: 'git', url, commit } : { kind: 'git', url }
}

/** A git repository (a leading `git+` dropped) at a commit: vcs_url `git+<url>@<commit>`. */
export function gitSource(
  url: string,
  commit: string | undefined
): PackageSource {
  const clean = url.replace(/^git\+/, '')
  return {
    origin: gitOrigin(clean, commit),
    qualifiers: { vcs_url: `git+${clean}${commit ? `@${commit}` : ''}` }
  }
}

/** A folder of the tree (a path dependency): the project's own code, not a package. */
export function folderSource(path: string): PackageSource {
  return { origin: { kind: 'file', path, directory: true }, qualifiers: {} }
}

/** An archive fetched from a direct URL. */
export function downloadSource(url: string): PackageSource {
  return { origin: { kind: 'url', url }, qualifiers: { download_url: url } }
}
