/**
 * Checks on a bundle's own shape that sigstore-js leaves out and other
 * clients make (sigstore-conformance expects them):
 *  - a v0.1/v0.2 x509CertificateChain must be a chain: each certificate
 *    issued by the next, a root (self-signed) only in last place (a stray
 *    root elsewhere is rejected, as sigstore-conformance's
 *    test_verify_rejects_root expects, while [leaf, intermediate, root]
 *    as sigstore-js wrote v0.1 bundles stays valid); and every certificate
 *    but a root must have the Subject and Authority Key Identifier
 *    extensions that chain building relies on;
 *  - a v0.1 inclusion proof without a checkpoint must still hash up to its
 *    root (RFC 6962 inclusion over the canonicalized body);
 *  - the content must be what the media type says: v0.1 and v0.2 carry a
 *    certificate chain (or a key), v0.3 a single certificate (or a key);
 *    v0.1 log entries carry a signed promise, v0.2 and v0.3 an inclusion
 *    proof. A bundle relabelled to another version is refused, not read
 *    under the rules of the label.
 */
import { createHash } from 'node:crypto'
import { RFC3161Timestamp, X509Certificate } from '@sigstore/core'
import { isObject } from './statement.js'

/**
 * Chain-shape results per distinct chain (its exact base64 certificates,
 * length-prefixed, so no two chains share a key; the JSON of a chain of any
 * other shape): bundles of one release share one chain. The chain of the bundle before is compared first,
 * certificate by certificate, before a key is built.
 */
export class ChainShapeMemo {
  private readonly byKey = new Map<string, string[]>()
  private last: { certificates: string[]; problems: string[] } | undefined

  problems(chain: unknown[]): string[] {
    if (this.last && sameCertificates(chain, this.last.certificates))
      return this.last.problems
    const certificates = rawCertificates(chain)
    const key = certificates
      ? certificates.map((raw) => `${raw.length}:${raw}`).join('')
      : `json:${JSON.stringify(chain)}`
    let found = this.byKey.get(key)
    if (!found) {
      found = chainProblems(chain)
      if (this.byKey.size >= MAX_CHAIN_MEMO) this.byKey.clear()
      this.byKey.set(key, found)
    }
    this.last = certificates ? { certificates, problems: found } : undefined
    return found
  }
}

/** Each entry's base64 certificate, or undefined when one has none. */
function rawCertificates(chain: unknown[]): string[] | undefined {
  const raw: string[] = []
  for (const entry of chain) {
    if (!isObject(entry) || typeof entry.rawBytes !== 'string') return undefined
    raw.push(entry.rawBytes)
  }
  return raw
}

function sameCertificates(chain: unknown[], certificates: string[]): boolean {
  return (
    chain.length === certificates.length &&
    chain.every(
      (entry, i) => isObject(entry) && entry.rawBytes === certificates[i]
    )
  )
}

export function bundleShapeProblems(
  json: unknown,
  chainMemo?: ChainShapeMemo
): string[] {
  if (!isObject(json) || !isObject(json.verificationMaterial)) return []
  const material = json.verificationMaterial
  const problems: string[] = mediaTypeProblems(json.mediaType, material)
  const chain = isObject(material.x509CertificateChain)
    ? material.x509CertificateChain.certificates
    : undefined
  if (Array.isArray(chain)) {
    problems.push(...(chainMemo?.problems(chain) ?? chainProblems(chain)))
  }
  if (Array.isArray(material.tlogEntries)) {
    for (const entry of material.tlogEntries) {
      if (!isObject(entry) || !isObject(entry.inclusionProof)) continue
      const proof = entry.inclusionProof
      if (isObject(proof.checkpoint) && proof.checkpoint.envelope) continue
      if (typeof entry.canonicalizedBody !== 'string') continue
      if (!merkleInclusionHolds(entry.canonicalizedBody, proof)) {
        problems.push(
          `the inclusion proof of log entry ${String(entry.logIndex)} does not hash to its root`
        )
      }
    }
  }
  return problems
}

const MAX_CHAIN_MEMO = 1000

const BUNDLE_VERSIONS: Record<string, '0.1' | '0.2' | '0.3'> = {
  'application/vnd.dev.sigstore.bundle+json;version=0.1': '0.1',
  'application/vnd.dev.sigstore.bundle+json;version=0.2': '0.2',
  'application/vnd.dev.sigstore.bundle+json;version=0.3': '0.3',
  'application/vnd.dev.sigstore.bundle.v0.3+json': '0.3'
}

