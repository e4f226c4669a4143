/**
 * The verify inputs: one table for actions/verify/action.yml and the
 * `provenant verify` flags (same kebab-case names; the CLI takes the
 * artifacts as arguments), and the parser both go through. Every problem is
 * collected and reported at once.
 */
import { defineInputs } from '../inputs/index.js'
import { GITHUB_ACTIONS_ISSUER } from './policy.js'
import {
  GITHUB_TOKEN_INPUT,
  PREDICATE_TYPE_INPUT,
  TRUSTED_ROOT_INPUT
} from '../inputs/shared.js'

export const VERIFY_INPUTS = defineInputs({
  subjects: {
    kind: 'list',
    required: true,
    description:
      'What to verify: files, directories (every release asset in them) and sha256:<hex> digests, newline or space separated.'
  },
  'certificate-identity': {
    kind: 'string',
    description:
      'The signer identity the certificate must name exactly (its SAN; for GitHub Actions https://github.com/<owner>/<repo>/.github/workflows/<file>@<ref>), as cosign --certificate-identity.'
  },
  'certificate-identity-regexp': {
    kind: 'string',
    description:
      'A regular expression the certificate SAN must match, as cosign --certificate-identity-regexp.'
  },
  'certificate-oidc-issuer': {
    kind: 'string',
    default: GITHUB_ACTIONS_ISSUER,
    description:
      'The OIDC issuer the signing certificate must name, as cosign --certificate-oidc-issuer.'
  },
  repo: {
    kind: 'string',
    description:
      'owner/name of the repository the artifacts come from: the certificate source repository, the provenance source, and (without certificate-identity, certificate-identity-regexp or signer-workflow) the repository of the signing workflow, as gh attestation verify --repo.'
  },
  'signer-workflow': {
    kind: 'string',
    description:
      'The workflow that must have signed, [host/]<owner>/<repo>/<path>/<workflow>.yml (any ref) or with @<ref>, as gh attestation verify --signer-workflow.'
  },
  'predicate-type': PREDICATE_TYPE_INPUT,
  'deny-self-hosted-runners': {
    kind: 'boolean',
    default: 'false',
    description:
      'Fail unless the signing run was on a GitHub-hosted runner, as gh attestation verify --deny-self-hosted-runners.'
  },
  'provenance-path': {
    kind: 'string',
    description:
      'A provenance file (JSON lines of Sigstore bundles, or one bundle) used for every artifact besides the *.intoto.jsonl found beside them, as slsa-verifier --provenance-path.'
  },
  'source-uri': {
    kind: 'string',
    description:
      'The source repository the provenance must name, e.g. github.com/<owner>/<repo>, as slsa-verifier --source-uri. Giving it requires provenance.'
  },
  'source-tag': {
    kind: 'string',
    description:
      'The git tag the provenance must name as the source ref, e.g. v1.2.3, as slsa-verifier --source-tag. Giving it requires provenance.'
  },
  'source-branch': {
    kind: 'string',
    description:
      'The git branch the provenance must name as the source ref, e.g. main, as slsa-verifier --source-branch. Giving it requires provenance.'
  },
  'builder-id': {
    kind: 'string',
    description:
      'The builder id the provenance must name; without @<ref> any ref matches, as slsa-verifier --builder-id. Giving it requires provenance.'
  },
  require: {
    kind: 'list',
    default: 'signature',
    description:
      'What must be present and pass for every artifact, comma separated: signature, provenance, sbom, checksum, reproducible. Evidence that is present is always checked.'
  },
  'rebuilder-identity': {
    kind: 'string',
    description:
      'Count a rebuild verdict only when it is signed by this identity (the certificate SAN, exactly, e.g. the reproducibility workflow); unsigned reports no longer count. Implies reproducible.'
  },
  'rebuilder-identity-regexp': {
    kind: 'string',
    description:
      'As rebuilder-identity, a regular expression the verdict signer’s SAN must match. The issuer is certificate-oidc-issuer.'
  },
  'public-key': {
    kind: 'string',
    description:
      'A PEM public key file: bundles signed with a key instead of a certificate are verified with it, as cosign --key.'
  },
  'minisign-key': {
    kind: 'string',
    description:
      'A minisign public key (its base64 line, or a .pub file) that <file>.minisig signatures are checked with.'
  },
  'insecure-ignore-tlog': {
    kind: 'boolean',
    default: 'false',
    description:
      'Accept a legacy <file>.sig + <file>.crt pair that has no transparency-log proof, as cosign --insecure-ignore-tlog (weaker: nothing attests when it was signed).'
  },
  'trusted-root': TRUSTED_ROOT_INPUT,
  offline: {
    kind: 'boolean',
    default: 'false',
    description:
      'Never touch the network: use trusted-root or the public-good trusted root embedded in Provenant, and look nothing up on GitHub.'
  },
  'github-attestations': {
    kind: 'boolean',
    default: 'false',
    description:
      'Also fetch the attestations stored on GitHub for each artifact digest (needs repo; no token needed for public repositories).'
  },
  'github-token': GITHUB_TOKEN_INPUT
})

export type VerifyInputName = keyof typeof VERIFY_INPUTS
