/**
 * The provenance action's inputs: one table for actions/provenance/action.yml
 * and the `provenant attest` flags. Inputs shared with the sign action are
 * the signing core's entries, so both spell and describe them the same.
 */
import { defineInputs } from '../inputs/index.js'
import {
  GITHUB_TOKEN_INPUT,
  IMAGES_INPUT,
  INSECURE_REGISTRY_INPUT,
  OCI_FORMAT_INPUT,
  OUTPUT_DIR_INPUT,
  PREDICATE_TYPE_INPUT
} from '../inputs/shared.js'
import {
  CONCURRENCY_INPUT,
  INSTANCE_INPUTS,
  RETRY_INPUTS
} from '../sign/signing-inputs.js'

export const DEFAULT_BUNDLE_NAME = 'provenance'
export const ON_STORE_ERROR_CHOICES = ['fail', 'warn'] as const
export type OnStoreError = (typeof ON_STORE_ERROR_CHOICES)[number]
/** The value action.yml gives github-token; the CLI, outside Actions, reads it as absent. */
export const GITHUB_TOKEN_DEFAULT = '${{ github.token }}'

export const PROVENANCE_INPUTS = defineInputs({
  'subject-path': {
    kind: 'list',
    description:
      'Artifacts to attest: paths or globs, newline or space separated, inside the workspace. Give exactly one of subject-path, subject-checksums, or subject-digest with subject-name.'
  },
  'subject-checksums': {
    kind: 'string',
    description:
      'A checksums file as sha256sum, sha512sum or shasum write it (e.g. goreleaser’s checksums.txt): one subject per line, SHA-256 or SHA-512.'
  },
  'subject-digest': {
    kind: 'list',
    description:
      'Digests of artifacts to attest, sha256:<hex> or sha512:<hex>, newline or space separated; subject-name names each.'
  },
  'subject-name': {
    kind: 'list',
    description:
      'The names of the subject-digest artifacts, in the same order (one per digest).'
  },
  images: IMAGES_INPUT,
  'push-to-registry': {
    kind: 'boolean',
    default: 'false',
    description:
      'Also push every attestation to the registry of each image it names (images, or subject-digest subjects named <registry>/<repository>), where cosign and Provenant verifiers look (see oci-format); needs write access to the registry.'
  },
  'oci-format': OCI_FORMAT_INPUT,
  'insecure-registry': INSECURE_REGISTRY_INPUT,
  'single-subject': {
    kind: 'boolean',
    default: 'false',
    description:
      'Write one statement (and bundle) per subject, as PEP 740 tooling and per-asset verification need, instead of one statement for up to 1,000 subjects.'
  },
  'sbom-path': {
    kind: 'string',
    description:
      'A CycloneDX or SPDX 2.x JSON SBOM: also attests it for the same subjects (over GitHub’s 16 MB limit, the statement references it by name and digest).'
  },
  'predicate-type': PREDICATE_TYPE_INPUT,
  'predicate-path': {
    kind: 'string',
    description:
      'A JSON file holding the predicate of predicate-type (at most 16 MB).'
  },
  'bundle-name': {
    kind: 'string',
    default: DEFAULT_BUNDLE_NAME,
    description:
      'Base name of the files written: <bundle-name>.intoto.jsonl (every bundle, one a line) and <bundle-name>.sigstore.json.'
  },
  'output-dir': OUTPUT_DIR_INPUT,
  store: {
    kind: 'boolean',
    default: 'true',
    description:
      'Store every bundle in the repository’s GitHub attestation store (needs `permissions: attestations: write`); false only writes the files.'
  },
  'on-store-error': {
    kind: 'string',
    default: 'fail',
    description:
      'What a refused store does (403 or 404: GitHub Enterprise Server or a plan without artifact attestations): fail the step, or warn and keep the files.'
  },
  'reproducible-verdict': {
    kind: 'string',
    description:
      'A rebuild verdict (report.json, statement or bundle): build-provenance.json says reproducible only when it says so.'
  },
  'oidc-issuer': {
    kind: 'string',
    description:
      'The issuer the OIDC token must come from; by default GitHub’s for the server the workflow runs on.'
  },
  'github-token': GITHUB_TOKEN_INPUT,
  ...INSTANCE_INPUTS,
  concurrency: CONCURRENCY_INPUT,
  ...RETRY_INPUTS
})

export type ProvenanceInputName = keyof typeof PROVENANCE_INPUTS
