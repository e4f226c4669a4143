/**
 * `hashFiles(pattern, ...)` as GitHub's runner computes it: the files the
 * glob patterns match inside the workspace (`!` excludes; directories and
 * anything outside the workspace skipped), each hashed with SHA-256, and
 * those digests hashed in turn; '' when nothing matches. Files are taken in
 * path order, so the answer does not depend on the file system's.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { globSync } from 'tinyglobby'
import { InputError } from '../../lib/errors.js'

export function hashFiles(
  workspace: string,
  patterns: readonly string[]
): string {
  if (patterns.length === 0) {
    throw new InputError(
      'RUNNER_EXPRESSION',
      "hashFiles() needs at least one pattern, e.g. hashFiles('**/package-lock.json')"
    )
  }
  const include = patterns.filter((p) => !p.startsWith('!'))
  const ignore = patterns
    .filter((p) => p.startsWith('!'))
    .map((p) => p.slice(1))
  const files = globSync(include, {
    cwd: workspace,
    ignore,
    dot: true,
    onlyFiles: true,
    absolute: true,
    followSymbolicLinks: false
  })
    .filter((file) => {
      const relative = path.relative(workspace, file)
      return !relative.startsWith('..') && !path.isAbsolute(relative)
    })
    .sort()
  if (files.length === 0) return ''
  const all = createHash('sha256')
  for (const file of files) {
    all.update(createHash('sha256').update(readFileSync(file)).digest())
  }
  return all.digest('hex')
}
