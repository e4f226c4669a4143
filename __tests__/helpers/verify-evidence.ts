/** Synthetic evidence for the pure evaluation tests. */
import type {
  ArtifactEvidence,
  SignatureEvidence
} from '../../src/lib/verify/evidence.js'
import { emptyEvidence } from '../../src/lib/verify/evidence.js'
import type { VerifyPolicy } from '../../src/lib/verify/policy.js'
import type { SignerInfo } from '../../src/lib/verify/signer.js'
import { toStatement } from '../../src/lib/verify/statement.js'

export const A = 'a'.repeat(64)
export const B = 'b'.repeat(64)
export const SAN =
  'https://github.com/provenant-demo/hello/.github/workflows/release.yml@refs/heads/main'
export const ISSUER = 'https://token.actions.githubusercontent.com'
/** What Fulcio writes for a push to main of provenant-demo/hello. */
export const SIGNER: SignerInfo = {
  identity: SAN,
  issuer: ISSUER,
  extensions: {
    issuer: ISSUER,
    buildSignerUri: SAN,
    runnerEnvironment: 'github-hosted',
    sourceRepositoryUri: 'https://github.com/provenant-demo/hello',
    sourceRepositoryDigest: '3f786850e387550fdab836ed7e6dc881de23001b',
    sourceRepositoryRef: 'refs/heads/main',
    buildConfigUri: SAN,
    buildTrigger: 'push'
  }
}
export const subject = {
  name: 'a.tgz',
  label: 'dist/a.tgz',
  digests: { sha256: A }
}
export const ctx = {
  artifactsBySha256: new Map([
    [A, 'dist/a.tgz'],
    [B, 'dist/b.tgz']
  ])
}

export const policy = (over: Partial<VerifyPolicy> = {}): VerifyPolicy => ({
  identity: SAN,
  issuer: ISSUER,
  denySelfHostedRunners: false,
  keyed: false,
  require: ['signature'],
  insecureIgnoreTlog: false,
  ...over
})

export const bundle = (ok = true): SignatureEvidence => ({
  source: 'a.tgz.sigstore.json',
  form: 'bundle',
  result: ok
    ? { ok: true, signer: SIGNER, logged: true }
    : { ok: false, code: 'VERIFY_SIGNATURE_INVALID', reason: 'SIGNATURE_ERROR' }
})

export const attestation = (statement: object, ok = true) => ({
  source: 'multiple.intoto.jsonl#1',
  statement: toStatement(statement)!,
  result: ok
    ? ({ ok: true, signer: SIGNER, logged: true } as const)
    : ({ ok: false, code: 'VERIFY_SIGNATURE_INVALID', reason: 'bad' } as const)
})

export const evidence = (
  over: Partial<ArtifactEvidence>
): ArtifactEvidence => ({
  ...emptyEvidence(),
  ...over
})
