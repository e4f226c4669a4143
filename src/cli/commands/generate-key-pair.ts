/**
 * `provenant generate-key-pair [--output-key-prefix cosign] [--force]`:
 * a new signing key in cosign's encrypted format (`cosign.key`, 0600) and
 * its public key (`cosign.pub`), as `cosign generate-key-pair` writes
 * them: cosign, skopeo and `provenant sign --key` read the key, and
 * `verify --key` / `cosign verify --key` take the public key. The
 * passphrase comes from COSIGN_PASSWORD, or is asked twice on the
 * terminal; it may be empty, as cosign allows.
 */
import {
  GENERATE_KEY_PAIR_INPUTS,
  parseKeyPairInputs
} from '../../lib/sign/key-pair-inputs.js'
import {
  assertKeyPairFree,
  keyPairPaths,
  writeKeyPair
} from '../../io/sign/key-pair.js'
import { processTerminal, readPassphrase } from '../../io/sign/passphrase.js'
import type { Command } from '../command.js'
import { parseFlags } from '../input-flags.js'

export const generateKeyPairCommand: Command = {
  name: 'generate-key-pair',
  summary: "make a signing key pair in cosign's encrypted format",
  usage:
    'provenant generate-key-pair [--output-key-prefix PREFIX] [--force] [--json]',
  details:
    'The passphrase is read from COSIGN_PASSWORD (it may be empty) or asked twice on the terminal. Sign with `provenant sign --key PREFIX.key`, verify with `provenant verify-bundle --key PREFIX.pub`; cosign and skopeo read the same files.',
  flags: GENERATE_KEY_PAIR_INPUTS,
  async run(argv, output) {
    const { values } = parseFlags(argv, GENERATE_KEY_PAIR_INPUTS, {
      allowPositionals: false
    })
    const { prefix, force, json } = parseKeyPairInputs(values)
    const files = keyPairPaths(prefix)
    assertKeyPairFree(files, force)
    const passphrase = await readPassphrase({
      env: process.env,
      label: files.privateKey,
      confirm: true,
      streams: processTerminal()
    })
    assertKeyPairFree(files, force)
    await writeKeyPair(files, passphrase)
    if (json) {
      output.out(JSON.stringify(files, null, 2))
    } else {
      output.err(`Private key written to ${files.privateKey}`)
      output.err(`Public key written to ${files.publicKey}`)
    }
    return 0
  }
}
