/**
 * @sigstore/verify's certificate chain check, made once per chain and
 * validity facts: sigstore-js builds and checks the timestamp authority's
 * chain anew for every RFC 3161 timestamp, and each bundle of a release
 * carries one. The path a chain check finds depends only on the
 * certificates (compared as objects: the trust material's are parsed once,
 * and entity.ts parses each distinct signing certificate once) and on which
 * of them are valid at the time checked; a found path is remembered on
 * exactly those, a failure never is. The check runs in checkNow, so a path
 * kept is never one found on a provisional signature answer.
 * If @sigstore/verify renames the class, it is left as it is.
 */
import type { X509Certificate } from '@sigstore/core'
import { CertificateChainVerifier } from '@sigstore/verify/dist/key/certificate.js'
import { checkNow } from './signature-checks.js'

/** Paths kept; past it, the memo starts over. */
const MAX_PATHS_MEMO = 1000
const PATCHED = Symbol.for('provenant.chain-memo')

interface ChainCheck {
  untrustedCert: X509Certificate
  trustedCerts: X509Certificate[]
  localCerts: X509Certificate[]
  timestamp: Date
}

type Verify = (this: ChainCheck) => X509Certificate[]

export function memoizeChainPaths(): void {
  const proto = (
    CertificateChainVerifier as unknown as { prototype?: object } | undefined
  )?.prototype as ({ verify?: Verify } & { [PATCHED]?: true }) | undefined
  const original = proto?.verify
  if (!proto || typeof original !== 'function' || proto[PATCHED]) return
  const ids = new WeakMap<X509Certificate, number>()
  const idOf = (certificate: X509Certificate): number => {
    let id = ids.get(certificate)
    if (id === undefined) {
      id = nextId++
      ids.set(certificate, id)
    }
    return id
  }
  let nextId = 0
  const paths = new Map<string, X509Certificate[]>()
  proto.verify = function (this: ChainCheck) {
    const { untrustedCert, trustedCerts, localCerts, timestamp } = this
    if (!Array.isArray(trustedCerts) || !Array.isArray(localCerts)) {
      return original.call(this)
    }
    const key = `${[untrustedCert, ...trustedCerts].map(idOf).join(',')}|${localCerts
      .map((c) => (c.validForDate(timestamp) ? '1' : '0'))
      .join('')}`
    const known = paths.get(key)
    if (known) return [...known]
    const path = checkNow(() => original.call(this))
    if (paths.size >= MAX_PATHS_MEMO) paths.clear()
    paths.set(key, [...path])
    return path
  }
  Object.defineProperty(proto, PATCHED, { value: true })
}
