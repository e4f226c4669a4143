/**
 * A run's subjects from their source: subject-path globs matched inside the
 * workspace (symlinks resolved and checked) and hashed with SHA-256 as they
 * stream; a subject-checksums file read and parsed; or the digests given.
 */
import { readFile, realpath } from 'node:fs/promises'
import path from 'node:path'
import { glob } from 'tinyglobby'
import { InputError, InputErrors } from '../../lib/errors.js'
import { isOwnOutput } from '../../lib/provenance/plan.js'
import type { SubjectSource } from '../../lib/provenance/subject-source.js'
import type { PathFence } from '../fs/path-fence.js'
import { allows, realFence } from '../fs/path-fence.js'
import { parseChecksums } from '../../lib/subject/checksums.js'
import type { Subject } from '../../lib/subject/subject.js'
import { dedupeSubjects } from '../../lib/subject/subject.js'
import { sha256Files } from '../fs/hash.js'

/**
 * `outputDir`: bundles, .intoto.jsonl files and build-provenance.json found
 * there by a glob are Provenant's own earlier outputs, not subjects.
 */
export async function resolveSubjects(
  source: SubjectSource,
  fence: PathFence,
  outputDir: string
): Promise<Subject[]> {
  const workspace = fence.base
  switch (source.kind) {
    case 'digest':
      return source.subjects
    case 'checksums': {
      const file = path.resolve(workspace, source.file)
      const text = await readInputFile('subject-checksums', file)
      return parseChecksums(text.toString('utf8'), {
        input: 'subject-checksums',
        file: source.file
      })
    }
    case 'path':
      return subjectsFromPaths(source.patterns, fence, outputDir)
  }
}

async function subjectsFromPaths(
  patterns: readonly string[],
  given: PathFence,
  outputDir: string
): Promise<Subject[]> {
  const fence = await realFence(given)
  const root = fence.base
  const outputs = await realpath(outputDir).catch(() => outputDir)
  const ownOutput = (file: string): boolean =>
    path.dirname(file) === outputs && isOwnOutput(path.basename(file))
  const problems: InputError[] = []
  const files = new Set<string>()
  for (const pattern of patterns) {
    const absolute = path.resolve(root, pattern)
    const fixed = absolute.split(/[*?[{]/)[0]!
    if (!allows(fence, fixed)) {
      problems.push(outside(pattern, root, ''))
      continue
    }
    const matches = await glob(path.relative(root, absolute) || '.', {
      cwd: root,
      absolute: true,
      onlyFiles: true,
      expandDirectories: false,
      followSymbolicLinks: true
    })
    if (matches.length === 0) {
      problems.push(
        new InputError(
          'PROVENANCE_NO_MATCH',
          `input "subject-path": "${pattern}" matches no file in ${root}; build the artifacts first, or check the path`
        )
      )
    }
    for (const match of matches) {
      const real = await realpath(match)
      if (ownOutput(real)) continue
      if (allows(fence, real)) files.add(real)
      else problems.push(outside(pattern, root, ` (${match} links to ${real})`))
    }
  }
  if (problems.length > 0) throw new InputErrors(problems)
  const sorted = [...files].sort()
  const subjects = (await sha256Files(sorted)).map((file) => ({
    name: path.basename(file.path),
    digest: { sha256: file.sha256 }
  }))
  return dedupeSubjects(subjects)
}

function outside(pattern: string, root: string, detail: string): InputError {
  return new InputError(
    'PROVENANCE_PATH_OUTSIDE_WORKSPACE',
    `input "subject-path": "${pattern}"${detail} is outside the workspace ${root}; attest files inside it (copy them in, or set GITHUB_WORKSPACE)`
  )
}

/** A file an input names; an InputError naming the input when unreadable. */
export async function readInputFile(
  input: string,
  file: string
): Promise<Buffer> {
  try {
    return await readFile(file)
  } catch (error) {
    const code = (error as { code?: unknown }).code
    throw new InputError(
      'PROVENANCE_FILE_UNREADABLE',
      `input "${input}": cannot read ${file}${code === 'ENOENT' ? ' (no such file)' : typeof code === 'string' ? ` (${code})` : ''}`,
      { cause: error }
    )
  }
}
