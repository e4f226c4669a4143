/**
 * `provenant generate-key-pair`'s flags: one table for the flags and their
 * help, and the parser into the typed request.
 */
import { InputError } from '../errors.js'
import type { FlagValues } from '../inputs/index.js'
import { defineInputs, JSON_INPUT } from '../inputs/index.js'

export const GENERATE_KEY_PAIR_INPUTS = defineInputs({
  'output-key-prefix': {
    kind: 'string',
    default: 'cosign',
    description:
      'Path prefix of the files written: <prefix>.key (the encrypted private key) and <prefix>.pub.',
    example: 'keys/release'
  },
  force: {
    kind: 'boolean',
    description: 'Replace <prefix>.key and <prefix>.pub when they exist.'
  },
  json: JSON_INPUT
})

export interface KeyPairRequest {
  /** <prefix>.key and <prefix>.pub are written. */
  prefix: string
  force: boolean
  json: boolean
}

export function parseKeyPairInputs(
  values: FlagValues<typeof GENERATE_KEY_PAIR_INPUTS>
): KeyPairRequest {
  const prefix = values['output-key-prefix'] ?? 'cosign'
  if (prefix.trim() === '' || prefix.endsWith('/')) {
    throw new InputError(
      'KEYPAIR_PREFIX',
      '--output-key-prefix must name a file prefix, e.g. `cosign` or `keys/release`'
    )
  }
  return { prefix, force: values.force === true, json: values.json === true }
}
