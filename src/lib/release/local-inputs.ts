/**
 * The flags of the commands that run on the embedded local stack: `provenant
 * release --local` (publish.yml on this machine), `provenant demo` and
 * `provenant local`. One table each for the flags and their help, and the
 * parser of `release --local` into the typed request.
 */
import { InputError } from '../errors.js'
import type { FlagValues } from '../inputs/index.js'
import { defineInputs, JSON_INPUT } from '../inputs/index.js'

export const DEFAULT_LOCAL_TAG = 'v0.0.0-local'
export const DEFAULT_DEMO_OUT = 'demo-release'

export const LOCAL_RELEASE_INPUTS = defineInputs({
  local: {
    kind: 'boolean',
    required: true,
    description:
      'Run the reusable workflow publish.yml on this machine with the embedded local stack (on GitHub, call publish.yml instead).'
  },
  build: {
    kind: 'string',
    required: true,
    description:
      'Shell command that builds the artifacts in the project folder (the workflow input build-command).',
    example: 'npm pack --pack-destination dist'
  },
  artifacts: {
    kind: 'string',
    required: true,
    description:
      'Globs of the built artifacts, relative to the project folder, newline or space separated.',
    example: 'dist/*'
  },
  out: {
    kind: 'string',
    required: true,
    description:
      'Folder to download the published release into (assets, signatures, SBOMs, provenance, VERIFY.md); it must be new, empty or one Provenant wrote.',
    example: 'release'
  },
  repo: {
    kind: 'string',
    description:
      'The owner/name the local release is published under (default: provenant-local/<project folder name>).',
    example: 'acme/widget'
  },
  'legacy-sig': {
    kind: 'boolean',
    description:
      'Also write cosign-style .sig and .crt files beside each bundle.'
  },
  rebuild: {
    kind: 'boolean',
    default: 'true',
    description:
      'Rebuild the commit in a clean checkout and hold the release to it (--no-rebuild skips it).'
  },
  'sbom-targets': {
    kind: 'string',
    description:
      'Source folders to describe, inside the project, newline or space separated (default: the project folder).',
    example: 'src tools'
  },
  tag: {
    kind: 'string',
    default: DEFAULT_LOCAL_TAG,
    description: 'The tag the local GitHub release is published under.',
    example: 'v1.2.3'
  },
  json: JSON_INPUT
})

export const DEMO_INPUTS = defineInputs({
  out: {
    kind: 'string',
    default: DEFAULT_DEMO_OUT,
    description:
      'Folder to download the release into; replaced only when Provenant wrote it before.',
    example: 'my-demo'
  },
  json: JSON_INPUT
})

export const LOCAL_STACK_INPUTS = defineInputs({
  'trust-dir': {
    kind: 'string',
    description:
      'Folder to write the local trusted_root.json and signing_config.json into (created when missing); a new temp folder when not given.',
    example: 'local-trust'
  }
})

/** `release --local`, its paths as given (not yet resolved). */
export interface LocalReleaseFlags {
  projectDir: string
  outDir: string
  /** owner/name; when not given, the caller names it after the project folder. */
  repository?: string
  tag: string
  /** The inputs of publish.yml. */
  inputs: Record<string, unknown>
  json: boolean
}

/** The flags and the one <project-dir> into a request; every problem at once, with the usage. */
export function parseLocalReleaseInputs(
  values: FlagValues<typeof LOCAL_RELEASE_INPUTS>,
  positionals: readonly string[],
  usage: string
): LocalReleaseFlags {
  const problems: string[] = []
  if (!values.local) {
    problems.push(
      'add --local: this command runs the pipeline on this machine with the embedded local stack (on GitHub, call the reusable workflow publish.yml)'
    )
  }
  if (positionals.length !== 1) problems.push('give exactly one <project-dir>')
  if (!values.build) problems.push('--build "<command>" is required')
  if (!values.artifacts) problems.push('--artifacts "<glob>" is required')
  if (!values.out) problems.push('--out <dir> is required')
  if (values.repo !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(values.repo)) {
    problems.push(`--repo "${values.repo}" is not owner/name`)
  }
  if (problems.length > 0) {
    throw new InputError(
      'INPUT_USAGE',
      `${problems.join('; ')}\nusage: ${usage}`
    )
  }
  return {
    projectDir: positionals[0]!,
    outDir: values.out!,
    ...(values.repo !== undefined ? { repository: values.repo } : {}),
    tag: values.tag ?? DEFAULT_LOCAL_TAG,
    inputs: {
      'build-command': values.build!,
      artifacts: values.artifacts!,
      'legacy-sig': values['legacy-sig'] === true,
      rebuild: values.rebuild !== false,
      ...(values['sbom-targets']
        ? { 'sbom-targets': values['sbom-targets'] }
        : {})
    },
    json: values.json === true
  }
}
