/**
 * Reading a user's text file whole, with a size bound checked before a byte
 * is read: a file over it is refused at once (exit 2) instead of filling
 * memory. Below the bound, the readers that follow are linear in its size.
 */
import { readFileSync, statSync } from 'node:fs'
import { InputError } from '../../lib/errors.js'
import { formatBytes } from '../../lib/archive/limits.js'

/** Largest lockfile, manifest, checksum file or other text input read whole. */
export const MAX_TEXT_INPUT_BYTES = 32 * 1024 * 1024

/** The file's text, or an InputError naming `label` when it is larger than `maxBytes`. */
export function readTextBounded(
  file: string,
  label: string,
  maxBytes = MAX_TEXT_INPUT_BYTES
): string {
  const { size } = statSync(file)
  if (size > maxBytes) {
    throw new InputError(
      'INPUT_FILE_TOO_LARGE',
      `${label}: ${formatBytes(size)}, over the ${formatBytes(maxBytes)} Provenant reads from one text input; give the real file (see docs/limits.md)`
    )
  }
  return readFileSync(file, 'utf8')
}