function mediaTypeProblems(
  mediaType: unknown,
  material: Record<string, unknown>
): string[] {
  const version =
    typeof mediaType === 'string' ? BUNDLE_VERSIONS[mediaType] : undefined
  if (!version) {
    return [
      `media type ${JSON.stringify(mediaType)} is not a Sigstore bundle version Provenant knows (0.1, 0.2, 0.3)`
    ]
  }
  const problems: string[] = []
  const label = `a v${version} bundle`
  if (version === '0.3' && material.x509CertificateChain !== undefined) {
    problems.push(
      `${label} carries a single certificate, not an x509CertificateChain`
    )
  }
  if (version !== '0.3' && material.certificate !== undefined) {
    problems.push(
      `${label} carries an x509CertificateChain, not a single certificate (v0.3 content under a v${version} label)`
    )
  }
  const entries = Array.isArray(material.tlogEntries)
    ? material.tlogEntries
    : []
  const needs = version === '0.1' ? 'inclusionPromise' : 'inclusionProof'
  entries.forEach((entry, index) => {
    if (!isObject(entry) || !isObject(entry[needs])) {
      problems.push(
        `transparency-log entry ${index} of ${label} lacks its ${needs}`
      )
    }
  })
  return problems
}

function chainProblems(chain: unknown[]): string[] {
  const certificates: X509Certificate[] = []
  for (const [index, entry] of chain.entries()) {
    if (!isObject(entry) || typeof entry.rawBytes !== 'string') continue
    try {
      certificates.push(
        X509Certificate.parse(Buffer.from(entry.rawBytes, 'base64'))
      )
    } catch {
      return [`certificate ${index} of the chain is not X.509`]
    }
  }
  const problems: string[] = []
  certificates.forEach((certificate, index) => {
    const selfSigned = certificate.subject.equals(certificate.issuer)
    const next = certificates[index + 1]
    if (selfSigned && next) {
      problems.push(
        `certificate ${index} of the chain is a root certificate before the end of the chain`
      )
    } else if (next && !certificate.issuer.equals(next.subject)) {
      problems.push(
        `certificate ${index} of the chain is not issued by the next one`
      )
    } else if (
      !selfSigned &&
      (!certificate.extSubjectKeyID || !certificate.extAuthorityKeyID)
    ) {
      problems.push(
        `certificate ${index} of the chain lacks the Subject or Authority Key Identifier extension`
      )
    }
  })
  return problems
}

const sha256 = (...parts: Buffer[]): Buffer => {
  const hash = createHash('sha256')
  for (const p of parts) hash.update(p)
  return hash.digest()
}

/** RFC 9162 2.1.3.2: the audit path from the leaf to the root hash. */
export function merkleInclusionHolds(
  body: string,
  proof: Record<string, unknown>
): boolean {
  try {
    let index = BigInt(String(proof.logIndex))
    let last = BigInt(String(proof.treeSize)) - 1n
    if (index < 0n || index > last) return false
    const root = Buffer.from(String(proof.rootHash), 'base64')
    const hashes = Array.isArray(proof.hashes)
      ? proof.hashes.map((h) => Buffer.from(String(h), 'base64'))
      : []
    let node = sha256(Buffer.from([0]), Buffer.from(body, 'base64'))
    for (const sibling of hashes) {
      if (last === 0n) return false
      if ((index & 1n) === 1n || index === last) {
        node = sha256(Buffer.from([1]), sibling, node)
        while ((index & 1n) === 0n && index !== 0n) {
          index >>= 1n
          last >>= 1n
        }
      } else {
        node = sha256(Buffer.from([1]), node, sibling)
      }
      index >>= 1n
      last >>= 1n
    }
    return last === 0n && node.equals(root)
  } catch {
    return false
  }
}

/**
 * RFC 3161 timestamps that no timestamp authority of the trusted root can
 * check are still held to one rule: their time must fall inside the
 * signing certificate's validity (a timestamp outside it is a bad one).
 */
export function timestampWindowProblems(json: unknown): string[] {
  if (!isObject(json) || !isObject(json.verificationMaterial)) return []
  const material = json.verificationMaterial
  const raw = isObject(material.certificate)
    ? material.certificate.rawBytes
    : isObject(material.x509CertificateChain) &&
        Array.isArray(material.x509CertificateChain.certificates) &&
        isObject(material.x509CertificateChain.certificates[0])
      ? material.x509CertificateChain.certificates[0].rawBytes
      : undefined
  const data = material.timestampVerificationData
  const stamps =
    isObject(data) && Array.isArray(data.rfc3161Timestamps)
      ? data.rfc3161Timestamps
      : []
  if (typeof raw !== 'string' || stamps.length === 0) return []
  const leaf = X509Certificate.parse(Buffer.from(raw, 'base64'))
  const problems: string[] = []
  for (const stamp of stamps) {
    if (!isObject(stamp) || typeof stamp.signedTimestamp !== 'string') continue
    let time: Date
    try {
      time = RFC3161Timestamp.parse(
        Buffer.from(stamp.signedTimestamp, 'base64')
      ).signingTime
    } catch {
      problems.push('an RFC 3161 timestamp cannot be read')
      continue
    }
    if (!leaf.validForDate(time)) {
      problems.push(
        `the RFC 3161 timestamp ${time.toISOString()} falls outside the signing certificate's validity`
      )
    }
  }
  return problems
}
