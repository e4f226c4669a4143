/**
 * Workspace member globs (npm/yarn `workspaces`, Cargo `members`) matched
 * against the manifest paths found in the tree: a TreeReader reads files but
 * cannot list folders, so the io layer hands readers the manifests it saw.
 */
import { joinPath } from './parse-text.js'

/** `packages/*`, `crates/**`, `./tools/x` -> a RegExp over POSIX folder paths. */
export function globToRegExp(pattern: string): RegExp {
  const clean = joinPath(pattern.replace(/\/+$/, ''))
  let source = ''
  for (let i = 0; i < clean.length; i++) {
    const c = clean[i] as string
    if (c === '*' && clean[i + 1] === '*') {
      source += '.*'
      i++
    } else if (c === '*') source += '[^/]*'
    else if (c === '?') source += '[^/]'
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

/**
 * Folders (relative to the tree) of the member manifests named `manifestName`
 * under `baseDir` that the patterns select; `!pattern` excludes.
 */
export function matchMembers(
  baseDir: string,
  patterns: readonly string[],
  manifestPaths: readonly string[],
  manifestName: string
): string[] {
  const include = patterns.filter((p) => !p.startsWith('!')).map(globToRegExp)
  const exclude = patterns
    .filter((p) => p.startsWith('!'))
    .map((p) => globToRegExp(p.slice(1)))
  const prefix = baseDir === '' ? '' : `${baseDir}/`
  const out: string[] = []
  for (const path of manifestPaths) {
    if (!path.endsWith(`/${manifestName}`) || !path.startsWith(prefix)) continue
    const folder = path.slice(
      prefix.length,
      path.length - manifestName.length - 1
    )
    if (
      include.some((r) => r.test(folder)) &&
      !exclude.some((r) => r.test(folder))
    ) {
      out.push(joinPath(baseDir, folder))
    }
  }
  // Literal member paths work without the manifest list.
  for (const pattern of patterns) {
    if (!/[*?![]/.test(pattern)) {
      const folder = joinPath(baseDir, pattern)
      if (!out.includes(folder)) out.push(folder)
    }
  }
  return out.sort()
}
