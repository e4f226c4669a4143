/**
 * The rebuild action's inputs: one table for actions/rebuild/action.yml and
 * the `provenant rebuild` flags, and the one parser both go through. Every
 * problem is collected and reported at once.
 */
import { InputError } from '../errors.js'
import type { InputSource } from '../inputs/index.js'
import {
  collectProblems,
  defineInputs,
  parseBoolean,
  parseChoice,
  parseInteger,
  parseList,
  readRaw
} from '../inputs/index.js'
import { parseEnvLines } from './env-lines.js'
import { GITHUB_TOKEN_INPUT } from '../inputs/shared.js'
import type { SigningInputs } from '../sign/signing-inputs.js'
import { SIGNING_INPUTS, parseSigningInputs } from '../sign/signing-inputs.js'

export const EXPLAINER_CHOICES = ['auto', 'diffoscope', 'builtin'] as const
export type ExplainerChoice = (typeof EXPLAINER_CHOICES)[number]

export const MAX_BUILD_TIMEOUT_MINUTES = 24 * 60

export const REBUILD_INPUTS = defineInputs({
  build: {
    kind: 'string',
    required: true,
    description:
      'Shell command that builds the artifacts; it runs with sh in a fresh checkout of the source commit, in a normalised environment.'
  },
  artifacts: {
    kind: 'list',
    required: true,
    description:
      'Globs of the built artifacts, relative to working-directory in the checkout, newline or space separated.'
  },
  reference: {
    kind: 'string',
    required: true,
    description:
      'What the rebuild must reproduce: a directory of artifacts, a checksums file (sha256sum or shasum format), or the tag of a GitHub release whose assets are downloaded.'
  },
  source: {
    kind: 'string',
    default: '.',
    description:
      'The git repository to rebuild; the build never runs in it but in a temporary worktree.'
  },
  'source-ref': {
    kind: 'string',
    default: 'HEAD',
    description:
      'The commit to rebuild: a commit SHA, tag or branch of the source repository.'
  },
  'working-directory': {
    kind: 'string',
    default: '.',
    description:
      'Directory inside the checkout where the build command runs and the artifact globs start.'
  },
  env: {
    kind: 'list',
    description:
      'Extra environment variables for the build, one NAME=value per line; they override the normalised ones.'
  },
  'report-dir': {
    kind: 'string',
    default: 'provenant-rebuild',
    description:
      'Directory for report.json, report.md, rebuild.intoto.json, build.log and the explainers’ reports.'
  },
  explainer: {
    kind: 'string',
    default: 'auto',
    description:
      'How differences are explained: auto (diffoscope when it is on PATH, else the built-in archive comparison), diffoscope, or builtin.'
  },
  'fail-on-mismatch': {
    kind: 'boolean',
    default: 'true',
    description:
      'Fail the step (exit code 1 in the CLI) when the rebuild does not reproduce the reference.'
  },
  'build-timeout-minutes': {
    kind: 'integer',
    default: '60',
    description: 'Minutes the build command may run before it is stopped.'
  },
  sign: {
    kind: 'boolean',
    default: 'false',
    description:
      'Sign the verdict statement through Sigstore and write rebuild.sigstore.json beside it.'
  },
  'github-token': GITHUB_TOKEN_INPUT,
  ...SIGNING_INPUTS
})

export interface RebuildInputs {
  build: string
  artifacts: string[]
  reference: string
  source: string
  sourceRef: string
  workingDirectory: string
  env: Record<string, string>
  reportDir: string
  explainer: ExplainerChoice
  failOnMismatch: boolean
  buildTimeoutMinutes: number
  sign: boolean
  /** The Sigstore instance and retry bounds the verdict is signed with (sign: true). */
  signing: SigningInputs
  /** Undefined when no token is given (an unexpanded `${{ }}` counts as none). */
  githubToken: string | undefined
}

export function parseRebuildInputs(source: InputSource): RebuildInputs {
  const collector = collectProblems()
  const read = <T>(name: string, parse: (raw: string | undefined) => T): T =>
    collector.attempt(
      () => parse(readRaw(REBUILD_INPUTS, source, name)),
      undefined as T
    )
  const text = (raw: string | undefined): string => raw ?? ''
  // The instance only matters when the verdict is signed: its problems are
  // kept apart, and reported only then.
  const signingProblems = collectProblems()
  const inputs: RebuildInputs = {
    build: read('build', text),
    artifacts: read('artifacts', (raw) => checkGlobs(parseList(raw))),
    reference: read('reference', text),
    source: read('source', text),
    sourceRef: read('source-ref', text),
    workingDirectory: read('working-directory', (raw) =>
      checkInside('working-directory', raw ?? '.')
    ),
    env: read('env', (raw) => parseEnvLines('env', raw)),
    reportDir: read('report-dir', text),
    explainer: read(
      'explainer',
      (raw) => parseChoice('explainer', raw, EXPLAINER_CHOICES) ?? 'auto'
    ),
    failOnMismatch: read('fail-on-mismatch', (raw) =>
      parseBoolean('fail-on-mismatch', raw)
    ),
    buildTimeoutMinutes: read(
      'build-timeout-minutes',
      (raw) =>
        parseInteger('build-timeout-minutes', raw, {
          min: 1,
          max: MAX_BUILD_TIMEOUT_MINUTES
        }) ?? 60
    ),
    sign: read('sign', (raw) => parseBoolean('sign', raw)),
    signing: parseSigningInputs(REBUILD_INPUTS, source, signingProblems),
    githubToken: read('github-token', (raw) =>
      raw === undefined || raw.startsWith('${{') ? undefined : raw
    )
  }
  if (inputs.sign) collector.problems.push(...signingProblems.problems)
  collector.throwIfAny()
  return inputs
}

/** Artifact globs stay inside the checkout: no absolute paths, no `..`. */
function checkGlobs(globs: string[]): string[] {
  for (const glob of globs) checkInside('artifacts', glob)
  return globs
}

function checkInside(name: string, value: string): string {
  const segments = value.split(/[\\/]+/)
  if (value.startsWith('/') || segments.includes('..')) {
    throw new InputError(
      'REBUILD_PATH_OUTSIDE',
      `input "${name}": "${value}" leaves the checkout; give a path relative to it, without ".."`
    )
  }
  return value
}
