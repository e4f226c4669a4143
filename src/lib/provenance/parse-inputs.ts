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
import type { ImageInputs } from '../oci/inputs.js'
import { parseImageInputs } from '../oci/inputs.js'
import type { Subject } from '../subject/subject.js'

/**
 * With push-to-registry, subject-digest subjects named like an image
 * (`<registry>/<repository>`, as actions/attest takes them) are images too.
 */
function imagesNamedBy(subjects: readonly Subject[]): string[] {
  return subjects.flatMap((s) => {
    const hex = s.digest.sha256
    const host = s.name.split('/')[0] ?? ''
    const looksLikeRegistry =
      s.name.includes('/') && (/[.:]/.test(host) || host === 'localhost')
    return hex && looksLikeRegistry ? [`oci://${s.name}@sha256:${hex}`] : []
  })
}

export type ProvenanceSigningInputs = SigningInputs

export interface ProvenanceInputs extends ImageInputs {
  subjects: SubjectSource
  /** oci:// references attested (and, with pushToRegistry, stored beside). */
  images: string[]
  pushToRegistry: boolean
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

  const imageInputs = parseImageInputs(raw, collector)
  const { images } = imageInputs
  const pushToRegistry = flag('push-to-registry')
  const subjects = attempt(() => parseSubjects(raw, images.length > 0), {
    kind: 'digest',
    subjects: []
  } satisfies SubjectSource)
  const predicateType = raw('predicate-type')
  const predicatePath = raw('predicate-path')
  problems.push(...checkPredicate(predicateType, predicatePath))
  const bundleName = raw('bundle-name') ?? DEFAULT_BUNDLE_NAME
  problems.push(...checkBundleName(bundleName))
  const githubToken = raw('github-token')
  const signing = parseSigningInputs(PROVENANCE_INPUTS, source, collector)
  const inputs: ProvenanceInputs = {
    ...imageInputs,
    subjects,
    images: [
      ...images,
      ...(pushToRegistry && subjects.kind === 'digest'
        ? imagesNamedBy(subjects.subjects)
        : [])
    ],
    pushToRegistry,
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
  if (inputs.pushToRegistry && inputs.images.length === 0) {
    problems.push(
      new InputError(
        'PROVENANCE_PUSH_WITHOUT_IMAGES',
        'input "push-to-registry" pushes attestations of images: give "images" (oci://<registry>/<repository>@sha256:<digest>), or subject-digest with subject-name <registry>/<repository>'
      )
    )
  }
  collector.throwIfAny()
  return inputs
}

/** The subjects: files, a checksums file or digests; none when images alone are given. */
function parseSubjects(
  raw: (name: ProvenanceInputName) => string | undefined,
  hasImages: boolean
): SubjectSource {
  const imagesAlone =
    hasImages &&
    [raw('subject-path'), raw('subject-checksums'), raw('subject-digest')]
      .map((v) => parseList(v).length)
      .every((n) => n === 0)
  if (imagesAlone) return { kind: 'digest', subjects: [] }
  return parseSubjectSource({
    paths: parseList(raw('subject-path')),
    checksums: raw('subject-checksums'),
    digests: parseList(raw('subject-digest')),
    names: parseList(raw('subject-name'))
  })
}

function checkBundleName(bundleName: string): InputError[] {
  if (/^[A-Za-z0-9_+-][A-Za-z0-9._+-]*$/.test(bundleName)) return []
  return [
    new InputError(
      'PROVENANCE_BUNDLE_NAME',
      `input "bundle-name" must be a plain file name (letters, digits, . _ + -), not "${bundleName}"`
    )
  ]
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
