/**
 * Line-level pieces of the requirements reader: continuation lines, where a
 * direct URL or path requirement comes from, and the name and version an
 * archive file name spells.
 */
import { joinPath } from './parse-text.js'
import { downloadSource, gitSource } from './package-source.js'
import { pathSource, type PythonSource } from './python-project.js'

/** Logical lines: continuations joined, with the number of the line each starts on. */
export function logicalLines(
  text: string
): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = []
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1
    let current = lines[i] as string
    while (current.endsWith('\\') && i + 1 < lines.length)
      current = current.slice(0, -1) + ' ' + (lines[++i] as string)
    out.push({ text: current, line: start })
  }
  return out
}

export function urlSource(url: string, lockDir: string): PythonSource {
  if (/^(git|hg|svn|bzr)\+/.test(url)) {
    const clean = url.split('#')[0] as string
    const at = clean.lastIndexOf('@')
    const hasRef =
      at > clean.indexOf('://') + 3 && !clean.slice(at).includes('/')
    return gitSource(
      hasRef ? clean.slice(0, at) : clean,
      hasRef ? clean.slice(at + 1) : undefined
    )
  }
  if (/^file:/.test(url))
    return pathSource(joinPath(lockDir, url.replace(/^file:(\/\/)?/, '')))
  if (/^[a-z]+:\/\//i.test(url)) return downloadSource(url)
  return pathSource(joinPath(lockDir, url))
}

/** `pkg-1.0.tar.gz` / `pkg-1.0-py3-none-any.whl` -> [name, version]. */
export function archiveNameVersion(url: string): [string, string] | undefined {
  const file = (url.split(/[?#]/)[0] ?? '').split('/').pop() ?? ''
  const parts = file.replace(/\.(whl|tar\.gz|zip|tar\.bz2)$/, '').split('-')
  if (file.endsWith('.whl'))
    return parts.length >= 2
      ? [parts[0] as string, parts[1] as string]
      : undefined
  const version = parts.pop()
  return parts.length > 0 && version && /^\d/.test(version)
    ? [parts.join('-'), version]
    : undefined
}
