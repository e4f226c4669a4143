/**
 * The sign action's inputs: one table for actions/sign/action.yml and the
 * `provenant sign` flags, and the one parser both go through. The inputs
 * every signing feature shares (instance, token, retries) are
 * signing-inputs.ts's. Every problem is collected and reported at once, each
 * naming the input as the user writes it.
 */
import { InputError } from '../errors.js'
import type { InputSource } from '../inputs/index.js'
import {
  collectProblems,
  defineInputs,
  parseBoolean,
  parseList,
  readRaw
} from '../inputs/index.js'
import {
  IMAGES_INPUT,
  INSECURE_REGISTRY_INPUT,
  OCI_FORMAT_INPUT,
  OUTPUT_DIR_INPUT
} from '../inputs/shared.js'
import type { ImageInputs } from '../oci/inputs.js'
import { parseImageInputs } from '../oci/inputs.js'
import {
  CONCURRENCY_INPUT,
  INSTANCE_INPUTS,
  parseSigningInputs,
  RETRY_INPUTS,
  type SigningInputs
} from './signing-inputs.js'

export const SIGN_INPUTS = defineInputs({
  files: {
    kind: 'list',
    description:
      'Files to sign: paths or globs, newline or space separated, resolved inside the workspace.'
  },
  images: IMAGES_INPUT,
  'oci-format': OCI_FORMAT_INPUT,
  'insecure-registry': INSECURE_REGISTRY_INPUT,
  'output-dir': OUTPUT_DIR_INPUT,
  'legacy-sig': {
    kind: 'boolean',
    default: 'false',
    description:
      'Also write <file>.sig (base64 signature) and <file>.crt (PEM certificate), as cosign sign-blob --output-signature/--output-certificate did.'
  },
  'allow-empty': {
    kind: 'boolean',
    default: 'false',
    description:
      'Succeed without signing anything when a pattern in files matches no file.'
  },
  ...INSTANCE_INPUTS,
  key: {
    kind: 'string',
    description:
      'A PEM private key (ECDSA P-256 or Ed25519: unencrypted PKCS#8 or SEC1, or the cosign encrypted format with its passphrase in COSIGN_PASSWORD), e.g. from a secret: signs without Fulcio; bundles carry a public-key hint.'
  },
  concurrency: CONCURRENCY_INPUT,
  ...RETRY_INPUTS
})

export type SignInputName = keyof typeof SIGN_INPUTS

export interface SignInputs extends SigningInputs, ImageInputs {
  files: string[]
  outputDir: string | undefined
  legacySig: boolean
  allowEmpty: boolean
  key: string | undefined
}

export function parseSignInputs(source: InputSource): SignInputs {
  const collector = collectProblems()
  const { attempt } = collector
  const raw = (name: SignInputName): string | undefined =>
    attempt(() => readRaw(SIGN_INPUTS, source, name), undefined)
  const flag = (name: SignInputName): boolean =>
    attempt(() => parseBoolean(name, raw(name)), false)

  const files = parseList(raw('files'))
  if (files.length === 0 && source('files')?.trim()) {
    collector.problems.push(
      new InputError(
        'SIGN_NO_FILES',
        'input "files" names no file: give paths or globs, one a line or separated by spaces'
      )
    )
  }
  const imageInputs = parseImageInputs(raw, collector)
  if (
    files.length === 0 &&
    imageInputs.images.length === 0 &&
    !source('files')?.trim()
  ) {
    collector.problems.push(
      new InputError(
        'SIGN_NO_SUBJECTS',
        'nothing to sign: give files (paths or globs) or images (oci://<registry>/<repository>@sha256:<digest>)'
      )
    )
  }
  const key = raw('key')
  const inputs: SignInputs = {
    files,
    ...imageInputs,
    outputDir: raw('output-dir'),
    legacySig: flag('legacy-sig'),
    allowEmpty: flag('allow-empty'),
    key,
    ...parseSigningInputs(SIGN_INPUTS, source, collector, key)
  }
  collector.throwIfAny()
  return inputs
}
