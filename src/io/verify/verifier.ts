/**
 * One @sigstore/verify Verifier for a whole run, made cheap to reuse:
 *  - the trust material's certificates are immutable once parsed, so their
 *    DER encodings and their signature checks against a given issuer are
 *    computed once (sigstore-js re-encodes and re-verifies them for every
 *    bundle: most of its time when one release has many bundles);
 *  - a signing certificate seen before (one release signs every file with
 *    one certificate) is not re-verified when every timestamp of the new
 *    bundle reads the same validity facts (the leaf's, each CA's window,
 *    each CA certificate's) as the timestamps it was verified at: the
 *    chain and SCT checks would then compute the same result;
 *  - each certificate getter is computed once per certificate;
 *  - every signature check remembered on exact bytes, and moved to the
 *    thread pool where the caller asks (signature-checks.ts); what is kept
 *    here (a certificate's verdict) is always computed on real answers;
 *  - a certificate chain's path found once per certificates and validity
 *    facts (chain-memo.ts: the timestamp authority's, for every timestamp);
 *  - and sigstore-speedups.ts (the signing certificate is parsed once per
 *    distinct DER in entity.ts).
 * All are memos of pure functions keyed on exact bytes, never on what a
 * bundle claims; if sigstore-js renames what they hook, the hook is simply
 * not used.
 */
import type { X509Certificate } from '@sigstore/core'
import { X509Certificate as Certificate } from '@sigstore/core'
import type {
  SignedEntity,
  Signer,
  TrustMaterial,
  VerifierOptions
} from '@sigstore/verify'
import { Verifier } from '@sigstore/verify'
import { memoizeChainPaths } from './chain-memo.js'
import { checkNow, shareSignatureChecks } from './signature-checks.js'
import { speedUpSigstore } from './sigstore-speedups.js'

type SigningKeyCheck = (entity: SignedEntity, timestamps: Date[]) => Signer

interface CachedSigner {
  signer: Signer
  profile: string
}

export function createRunVerifier(
  material: TrustMaterial,
  options: VerifierOptions
): Verifier {
  speedUpSigstore()
  shareSignatureChecks()
  memoizeChainPaths()
  for (const ca of [
    ...material.certificateAuthorities,
    ...material.timestampAuthorities
  ]) {
    ca.certChain.forEach((certificate) => {
      memoizeEncoding(certificate)
      memoizeGetters(certificate)
      memoizeVerify(certificate)
    })
  }
  const verifier = new Verifier(material, options)
  const hooks = verifier as unknown as { verifySigningKey?: SigningKeyCheck }
  const check = hooks.verifySigningKey
  if (typeof check !== 'function') return verifier
  // Keyed on the parsed certificate: entity.ts parses each distinct DER
  // once, so one object stands for exactly one certificate's bytes.
  const cache = new WeakMap<X509Certificate, CachedSigner>()
  hooks.verifySigningKey = (entity, timestamps) => {
    if (entity.key.$case !== 'certificate' || timestamps.length === 0) {
      return check.call(verifier, entity, timestamps)
    }
    const leaf = entity.key.certificate
    const profiles = new Set(
      timestamps.map((t) => validityProfile(material, leaf, t))
    )
    const cached = cache.get(leaf)
    if (cached && profiles.size === 1 && profiles.has(cached.profile))
      return cached.signer
    const signer = checkNow(() => check.call(verifier, entity, timestamps))
    if (profiles.size === 1)
      cache.set(leaf, { signer, profile: [...profiles][0]! })
    return signer
  }
  return verifier
}

/** Every validity fact the certificate chain check reads of time `t`. */
function validityProfile(
  material: TrustMaterial,
  leaf: X509Certificate,
  t: Date
): string {
  const facts = [leaf.validForDate(t)]
  for (const ca of material.certificateAuthorities) {
    facts.push(ca.validFor.start <= t && t <= ca.validFor.end)
    for (const c of ca.certChain) facts.push(c.validForDate(t))
  }
  return facts.map((f) => (f ? '1' : '0')).join('')
}

/** X509Certificate's getters, each a pure function of the parsed DER. */
const CERTIFICATE_GETTERS = [
  'tbsCertificate',
  'version',
  'serialNumber',
  'notBefore',
  'notAfter',
  'issuer',
  'subject',
  'publicKey',
  'signatureAlgorithm',
  'signatureValue',
  'subjectAltName',
  'extensions',
  'extKeyUsage',
  'extBasicConstraints',
  'extSubjectAltName',
  'extAuthorityKeyID',
  'extSubjectKeyID',
  'extSCT',
  'isCA'
] as const

/** Each getter computed once per certificate (sigstore-js re-parses on every read). */
export function memoizeGetters(certificate: X509Certificate): void {
  for (const name of CERTIFICATE_GETTERS) {
    const descriptor = Object.getOwnPropertyDescriptor(
      Certificate.prototype,
      name
    )
    if (typeof descriptor?.get !== 'function') continue
    let computed = false
    let value: unknown
    Object.defineProperty(certificate, name, {
      configurable: true,
      get: () => {
        if (!computed) {
          value = Reflect.get(Certificate.prototype, name, certificate)
          computed = true
        }
        return value
      }
    })
  }
}

function memoizeEncoding(certificate: X509Certificate): void {
  for (const node of [certificate.root, certificate.tbsCertificate]) {
    const encode = node.toDER.bind(node)
    let der: Buffer | undefined
    node.toDER = () => (der ??= encode())
  }
}

function memoizeVerify(certificate: X509Certificate): void {
  const verify = certificate.verify.bind(certificate)
  const results = new Map<X509Certificate | undefined, boolean>()
  certificate.verify = (issuer?: X509Certificate) => {
    let result = results.get(issuer)
    if (result === undefined) {
      result = checkNow(() => verify(issuer))
      results.set(issuer, result)
    }
    return result
  }
}
