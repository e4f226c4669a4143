/**
 * The sbom action's inputs: one table for actions/sbom/action.yml and the
 * `provenant sbom` flags, and the parser both go through. Every problem is
 * collected and reported at once.
 */
import { InputError, InputErrors } from '../errors.js'
import type { InputSource } from '../inputs/index.js'
import {
  defineInputs,
  parseBoolean,
  parseList,
  readRaw
} from '../inputs/index.js'
import { SBOM_FORMATS, type SbomFormat } from './document.js'
import { OUTPUT_DIR_INPUT } from '../inputs/shared.js'

export const SBOM_INPUTS = defineInputs({
  path: {
    kind: 'list',
    default: '.',
    description:
      'What to describe, paths or globs, newline or space separated, resolved inside the workspace: a directory is a source tree (its lockfiles, or its installed packages when it has none), a lockfile is that lockfile (with its manifest beside it), an OCI image layout folder or a docker-archive tar is a container image, any other file is a built artifact (wheel, sdist, npm .tgz, Go or Rust binary, or any file); oci://registry/repo:tag (or @sha256:...) is an image pulled from a registry.'
  },
  format: {
    kind: 'list',
    default: 'cyclonedx,spdx',
    description:
      'SBOM formats to write, separated by commas or spaces: cyclonedx (CycloneDX 1.6 JSON), spdx (SPDX 2.3 JSON).'
  },
  'output-dir': OUTPUT_DIR_INPUT,
  name: {
    kind: 'string',
    description:
      'Label in the file names (sbom-<label>.cyclonedx.json) instead of source (a directory), the artifact kind (wheel, sdist, npm), image-<repository> (an image), or the file name (a binary or any other file); only with a single path.'
  },
  installed: {
    kind: 'boolean',
    default: 'false',
    description:
      'Also describe the packages installed in a source tree (node_modules, Python dist-info and egg-info, Go and Cargo vendor folders) beside its lockfiles; a tree without a lockfile is always described by them.'
  }
})

export type SbomInputName = keyof typeof SBOM_INPUTS

export interface SbomInputs {
  paths: string[]
  formats: SbomFormat[]
  /** undefined: beside each path. */
  outputDir: string | undefined
  label: string | undefined
  /** Installed packages beside the lockfiles. */
  installed: boolean
}

const LABEL_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/

export function parseSbomInputs(source: InputSource): SbomInputs {
  const problems: InputError[] = []
  const raw = (name: SbomInputName): string | undefined => {
    try {
      return readRaw(SBOM_INPUTS, source, name)
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      problems.push(error)
      return undefined
    }
  }
  const paths = parseList(raw('path'))
  if (paths.length === 0) {
    problems.push(
      new InputError(
        'SBOM_NO_PATH',
        'input "path" names nothing: give a directory or an artifact file'
      )
    )
  }
  const formats: SbomFormat[] = []
  for (const value of parseList(raw('format')?.replaceAll(',', ' '))) {
    const format = value.toLowerCase() as SbomFormat
    if (!SBOM_FORMATS.includes(format)) {
      problems.push(
        new InputError(
          'SBOM_FORMAT_UNKNOWN',
          `input "format" has "${value}": use cyclonedx, spdx, or both (cyclonedx,spdx)`
        )
      )
    } else if (!formats.includes(format)) formats.push(format)
  }
  if (
    formats.length === 0 &&
    problems.every((p) => p.code !== 'SBOM_FORMAT_UNKNOWN')
  ) {
    problems.push(
      new InputError(
        'SBOM_NO_FORMAT',
        'input "format" names no format: use cyclonedx, spdx, or both'
      )
    )
  }
  let installed = false
  try {
    installed = parseBoolean('installed', raw('installed'))
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    problems.push(error)
  }
  const label = raw('name')
  if (label !== undefined && !LABEL_PATTERN.test(label)) {
    problems.push(
      new InputError(
        'SBOM_NAME_INVALID',
        `input "name" must be letters, digits, ".", "_" or "-" (starting with a letter or digit, at most 100), not "${label}"`
      )
    )
  }
  if (label !== undefined && paths.length > 1) {
    problems.push(
      new InputError(
        'SBOM_NAME_WITH_PATHS',
        `input "name" labels one SBOM, but "path" names ${paths.length}: drop "name" or give one path`
      )
    )
  }
  if (problems.length > 0) throw new InputErrors(problems)
  return {
    paths,
    formats: SBOM_FORMATS.filter((f) => formats.includes(f)),
    outputDir: raw('output-dir'),
    label,
    installed
  }
}
