/**
 * Where files come from and where their signatures go: patterns confined to
 * the workspace, and one output path per file with no two files writing
 * the same name.
 */
import path from 'node:path'
import { InputError } from '../errors.js'

export const BUNDLE_SUFFIX = '.sigstore.json'
export const SIGNATURE_SUFFIX = '.sig'
export const CERTIFICATE_SUFFIX = '.crt'
const OUTPUT_SUFFIXES = [BUNDLE_SUFFIX, SIGNATURE_SUFFIX, CERTIFICATE_SUFFIX]

const GLOB_CHARS = /[*?[\]{}()!+@]/

export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate)
  const escapes =
    relative === '..' ||
    relative.startsWith(`..${path.sep}`) ||
    path.isAbsolute(relative)
  return !escapes
}

/**
 * A pattern as tinyglobby takes it, relative to the workspace; an InputError
 * when its fixed part (before the first glob character) leaves the workspace.
 */
export function toWorkspacePattern(workspace: string, pattern: string): string {
  const segments = pattern.replaceAll('\\', '/').split('/')
  const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s))
  const fixed = firstGlob < 0 ? segments : segments.slice(0, firstGlob)
  const rest = firstGlob < 0 ? [] : segments.slice(firstGlob)
  const base = path.resolve(workspace, fixed.join('/') || '.')
  if (!isInside(workspace, base) || rest.includes('..')) {
    throw new InputError(
      'SIGN_PATH_OUTSIDE_WORKSPACE',
      `input "files": "${pattern}" is outside the workspace ${workspace}; copy the file into the workspace or set GITHUB_WORKSPACE`
    )
  }
  const relative = path.relative(workspace, base).replaceAll('\\', '/')
  return [relative, ...rest].filter((s) => s !== '').join('/') || '.'
}

/**
 * Drops matches that are signatures of another match (`a.sigstore.json`
 * when `a` is matched too), so `dist/*` signs the same files on a re-run.
 */
export function dropOwnOutputs(files: readonly string[]): {
  kept: string[]
  dropped: string[]
} {
  const all = new Set(files)
  const kept: string[] = []
  const dropped: string[] = []
  for (const file of files) {
    const suffix = OUTPUT_SUFFIXES.find((s) => file.endsWith(s))
    if (suffix && all.has(file.slice(0, -suffix.length))) dropped.push(file)
    else kept.push(file)
  }
  return { kept, dropped }
}

export interface OutputPaths {
  bundle: string
  signature: string | undefined
  certificate: string | undefined
}

/** Output paths per file (absolute), beside each file or in `outputDir`. */
export function planOutputs(
  files: readonly string[],
  options: { outputDir: string | undefined; legacySig: boolean; keyed: boolean }
): OutputPaths[] {
  const byName = new Map<string, string>()
  const problems: string[] = []
  const plans = files.map((file) => {
    const base = options.outputDir
      ? path.join(options.outputDir, path.basename(file))
      : file
    const earlier = byName.get(base)
    if (earlier !== undefined) {
      problems.push(
        `"${earlier}" and "${file}" would both write ${path.basename(base)}${BUNDLE_SUFFIX}`
      )
    }
    byName.set(base, file)
    return {
      bundle: `${base}${BUNDLE_SUFFIX}`,
      signature: options.legacySig ? `${base}${SIGNATURE_SUFFIX}` : undefined,
      certificate:
        options.legacySig && !options.keyed
          ? `${base}${CERTIFICATE_SUFFIX}`
          : undefined
    }
  })
  if (problems.length > 0) {
    throw new InputError(
      'SIGN_OUTPUT_COLLISION',
      `input "output-dir": ${problems.join('; ')}; sign them in separate steps or leave "output-dir" empty to write beside each file`
    )
  }
  return plans
}

/** The directory a pattern's fixed part names: `dist` for `dist/*.tgz` and `dist/a.tgz`. */
export function fixedDirectoryOf(pattern: string): string {
  const segments = pattern.replaceAll('\\', '/').split('/')
  const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s))
  const fixed =
    firstGlob < 0 ? segments.slice(0, -1) : segments.slice(0, firstGlob)
  return fixed.join('/') || (pattern.startsWith('/') ? '/' : '.')
}
