/**
 * The verify inputs: one table for actions/verify/action.yml and the
 * `provenant verify` flags (same kebab-case names; the CLI takes the
 * artifacts as arguments), and the parser both go through. Every problem is
 * collected and reported at once.
 */
import { SCAN_INPUTS } from '../scan/inputs.js'
import { defineInputs } from '../inputs/index.js'
import { GITHUB_ACTIONS_ISSUER } from './policy.js'
import {
  GITHUB_TOKEN_INPUT,
  INSECURE_REGISTRY_INPUT,
  PREDICATE_TYPE_INPUT,
  TRUSTED_ROOT_INPUT
} from '../inputs/shared.js'

export const VERIFY_INPUTS = defineInputs({
  subjects: {
    kind: 'list',
    required: true,
    description:
      'What to verify: files, directories (every release asset in them), sha256:<hex> digests and container images (oci://<registry>/<repository>@sha256:<digest> or :tag), newline or space separated.'
  },
  'insecure-registry': INSECURE_REGISTRY_INPUT,
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
  'certificate-oidc-issuer-regexp': {
    kind: 'string',
    description:
      'A regular expression the certificate’s OIDC issuer must match, instead of certificate-oidc-issuer, as cosign --certificate-oidc-issuer-regexp.'
  },
  repo: {
    kind: 'string',
    description:
      'owner/name of the repository the artifacts come from: the certificate’s source repository and (without certificate-identity, certificate-identity-regexp, signer-repo or signer-workflow) the repository of the signing workflow, as gh attestation verify --repo.'
  },
  owner: {
    kind: 'string',
    description:
      'The owner (user or organisation) of the source repository the certificate names and (without repo, certificate-identity, certificate-identity-regexp, signer-repo or signer-workflow) of the signing workflow, as gh attestation verify --owner.'
  },
  'signer-workflow': {
    kind: 'string',
    description:
      'The workflow that must have signed (the certificate’s Build Signer URI), [host/]<owner>/<repo>/<path>/<workflow>.yml (any ref) or with @<ref> (@v1.2.3 also matches @refs/tags/v1.2.3), as gh attestation verify --signer-workflow.'
  },
  'signer-repo': {
    kind: 'string',
    description:
      'owner/name of the repository whose workflow must have signed (a reusable workflow’s home), as gh attestation verify --signer-repo.'
  },
  'signer-digest': {
    kind: 'string',
    description:
      'The commit of the signing workflow file (the certificate’s Build Signer Digest), as gh attestation verify --signer-digest.'
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
      'The source repository the signing certificate must name, e.g. github.com/<owner>/<repo>, as slsa-verifier --source-uri. Enough on its own, as there: it requires provenance from a builder slsa-verifier trusts by default, or the one builder-id names.'
  },
  'source-repository-ref': {
    kind: 'string',
    description:
      'The exact git ref the certificate must name as the built source, e.g. refs/heads/main (the certificate’s Source Repository Ref), as gh attestation verify --source-ref, which the CLI also takes.'
  },
  'source-digest': {
    kind: 'string',
    description:
      'The commit the certificate must name as the built source, as gh attestation verify --source-digest.'
  },
  'source-tag': {
    kind: 'string',
    description:
      'The git tag the certificate must name as the built ref, e.g. v1.2.3, as slsa-verifier --source-tag.'
  },
  'source-branch': {
    kind: 'string',
    description:
      'The git branch the certificate must name as the built ref (for a tag build, the branch its known builder recorded), e.g. main, as slsa-verifier --source-branch.'
  },
  'source-versioned-tag': {
    kind: 'string',
    description:
      'A semantic version line the built tag must belong to: v1 accepts v1.*.*, v1.2 accepts v1.2.*, v1.2.3 only that patch, as slsa-verifier --source-versioned-tag. Requires provenance.'
  },
  'builder-id': {
    kind: 'string',
    description:
      'The builder: the workflow that signed the provenance, https://github.com/<owner>/<repo>/<path>[@<ref>]; without @<ref> any ref matches, @v1.2.3 matches @refs/tags/v1.2.3, as slsa-verifier --builder-id. Requires provenance.'
  },
  'build-workflow-input': {
    multiple: true,
    kind: 'list',
    description:
      'key=value inputs the workflow_dispatch run that built the artifacts must have had, newline or space separated (the flag may repeat), as slsa-verifier --build-workflow-input. Requires provenance.'
  },
  'certificate-github-workflow-repository': {
    kind: 'string',
    description:
      'owner/name the certificate’s GitHub Workflow Repository extension (1.3.6.1.4.1.57264.1.5) must hold, as cosign --certificate-github-workflow-repository.'
  },
  'certificate-github-workflow-ref': {
    kind: 'string',
    description:
      'The ref the certificate’s GitHub Workflow Ref extension (1.3.6.1.4.1.57264.1.6) must hold, as cosign --certificate-github-workflow-ref.'
  },
  'certificate-github-workflow-sha': {
    kind: 'string',
    description:
      'The commit the certificate’s GitHub Workflow SHA extension (1.3.6.1.4.1.57264.1.3) must hold, as cosign --certificate-github-workflow-sha.'
  },
  'certificate-github-workflow-trigger': {
    kind: 'string',
    description:
      'The event the certificate’s GitHub Workflow Trigger extension (1.3.6.1.4.1.57264.1.2) must hold, e.g. push, as cosign --certificate-github-workflow-trigger.'
  },
  'certificate-github-workflow-name': {
    kind: 'string',
    description:
      'The workflow name the certificate’s GitHub Workflow Name extension (1.3.6.1.4.1.57264.1.4) must hold, as cosign --certificate-github-workflow-name.'
  },
  bundle: {
    kind: 'string',
    description:
      'A Sigstore bundle file for every artifact, whatever it is called: a message signature, or attestations (one JSON bundle or JSON lines), as cosign --bundle and gh attestation verify --bundle.'
  },
  signature: {
    kind: 'string',
    description:
      'A base64 signature file over every artifact, whatever it is called (e.g. checksums.txt.keyless.sig), checked with certificate, as cosign --signature.'
  },
  certificate: {
    kind: 'string',
    description:
      'The PEM signing certificate that goes with signature (e.g. checksums.txt.pem), as cosign --certificate.'
  },
  require: {
    kind: 'list',
    default: 'signature',
    description:
      'What must be present and pass for every artifact, comma separated: signature, provenance, sbom, checksum, reproducible, vex (every HIGH/CRITICAL finding of the shipped SBOMs covered by an OpenVEX attestation signed by the expected identity). Evidence that is present is always checked.'
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
  'github-token': GITHUB_TOKEN_INPUT,
  // The scan's own inputs: the same databases match the same SBOMs.
  db: SCAN_INPUTS.db,
  'osv-url': SCAN_INPUTS['osv-url']
})

export type VerifyInputName = keyof typeof VERIFY_INPUTS
