/**
 * `generate-key-pair`'s files: a new ECDSA P-256 key sealed in cosign's
 * encrypted format as `<prefix>.key` (mode 0600) and its public key as
 * `<prefix>.pub` (PEM `PUBLIC KEY`), both written or neither. An existing
 * file is never replaced unless the user says so.
 */
import crypto from 'node:crypto'
import { lstatSync } from 'node:fs'
import path from 'node:path'
import { InputError } from '../../lib/errors.js'
import { writeFilesAtomically } from '../fs/atomic-write.js'
import { encryptCosignKey } from './cosign-key.js'

export interface KeyPairFiles {
  privateKey: string
  publicKey: string
}

export function keyPairPaths(prefix: string): KeyPairFiles {
  return { privateKey: `${prefix}.key`, publicKey: `${prefix}.pub` }
}

/** Refuses before anything is asked or written when a file is there. */
export function assertKeyPairFree(files: KeyPairFiles, force: boolean): void {
  for (const file of [files.privateKey, files.publicKey]) {
    const stat = lstatOrUndefined(file)
    if (stat?.isDirectory()) {
      throw new InputError(
        'KEYPAIR_PATH_IS_DIRECTORY',
        `${file} is a directory: choose another --output-key-prefix`
      )
    }
    if (stat && !force) {
      throw new InputError(
        'KEYPAIR_EXISTS',
        `${file} already exists: choose another --output-key-prefix, or pass --force to replace it`
      )
    }
  }
}

export async function writeKeyPair(
  files: KeyPairFiles,
  passphrase: string
): Promise<void> {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', {
    namedCurve: 'P-256'
  })
  await writeFilesAtomically([
    {
      path: path.resolve(files.privateKey),
      content: encryptCosignKey(privateKey, passphrase),
      mode: 0o600
    },
    {
      path: path.resolve(files.publicKey),
      content: publicKey.export({ format: 'pem', type: 'spki' }).toString()
    }
  ])
}

function lstatOrUndefined(file: string): ReturnType<typeof lstatSync> {
  try {
    return lstatSync(file)
  } catch {
    return undefined
  }
}
