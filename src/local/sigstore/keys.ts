import crypto from 'node:crypto'

export type KeyPair = crypto.KeyPairKeyObjectResult

/** A fresh ECDSA P-256 key pair, the kind every local Sigstore service signs with. */
export function createP256KeyPair(): KeyPair {
  return crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' })
}

export function toSpkiDer(key: crypto.KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' })
}

export function sha256(data: crypto.BinaryLike): Buffer {
  return crypto.createHash('sha256').update(data).digest()
}

/** A Buffer over the same bytes as any typed-array view (the mock returns views). */
export function toBuffer(view: ArrayBufferView): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength)
}
