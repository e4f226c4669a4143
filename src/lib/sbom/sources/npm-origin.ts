/**
 * Where an npm-family package comes from, from its `resolved` / tarball URL:
 * the Origin, and the purl qualifiers @cyclonedx/cyclonedx-npm writes for it
 * (vcs_url for git, download_url for anything but the default registry), so
 * purls compare equal with the reference tool.
 */
import {
  folderSource,
  gitOrigin,
  type PackageSource
} from './package-source.js'
import { joinPath } from './parse-text.js'
import { NPM_DEFAULT_REGISTRY, type Qualifiers } from './purl.js'

const VCS =
  /^git(?:\+[^:]+)?:|\.git(?:#|$)|^ssh:|^(?:github|gitlab|bitbucket|gist):/i
const CODELOAD =
  /^https:\/\/codeload\.github\.com\/([^/]+)\/([^/]+)\/tar\.gz\/([^/?#]+)$/
const ARCHIVE = /\.(?:tgz|tar\.gz|tar|zip)$/i

export type NpmSource = PackageSource

function splitFragment(url: string): [string, string | undefined] {
  const hash = url.indexOf('#')
  return hash === -1
    ? [url, undefined]
    : [url.slice(0, hash), url.slice(hash + 1)]
}

/** `resolved` relative paths are relative to the lockfile's folder (`lockDir`). */
export function npmSource(
  resolved: string | undefined,
  name: string,
  lockDir: string
): NpmSource {
  if (resolved === undefined || resolved === '')
    return { origin: { kind: 'registry' }, qualifiers: {} }
  if (/^file:/i.test(resolved)) {
    const path = joinPath(lockDir, resolved.slice(5))
    return ARCHIVE.test(path)
      ? { origin: { kind: 'file', path }, qualifiers: {} }
      : folderSource(path)
  }
  if (VCS.test(resolved)) {
    const [url, commit] = splitFragment(resolved)
    return { origin: gitOrigin(url, commit), qualifiers: { vcs_url: resolved } }
  }
  const qualifiers: Qualifiers = NPM_DEFAULT_REGISTRY.test(resolved)
    ? {}
    : { download_url: resolved }
  const codeload = CODELOAD.exec(resolved)
  if (codeload) {
    const [, owner, repo, commit] = codeload as unknown as [
      string,
      string,
      string,
      string
    ]
    return {
      origin: {
        kind: 'git',
        url: `https://github.com/${owner}/${repo}.git`,
        commit
      },
      qualifiers
    }
  }
  const [url] = splitFragment(resolved)
  if (NPM_DEFAULT_REGISTRY.test(url) || url.includes(`/${name}/-/`)) {
    return { origin: { kind: 'registry', url }, qualifiers }
  }
  return { origin: { kind: 'url', url }, qualifiers }
}

/** A dependency spec (`npm:real@1.0.0`) naming an alias target: the real name. */
export function aliasTarget(spec: string): string | undefined {
  if (!spec.startsWith('npm:')) return undefined
  const rest = spec.slice(4)
  const at = rest.indexOf('@', 1)
  return at === -1 ? rest : rest.slice(0, at)
}
