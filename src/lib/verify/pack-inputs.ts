/**
 * `provenant verify-pack`'s flags: one table for the flags and their help,
 * and the parser into the typed request.
 */
import { InputError } from '../errors.js'
import type { FlagValues } from '../inputs/index.js'
import { defineInputs, JSON_INPUT } from '../inputs/index.js'

export const VERIFY_PACK_INPUTS = defineInputs({
  lock: {
    kind: 'string',
    description:
      "The pack's lock file (sha256: and pubkey: lines); <pack>.lock when not given.",
    example: 'vendor/2cat.lock'
  },
  signature: {
    kind: 'string',
    description:
      "The pack's minisign signature; <pack>.minisig when not given.",
    example: 'vendor/2cat.tar.gz.minisig'
  },
  json: JSON_INPUT
})

export interface VerifyPackRequest {
  pack: string
  lock?: string
  signature?: string
  json: boolean
}

/** The flags and the one <pack> into a request. */
export function parseVerifyPackInputs(
  values: FlagValues<typeof VERIFY_PACK_INPUTS>,
  positionals: readonly string[],
  usage: string
): VerifyPackRequest {
  if (positionals.length !== 1) {
    throw new InputError(
      'INPUT_USAGE',
      `give exactly one pack; usage: ${usage}`
    )
  }
  return {
    pack: positionals[0]!,
    ...(values.lock ? { lock: values.lock } : {}),
    ...(values.signature ? { signature: values.signature } : {}),
    json: values.json === true
  }
}
