/** An OIDC identity token's claims, as `sign` reads them before Fulcio does. */
import { readTokenClaims } from '../../src/lib/sign/identity.js'
import type { FuzzTarget } from './support.js'

const b64 = (value: unknown): string =>
  Buffer.from(JSON.stringify(value)).toString('base64url')

const target: FuzzTarget = {
  run(data) {
    readTokenClaims(data.toString('utf8'), 'identity-token')
  },
  seeds: () => [
    Buffer.from(
      `${b64({ alg: 'RS256' })}.${b64({ iss: 'https://token.actions.githubusercontent.com', sub: 'repo:o/r:ref:refs/heads/main', aud: 'sigstore', exp: 2e9, job_workflow_ref: 'o/r/.github/workflows/r.yml@refs/heads/main', email: 'a@b.c' })}.c2ln`
    )
  ],
  dictionary: [
    '.',
    'eyJ',
    '"iss":',
    '"sub":',
    '"aud":',
    '"exp":',
    '"email":',
    '"job_workflow_ref":'
  ]
}
export default target
