/**
 * Signing keys: the run's ephemeral ECDSA P-256 key, or the user's own key
 * (ECDSA P-256 or Ed25519) in keyed mode. ECDSA hashes then signs, so a file
 * can be signed chunk by chunk; Ed25519 signs the whole message.
 */
import crypto from 'node:crypto'
import { InputError } from '../../lib/errors.js'

export type KeyAlgorithm = 'ecdsa-p256-sha256' | 'ed25519'

export interface StreamingSigner {
  update(chunk: Buffer): void
  /** The DER signature over everything given to update(). */
  sign(): Buffer
}

export interface SigningKey {
  algorithm: KeyAlgorithm
  publicKey: crypto.KeyObject
  publicKeyPem: string
  /** hex SHA-256 of the SubjectPublicKeyInfo: the bundle's public-key hint. */
  hint: string
  sign(data: Buffer): Buffer
  /** For hash-then-sign keys; undefined when the key needs the whole message. */
  createStreamingSigner(): StreamingSigner | undefined
}

export function createEphemeralKey(): SigningKey {
  const { privateKey } = crypto.generateKeyPairSync('ec', {
    namedCurve: 'P-256'
  })
  return toSigningKey(privateKey)
}

/** The user's `key` input; never echoes it. */
export function parsePrivateKey(pem: string): SigningKey {
  let privateKey: crypto.KeyObject
  try {
    privateKey = crypto.createPrivateKey({ key: pem, format: 'pem' })
  } catch (error) {
    throw new InputError(
      'SIGN_KEY_UNREADABLE',
      'input "key" cannot be read as a PEM private key (PKCS#8 or SEC1, unencrypted)',
      { cause: scrubbed(error) }
    )
  }
  return toSigningKey(privateKey)
}

function toSigningKey(privateKey: crypto.KeyObject): SigningKey {
  const algorithm = algorithmOf(privateKey)
  const publicKey = crypto.createPublicKey(privateKey)
  const spki = publicKey.export({ format: 'der', type: 'spki' })
  const digest = algorithm === 'ed25519' ? null : 'sha256'
  return {
    algorithm,
    publicKey,
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    hint: crypto.createHash('sha256').update(spki).digest('hex'),
    sign: (data) => crypto.sign(digest, data, privateKey),
    createStreamingSigner: () => {
      if (algorithm === 'ed25519') return undefined
      const signer = crypto.createSign('sha256')
      return {
        update: (chunk) => void signer.update(chunk),
        sign: () => signer.sign(privateKey)
      }
    }
  }
}

function algorithmOf(key: crypto.KeyObject): KeyAlgorithm {
  if (key.asymmetricKeyType === 'ed25519') return 'ed25519'
  if (
    key.asymmetricKeyType === 'ec' &&
    key.asymmetricKeyDetails?.namedCurve === 'prime256v1'
  ) {
    return 'ecdsa-p256-sha256'
  }
  const curve = key.asymmetricKeyDetails?.namedCurve
  throw new InputError(
    'SIGN_KEY_ALGORITHM',
    `input "key" is a${key.asymmetricKeyType === 'ec' ? 'n' : ''} ${key.asymmetricKeyType ?? 'unknown'}${curve ? ` ${curve}` : ''} key: use ECDSA P-256 (prime256v1) or Ed25519`
  )
}

/** OpenSSL's messages do not quote keys, but keep only the code to be sure. */
function scrubbed(error: unknown): Error {
  const code = (error as { code?: unknown }).code
  return new Error(typeof code === 'string' ? code : 'unreadable key')
}
