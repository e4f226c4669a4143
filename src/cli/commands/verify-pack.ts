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
import {
  parseVerifyPackInputs,
  VERIFY_PACK_INPUTS
} from '../../lib/verify/pack-inputs.js'
import { parseFlags } from '../input-flags.js'
import type { Command } from '../command.js'

export const PACK_EXIT_BAD_SIGNATURE = EXIT_VERIFICATION_FAILED
export const PACK_EXIT_MISSING = EXIT_INPUT
export const PACK_EXIT_CHECKSUM = 3

export const verifyPackCommand: Command = {
  name: 'verify-pack',
  summary: 'verify a vendored pack: lock-file sha256 and minisign signature',
  usage:
    'provenant verify-pack <pack> [--lock FILE] [--signature FILE.minisig] [--json]',
  flags: VERIFY_PACK_INPUTS,
  async run(argv, output) {
    const { values, positionals } = parseFlags(argv, VERIFY_PACK_INPUTS)
    const { json, ...request } = parseVerifyPackInputs(
      values,
      positionals,
      this.usage
    )
    try {
      const result = await verifyPack({ ...request, cwd: process.cwd() })
      output.out(
        json
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
      if (json) {
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
