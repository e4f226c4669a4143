/**
 * The line of a lockfile that locks a package at a version, for SARIF: the
 * first line naming the package whose next few lines (or itself) carry the
 * version. It reads every format Provenant describes: package-lock
 * ("node_modules/x" then "version"), yarn.lock, pnpm-lock.yaml, poetry.lock,
 * uv.lock and Cargo.lock (name then version), go.mod and requirements files
 * (both on one line).
 */

const WINDOW = 6
const NAME_CHAR = /[a-z0-9_.-]/
const VERSION_BEFORE = /[a-z0-9.^~<>]/
const VERSION_AFTER = /[a-z0-9.+]/

function hasToken(
  line: string,
  token: string,
  before: RegExp,
  after: RegExp
): boolean {
  for (
    let at = line.indexOf(token);
    at >= 0;
    at = line.indexOf(token, at + 1)
  ) {
    const prev = at > 0 ? line[at - 1]! : ' '
    const next = line[at + token.length] ?? ' '
    if (!before.test(prev) && !after.test(next)) return true
  }
  return false
}

export class LockfileLines {
  private readonly lines: string[]

  constructor(text: string) {
    this.lines = text.toLowerCase().split(/\r?\n/)
  }

  /** 1-based line, or undefined when the package is not found at that version. */
  find(name: string, version: string): number | undefined {
    const n = name.toLowerCase()
    const v = version.toLowerCase()
    for (let i = 0; i < this.lines.length; i++) {
      if (
        !this.lines[i]!.includes(n) ||
        !hasToken(this.lines[i]!, n, NAME_CHAR, NAME_CHAR)
      )
        continue
      for (let j = i; j < Math.min(this.lines.length, i + WINDOW); j++) {
        if (
          j > i &&
          hasToken(this.lines[j]!, n, NAME_CHAR, NAME_CHAR) &&
          !this.lines[j]!.includes(v)
        )
          break
        if (hasToken(this.lines[j]!, v, VERSION_BEFORE, VERSION_AFTER))
          return i + 1
      }
    }
    return undefined
  }
}
