/**
 * A cosign-style legacy pair: `<file>.sig` (base64 of a DER signature) and
 * `<file>.crt` (the PEM certificate, or its base64). The certificate's key
 * must verify the signature over the file, and the certificate must chain
 * to a CA of the trusted root (node:crypto X509Certificate). There is no
 * transparency-log proof and no trusted time: the chain is checked at the
 * certificate's notBefore, and the result says `logged: false` (the policy
 * then needs --insecure-ignore-tlog unless a bundle is also present).
 */
import crypto from 'node:crypto'
import { X509Certificate as SigstoreCertificate } from '@sigstore/core'
import type { SignatureResult } from '../../lib/verify/evidence.js'
import { issuerOf, toFulcioExtensions } from '../../lib/verify/signer.js'
import type { GatheredTrust } from './trust.js'

export function checkLegacyPair(
  signatureFile: Buffer,
  certificateFile: Buffer | undefined,
  bytes: Buffer,
  trust: GatheredTrust
): SignatureResult {
  if (!certificateFile) {
    return {
      ok: false,
      code: 'VERIFY_CERTIFICATE_UNTRUSTED',
      reason: 'a .sig without its .crt (or .pem) certificate cannot be checked'
    }
  }
  const certificates = readCertificates(certificateFile)
  const leaf = certificates[0]
  if (!leaf) {
    return {
      ok: false,
      code: 'VERIFY_CERTIFICATE_UNTRUSTED',
      reason: 'the .crt holds no PEM certificate'
    }
  }
  const signature = decodeSignature(signatureFile)
  if (!verifyWithKey(leaf.publicKey, bytes, signature)) {
    return {
      ok: false,
      code: 'VERIFY_SIGNATURE_INVALID',
      reason:
        'the .sig does not verify over the file with the .crt key (changed file, or a pair of another file)'
    }
  }
  const problem = chainProblem(leaf, certificates.slice(1), trust)
  if (problem)
    return { ok: false, code: 'VERIFY_CERTIFICATE_UNTRUSTED', reason: problem }
  const parsed = SigstoreCertificate.parse(leaf.raw)
  const extensions = toFulcioExtensions(
    parsed.extensions.map((ext) => ({
      oid: { id: ext.subs[0]!.toOID().split('.').map(Number) },
      value: ext.subs[ext.subs.length - 1]!.value
    }))
  )
  const identity = parsed.subjectAltName
  const issuer = issuerOf(extensions)
  return {
    ok: true,
    signer: {
      ...(identity ? { identity } : {}),
      ...(issuer ? { issuer } : {}),
      extensions
    },
    logged: false,
    details:
      'legacy .sig/.crt pair: signature and certificate chain verified; no transparency-log proof (accepted by --insecure-ignore-tlog)'
  }
}

function readCertificates(file: Buffer): crypto.X509Certificate[] {
  let text = file.toString('utf8')
  if (!text.includes('-----BEGIN')) {
    text = Buffer.from(text.trim(), 'base64').toString('utf8')
  }
  const blocks =
    text.match(
      /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g
    ) ?? []
  const certificates: crypto.X509Certificate[] = []
  for (const block of blocks) {
    try {
      certificates.push(new crypto.X509Certificate(block))
    } catch {
      // an unreadable block is skipped; the chain check then fails
    }
  }
  return certificates
}

function decodeSignature(file: Buffer): Buffer {
  const text = file.toString('latin1').trim()
  return /^[A-Za-z0-9+/=\s]+$/.test(text) ? Buffer.from(text, 'base64') : file
}

/** A DER (ECDSA, RSA) or raw (Ed25519) signature over `bytes` by `key`; false when it does not verify or cannot be read. */
export function verifyWithKey(
  key: crypto.KeyObject,
  bytes: Buffer,
  signature: Buffer
): boolean {
  try {
    return crypto.verify(hashFor(key), bytes, key, signature)
  } catch {
    return false
  }
}

function hashFor(key: crypto.KeyObject): string | null {
  if (key.asymmetricKeyType === 'ed25519') return null
  const curve = key.asymmetricKeyDetails?.namedCurve
  if (curve === 'secp384r1') return 'sha384'
  if (curve === 'secp521r1') return 'sha512'
  return 'sha256'
}

/** Why the leaf does not chain to a CA of the trusted root at its notBefore; undefined when it does. */
function chainProblem(
  leaf: crypto.X509Certificate,
  given: crypto.X509Certificate[],
  trust: GatheredTrust
): string | undefined {
  const at = new Date(leaf.validFrom)
  for (const ca of trust.material.certificateAuthorities) {
    if (at < ca.validFor.start || at > ca.validFor.end) continue
    const trusted = ca.certChain.map(
      (c) => new crypto.X509Certificate(c.root.toDER())
    )
    const pool = [...given, ...trusted]
    let current = leaf
    for (let depth = 0; depth < 8; depth++) {
      const issuer = pool.find(
        (c) =>
          current.checkIssued(c) &&
          current.verify(c.publicKey) &&
          validAt(c, at)
      )
      if (!issuer) break
      if (trusted.some((t) => t.raw.equals(issuer.raw))) return undefined
      current = issuer
    }
  }
  return 'the certificate does not chain to a certificate authority of the trusted root'
}

function validAt(certificate: crypto.X509Certificate, at: Date): boolean {
  return (
    new Date(certificate.validFrom) <= at && at <= new Date(certificate.validTo)
  )
}
