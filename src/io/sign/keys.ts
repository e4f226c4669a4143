/**
 * Signing keys: the run's ephemeral ECDSA P-256 key, or the user's own key
 * (ECDSA P-256 or Ed25519) in keyed mode. ECDSA hashes then signs, so a file
 * can be signed chunk by chunk; Ed25519 signs the whole message.
 */
import crypto from 'node:crypto'
import { InputError } from '../../lib/errors.js'
import { decryptCosignKey, isCosignEncryptedKey } from './cosign-key.js'

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

export interface PrivateKeyOptions {
  /** How the user names the key in messages; `input "key"` by default. */
  label?: string
  /** The passphrase of a cosign encrypted key (COSIGN_PASSWORD or a prompt). */
  passphrase?: string
}

/**
 * The user's key: PEM PKCS#8 or SEC1, or cosign's encrypted format with
 * its passphrase. Never echoes the key or the passphrase.
 */
export function parsePrivateKey(
  pem: string,
  options: PrivateKeyOptions = {}
): SigningKey {
  const label = options.label ?? 'input "key"'
  if (isCosignEncryptedKey(pem)) {
    if (options.passphrase === undefined) {
      throw new InputError(
        'SIGN_KEY_NO_PASSPHRASE',
        `${label} is a cosign encrypted key: set COSIGN_PASSWORD to its passphrase (it may be empty)`
      )
    }
    return toSigningKey(decryptCosignKey(pem, options.passphrase, label), label)
  }
  let privateKey: crypto.KeyObject
  try {
    privateKey = crypto.createPrivateKey({ key: pem, format: 'pem' })
  } catch (error) {
    throw new InputError(
      'SIGN_KEY_UNREADABLE',
      `${label} cannot be read as a PEM private key (PKCS#8 or SEC1 unencrypted, or cosign's encrypted format)`,
      { cause: scrubbed(error) }
    )
  }
  return toSigningKey(privateKey, label)
}

function toSigningKey(
  privateKey: crypto.KeyObject,
  label = 'the key'
): SigningKey {
  const algorithm = algorithmOf(privateKey, label)
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

function algorithmOf(key: crypto.KeyObject, label: string): KeyAlgorithm {
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
    `${label} is a${key.asymmetricKeyType === 'ec' ? 'n' : ''} ${key.asymmetricKeyType ?? 'unknown'}${curve ? ` ${curve}` : ''} key: use ECDSA P-256 (prime256v1) or Ed25519`
  )
}

/** OpenSSL's messages do not quote keys, but keep only the code to be sure. */
function scrubbed(error: unknown): Error {
  const code = (error as { code?: unknown }).code
  return new Error(typeof code === 'string' ? code : 'unreadable key')
}
