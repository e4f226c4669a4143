/**
 * The release action's inputs: one table for action.yml and the code, and
 * the parser into typed ReleaseInputs.
 */
import type { InputSource } from '../inputs/index.js'
import {
  GITHUB_TOKEN_INPUT,
  TRUSTED_ROOT_INPUT,
  defineInputs,
  parseInteger,
  parseList,
  readRaw
} from '../inputs/index.js'
import { VERIFY_INPUTS } from '../verify/inputs.js'
import { IMAGES_INPUT } from '../inputs/shared.js'
import { parseImageList } from '../oci/inputs.js'

export const RELEASE_INPUTS = defineInputs({
  assets: {
    kind: 'list',
    required: true,
    description:
      'The release assets: paths or globs, newline or space separated, inside the workspace.'
  },
  tag: {
    kind: 'string',
    default: '${{ github.ref_name }}',
    description:
      'The tag of the release (it must exist, or be created at target-commitish).'
  },
  title: {
    kind: 'string',
    description: 'The release title; default the repository and the tag.'
  },
  'target-commitish': {
    kind: 'string',
    default: '${{ github.sha }}',
    description: 'The commit the tag points at when GitHub creates it.'
  },
  repository: {
    kind: 'string',
    default: '${{ github.repository }}',
    description: 'owner/name of the repository to release in.'
  },
  'certificate-identity': VERIFY_INPUTS['certificate-identity'],
  'certificate-oidc-issuer': VERIFY_INPUTS['certificate-oidc-issuer'],
  'rebuilder-identity': VERIFY_INPUTS['rebuilder-identity'],
  images: IMAGES_INPUT,
  'verify-require': {
    kind: 'string',
    default: 'signature,checksum,sbom',
    description:
      'What VERIFY.md’s provenant line requires of every artifact (--require); provenance and reproducible are added when the release holds them.'
  },
  'trusted-root': TRUSTED_ROOT_INPUT,
  'github-token': GITHUB_TOKEN_INPUT,
  'upload-attempts': {
    kind: 'integer',
    default: '5',
    description:
      'Tries per GitHub API call (429, 5xx and network errors are retried) before the step fails, leaving the draft for a re-run to resume.'
  }
})

export interface ReleaseInputs {
  assets: string[]
  tag: string
  title: string | undefined
  targetCommitish: string
  repository: string
  /** When given, VERIFY.md (the consumer's commands) is written and attached. */
  certificateIdentity: string | undefined
  certificateOidcIssuer: string
  rebuilderIdentity: string | undefined
  verifyRequire: string[]
  /** oci:// references by digest, for VERIFY.md's image lines. */
  images: string[]
  trustedRoot: string | undefined
  githubToken: string
  uploadAttempts: number
}

export function parseReleaseInputs(source: InputSource): ReleaseInputs {
  const raw = (name: keyof typeof RELEASE_INPUTS): string | undefined =>
    readRaw(RELEASE_INPUTS, source, name)
  return {
    assets: parseList(raw('assets')),
    tag: raw('tag') ?? '',
    title: raw('title'),
    targetCommitish: raw('target-commitish') ?? '',
    repository: raw('repository') ?? '',
    certificateIdentity: raw('certificate-identity'),
    certificateOidcIssuer: raw('certificate-oidc-issuer') ?? '',
    rebuilderIdentity: raw('rebuilder-identity'),
    verifyRequire: (raw('verify-require') ?? '')
      .split(/[\s,]+/)
      .filter(Boolean),
    images: parseImageList(raw('images')),
    trustedRoot: raw('trusted-root'),
    githubToken: raw('github-token') ?? '',
    uploadAttempts:
      parseInteger('upload-attempts', raw('upload-attempts'), {
        min: 1,
        max: 20
      }) ?? 5
  }
}
