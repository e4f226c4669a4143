/**
 * Signature verification over a digest instead of the bytes, for an
 * artifact given as `sha256:<hex>`: node:crypto only verifies over whole
 * messages. ECDSA (P-256, P-384) is checked by the textbook algorithm
 * (FIPS 186-5 6.4.2) on BigInt; RSA PKCS#1 v1.5 by recovering the
 * DigestInfo. Ed25519 signs the message itself and cannot be checked from a
 * digest.
 */
import crypto from 'node:crypto'

interface Curve {
  p: bigint
  n: bigint
  g: [bigint, bigint]
}

const CURVES: Record<string, Curve> = {
  'P-256': {
    p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
    n: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
    g: [
      0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n,
      0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n
    ]
  },
  'P-384': {
    p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffffn,
    n: 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
    g: [
      0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7n,
      0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5fn
    ]
  }
}

const DIGEST_INFO_PREFIX: Record<number, string> = {
  32: '3031300d060960864801650304020105000420',
  48: '3041300d060960864801650304020205000430',
  64: '3051300d060960864801650304020305000440'
}

/** True when `signature` was made by `key` over the message whose digest is `digest`. */
export function verifyPrehashed(
  key: crypto.KeyObject,
  digest: Buffer,
  signature: Buffer
): boolean {
  if (key.asymmetricKeyType === 'rsa') {
    const prefix = DIGEST_INFO_PREFIX[digest.length]
    if (!prefix) return false
    try {
      const info = crypto.publicDecrypt(
        { key, padding: crypto.constants.RSA_PKCS1_PADDING },
        signature
      )
      return info.equals(Buffer.concat([Buffer.from(prefix, 'hex'), digest]))
    } catch {
      return false
    }
  }
  if (key.asymmetricKeyType !== 'ec') {
    throw new Error(
      `a ${key.asymmetricKeyType ?? 'non-EC'} signature is over the whole file; give the file, not its digest`
    )
  }
  const jwk = key.export({ format: 'jwk' })
  const curve = CURVES[jwk.crv ?? '']
  if (!curve || !jwk.x || !jwk.y)
    throw new Error(`curve ${jwk.crv} is not supported`)
  const rs = decodeDerSignature(signature)
  if (!rs) return false
  const [r, s] = rs
  const { n } = curve
  if (r <= 0n || r >= n || s <= 0n || s >= n) return false
  const e = bitsToInt(digest, n)
  const w = modPow(s, n - 2n, n)
  const q: [bigint, bigint] = [
    toBigInt(Buffer.from(jwk.x, 'base64url')),
    toBigInt(Buffer.from(jwk.y, 'base64url'))
  ]
  const point = shamir(curve, (e * w) % n, (r * w) % n, q)
  if (!point) return false
  return point[0] % n === r
}

type Jacobian = [bigint, bigint, bigint]

function shamir(
  c: Curve,
  u1: bigint,
  u2: bigint,
  q: [bigint, bigint]
): [bigint, bigint] | undefined {
  const g: Jacobian = [c.g[0], c.g[1], 1n]
  const qj: Jacobian = [q[0], q[1], 1n]
  const gq = add(c.p, g, qj)
  let acc: Jacobian | undefined
  const bits = Math.max(u1.toString(2).length, u2.toString(2).length)
  for (let i = bits - 1; i >= 0; i--) {
    if (acc) acc = double(c.p, acc)
    const b1 = (u1 >> BigInt(i)) & 1n
    const b2 = (u2 >> BigInt(i)) & 1n
    const addend = b1 && b2 ? gq : b1 ? g : b2 ? qj : undefined
    if (addend) acc = acc ? add(c.p, acc, addend) : addend
  }
  if (!acc || acc[2] === 0n) return undefined
  const zInv = modPow(acc[2], c.p - 2n, c.p)
  const zInv2 = (zInv * zInv) % c.p
  return [(acc[0] * zInv2) % c.p, (acc[1] * zInv2 * zInv) % c.p]
}

const mod = (a: bigint, p: bigint): bigint => ((a % p) + p) % p

/** dbl-2001-b (a = -3). */
function double(p: bigint, [x, y, z]: Jacobian): Jacobian {
  if (z === 0n || y === 0n) return [1n, 1n, 0n]
  const delta = mod(z * z, p)
  const gamma = mod(y * y, p)
  const beta = mod(x * gamma, p)
  const alpha = mod(3n * (x - delta) * (x + delta), p)
  const x3 = mod(alpha * alpha - 8n * beta, p)
  const z3 = mod((y + z) * (y + z) - gamma - delta, p)
  const y3 = mod(alpha * (4n * beta - x3) - 8n * gamma * gamma, p)
  return [x3, y3, z3]
}

/** add-2007-bl. */
function add(p: bigint, a: Jacobian, b: Jacobian): Jacobian {
  if (a[2] === 0n) return b
  if (b[2] === 0n) return a
  const z1z1 = mod(a[2] * a[2], p)
  const z2z2 = mod(b[2] * b[2], p)
  const u1 = mod(a[0] * z2z2, p)
  const u2 = mod(b[0] * z1z1, p)
  const s1 = mod(a[1] * b[2] * z2z2, p)
  const s2 = mod(b[1] * a[2] * z1z1, p)
  const h = mod(u2 - u1, p)
  const r = mod(2n * (s2 - s1), p)
  if (h === 0n) return r === 0n ? double(p, a) : [1n, 1n, 0n]
  const i = mod(4n * h * h, p)
  const j = mod(h * i, p)
  const v = mod(u1 * i, p)
  const x3 = mod(r * r - j - 2n * v, p)
  const y3 = mod(r * (v - x3) - 2n * s1 * j, p)
  const z3 = mod(((a[2] + b[2]) * (a[2] + b[2]) - z1z1 - z2z2) * h, p)
  return [x3, y3, z3]
}

function modPow(base: bigint, exponent: bigint, m: bigint): bigint {
  let result = 1n
  let b = mod(base, m)
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % m
    b = (b * b) % m
  }
  return result
}

function toBigInt(bytes: Buffer): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${bytes.toString('hex')}`)
}

/** The leftmost bits of the digest, as many as the order has. */
function bitsToInt(digest: Buffer, n: bigint): bigint {
  const nBits = n.toString(2).length
  const e = toBigInt(digest)
  const extra = digest.length * 8 - nBits
  return extra > 0 ? e >> BigInt(extra) : e
}

/** ECDSA-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }. */
function decodeDerSignature(der: Buffer): [bigint, bigint] | undefined {
  let offset = 0
  const readLength = (): number | undefined => {
    const first = der[offset++]
    if (first === undefined) return undefined
    if (first < 0x80) return first
    const count = first & 0x7f
    let length = 0
    for (let i = 0; i < count; i++) length = length * 256 + (der[offset++] ?? 0)
    return length
  }
  if (der[offset++] !== 0x30 || readLength() === undefined) return undefined
  const ints: bigint[] = []
  for (let k = 0; k < 2; k++) {
    if (der[offset++] !== 0x02) return undefined
    const length = readLength()
    if (length === undefined || offset + length > der.length) return undefined
    ints.push(toBigInt(der.subarray(offset, offset + length)))
    offset += length
  }
  return [ints[0]!, ints[1]!]
}
