/**
 * `--key` on the command line: a PEM file's path (as cosign's flag is) or
 * the PEM text itself. The action input is always the text, e.g. from a
 * secret. The value may be the secret itself in any form (armoured or
 * not), so no message ever repeats it; a path is read only up to the size
 * of a key file, so `--key /dev/zero` is refused, not read forever.
 */
import { closeSync, openSync, readSync } from 'node:fs'
import { InputError } from '../lib/errors.js'
import { MAX_KEY_FILE_BYTES } from '../io/sign/cosign-key.js'

export interface KeyFlag {
  /** The PEM text, or undefined when --key is not given. */
  text: string | undefined
  /** How messages name the key: `--key cosign.key`, or `--key` for inline text. */
  label: string
}

export function readKeyFlag(value: string | undefined): KeyFlag {
  if (value === undefined || value.includes('-----BEGIN')) {
    return { text: value, label: '--key' }
  }
  const label = `--key ${value}`
  let bytes: Buffer
  try {
    bytes = readAtMost(value, MAX_KEY_FILE_BYTES + 1)
  } catch {
    throw new InputError(
      'SIGN_KEY_FILE_UNREADABLE',
      '--key: the value is neither PEM text (-----BEGIN ...) nor the path of a readable key file; give a PEM file, or the whole PEM text with its armour: --key "$(cat key.pem)"'
    )
  }
  if (bytes.length > MAX_KEY_FILE_BYTES) {
    throw new InputError(
      'SIGN_KEY_FILE_TOO_LARGE',
      `${label}: larger than ${MAX_KEY_FILE_BYTES / 1024} KiB, so not a key file; give the PEM key file`
    )
  }
  return { text: bytes.toString('utf8'), label }
}

function readAtMost(file: string, limit: number): Buffer {
  const fd = openSync(file, 'r')
  try {
    const buffer = Buffer.alloc(limit)
    let length = 0
    while (length < limit) {
      const read = readSync(fd, buffer, length, limit - length, null)
      if (read === 0) break
      length += read
    }
    return buffer.subarray(0, length)
  } finally {
    closeSync(fd)
  }
}
