/**
 * Which reference files the rebuild is about: those whose name matches the
 * last segment of an artifact glob (`dist/*.whl` -> `*.whl`). A release's
 * signatures, SBOMs and checksums files are then ignored unless a glob names
 * them.
 */

export type NameMatcher = (name: string) => boolean

export function toNameMatcher(globs: readonly string[]): NameMatcher {
  const patterns = globs.map((glob) => toRegExp(lastSegment(glob)))
  return (name) => patterns.some((p) => p.test(name))
}

function lastSegment(glob: string): string {
  const segments = glob.split('/').filter((s) => s !== '')
  return segments[segments.length - 1] ?? '*'
}

/** `*`, `?`, `[...]` and `{a,b}` as in the globs themselves; `**` matches any name. */
export function toRegExp(pattern: string): RegExp {
  let out = ''
  let braces = 0
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    if (c === '*') {
      while (pattern[i + 1] === '*') i++
      out += '.*'
    } else if (c === '?') out += '.'
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2)
      if (end < 0) out += '\\['
      else {
        const body = pattern.slice(i + 1, end).replace(/^!/, '^')
        out += `[${body.replace(/\\/g, '\\\\')}]`
        i = end
      }
    } else if (c === '{' && pattern.includes('}', i)) {
      braces++
      out += '(?:'
    } else if (c === '}' && braces > 0) {
      braces--
      out += ')'
    } else if (c === ',' && braces > 0) out += '|'
    else out += c.replace(/[.+^$(){}|\\/\]]/g, '\\$&')
  }
  return new RegExp(`^${out}$`, 's')
}
