/**
 * Raw provenance inputs -> typed ProvenanceInputs, every problem collected
 * and reported at once, each naming the input as the user writes it.
 */
import { InputError } from '../errors.js'
import type { InputSource } from '../inputs/index.js'
import {
  collectProblems,
  parseBoolean,
  parseChoice,
  parseList,
  readRaw
} from '../inputs/index.js'
import {
  parseServiceUrl,
  parseSigningInputs,
  type SigningInputs
} from '../sign/signing-inputs.js'
import type { OnStoreError, ProvenanceInputName } from './inputs.js'
import {
  DEFAULT_BUNDLE_NAME,
  GITHUB_TOKEN_DEFAULT,
  ON_STORE_ERROR_CHOICES,
  PROVENANCE_INPUTS
} from './inputs.js'
import { parseSubjectSource, type SubjectSource } from './subject-source.js'

export type ProvenanceSigningInputs = SigningInputs

export interface ProvenanceInputs {
  subjects: SubjectSource
  singleSubject: boolean
  sbomPath: string | undefined
  predicate: { type: string; path: string } | undefined
  bundleName: string
  outputDir: string | undefined
  store: boolean
  onStoreError: OnStoreError
  reproducibleVerdict: string | undefined
  oidcIssuer: string | undefined
  /** undefined: none given (the CLI then uses GITHUB_TOKEN). */
  githubToken: string | undefined
  signing: ProvenanceSigningInputs
}

export function parseProvenanceInputs(source: InputSource): ProvenanceInputs {
  const collector = collectProblems()
  const { attempt, problems } = collector
  const raw = (name: ProvenanceInputName): string | undefined =>
    attempt(() => readRaw(PROVENANCE_INPUTS, source, name), undefined)
  const flag = (name: ProvenanceInputName): boolean =>
    attempt(() => parseBoolean(name, raw(name)), false)
  const url = (name: ProvenanceInputName): string | undefined =>
    attempt(() => parseServiceUrl(name, raw(name)), undefined)

  const subjects = attempt(
    () =>
      parseSubjectSource({
        paths: parseList(raw('subject-path')),
        checksums: raw('subject-checksums'),
        digests: parseList(raw('subject-digest')),
        names: parseList(raw('subject-name'))
      }),
    { kind: 'digest', subjects: [] } satisfies SubjectSource
  )
  const predicateType = raw('predicate-type')
  const predicatePath = raw('predicate-path')
  problems.push(...checkPredicate(predicateType, predicatePath))
  const bundleName = raw('bundle-name') ?? DEFAULT_BUNDLE_NAME
  if (!/^[A-Za-z0-9_+-][A-Za-z0-9._+-]*$/.test(bundleName)) {
    problems.push(
      new InputError(
        'PROVENANCE_BUNDLE_NAME',
        `input "bundle-name" must be a plain file name (letters, digits, . _ + -), not "${bundleName}"`
      )
    )
  }
  const githubToken = raw('github-token')
  const signing = parseSigningInputs(PROVENANCE_INPUTS, source, collector)
  const inputs: ProvenanceInputs = {
    subjects,
    singleSubject: flag('single-subject'),
    sbomPath: raw('sbom-path'),
    predicate:
      predicateType && predicatePath
        ? { type: predicateType, path: predicatePath }
        : undefined,
    bundleName,
    outputDir: raw('output-dir'),
    store: flag('store'),
    onStoreError:
      attempt(
        () =>
          parseChoice(
            'on-store-error',
            raw('on-store-error'),
            ON_STORE_ERROR_CHOICES
          ),
        undefined
      ) ?? 'fail',
    reproducibleVerdict: raw('reproducible-verdict'),
    oidcIssuer: url('oidc-issuer'),
    githubToken: githubToken === GITHUB_TOKEN_DEFAULT ? undefined : githubToken,
    signing
  }
  collector.throwIfAny()
  return inputs
}

function checkPredicate(
  type: string | undefined,
  path: string | undefined
): InputError[] {
  if (type === undefined && path === undefined) return []
  if (type === undefined || path === undefined) {
    const [given, missing] =
      type === undefined
        ? ['predicate-path', 'predicate-type']
        : ['predicate-type', 'predicate-path']
    return [
      new InputError(
        'PROVENANCE_PREDICATE_PAIR',
        `input "${given}" needs "${missing}" too: give the predicate's type URI and the JSON file that holds it`
      )
    ]
  }
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(type)) {
    return [
      new InputError(
        'PROVENANCE_PREDICATE_TYPE',
        `input "predicate-type" must be a URI such as https://example.com/test-result/v1, not "${type}"`
      )
    ]
  }
  return []
}
