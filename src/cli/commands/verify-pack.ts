/**
 * `provenant verify-pack <pack> [--lock FILE] [--signature FILE] [--json]`:
 * an XME vendored pack against its lock file and minisign signature. Exit
 * codes are the XME script's: 0 verified, 1 bad signature, 2 a file
 * missing (or a lock without sha256:/pubkey:), 3 checksum mismatch.
 */
import {
  EXIT_INPUT,
  EXIT_OK,
  EXIT_OTHER,
  EXIT_VERIFICATION_FAILED,
  InputError,
  VerificationError,
  toProvenantError
} from '../../lib/errors.js'
import { verifyPack } from '../../io/verify/pack.js'
import { defineInputs } from '../../lib/inputs/index.js'
import { JSON_FLAG, parseFlags } from '../input-flags.js'
import type { Command } from '../command.js'

export const PACK_EXIT_BAD_SIGNATURE = EXIT_VERIFICATION_FAILED
export const PACK_EXIT_MISSING = EXIT_INPUT
export const PACK_EXIT_CHECKSUM = 3

const VERIFY_PACK_FLAGS = defineInputs({
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
  json: JSON_FLAG
})

export const verifyPackCommand: Command = {
  name: 'verify-pack',
  summary: 'verify a vendored pack: lock-file sha256 and minisign signature',
  usage:
    'provenant verify-pack <pack> [--lock FILE] [--signature FILE.minisig] [--json]',
  flags: VERIFY_PACK_FLAGS,
  async run(argv, output) {
    const { values, positionals } = parseFlags(argv, VERIFY_PACK_FLAGS)
    if (positionals.length !== 1) {
      throw new InputError(
        'INPUT_USAGE',
        `give exactly one pack; usage: ${this.usage}`
      )
    }
    try {
      const result = await verifyPack({
        pack: positionals[0]!,
        cwd: process.cwd(),
        ...(values.lock ? { lock: values.lock } : {}),
        ...(values.signature ? { signature: values.signature } : {})
      })
      output.out(
        values.json
          ? JSON.stringify({ verified: true, ...result }, null, 2)
          : `${result.pack} verified: sha256 ${result.sha256} matches ${result.lock}; minisign signature ${result.signature} by key ${result.keyId} (trusted comment: ${result.trustedComment})`
      )
      return EXIT_OK
    } catch (thrown) {
      const error = toProvenantError(thrown)
      const exit =
        error instanceof InputError
          ? PACK_EXIT_MISSING
          : error instanceof VerificationError
            ? error.code === 'VERIFY_CHECKSUM_MISMATCH'
              ? PACK_EXIT_CHECKSUM
              : PACK_EXIT_BAD_SIGNATURE
            : EXIT_OTHER
      if (values.json) {
        output.out(
          JSON.stringify(
            { verified: false, code: error.code, error: error.message },
            null,
            2
          )
        )
      }
      output.err(`provenant verify-pack: ${error.message}`)
      return exit
    }
  }
}
