/**
 * `provenant generate-key-pair [--output-key-prefix cosign] [--force]`:
 * a new signing key in cosign's encrypted format (`cosign.key`, 0600) and
 * its public key (`cosign.pub`), as `cosign generate-key-pair` writes
 * them: cosign, skopeo and `provenant sign --key` read the key, and
 * `verify --key` / `cosign verify --key` take the public key. The
 * passphrase comes from COSIGN_PASSWORD, or is asked twice on the
 * terminal; it may be empty, as cosign allows.
 */
import { InputError } from '../../lib/errors.js'
import { defineInputs } from '../../lib/inputs/index.js'
import {
  assertKeyPairFree,
  keyPairPaths,
  writeKeyPair
} from '../../io/sign/key-pair.js'
import { processTerminal, readPassphrase } from '../../io/sign/passphrase.js'
import type { Command } from '../command.js'
import { JSON_FLAG, parseFlags } from '../input-flags.js'

const GENERATE_KEY_PAIR_FLAGS = defineInputs({
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
  json: JSON_FLAG
})

export const generateKeyPairCommand: Command = {
  name: 'generate-key-pair',
  summary: "make a signing key pair in cosign's encrypted format",
  usage:
    'provenant generate-key-pair [--output-key-prefix PREFIX] [--force] [--json]',
  details:
    'The passphrase is read from COSIGN_PASSWORD (it may be empty) or asked twice on the terminal. Sign with `provenant sign --key PREFIX.key`, verify with `provenant verify-bundle --key PREFIX.pub`; cosign and skopeo read the same files.',
  flags: GENERATE_KEY_PAIR_FLAGS,
  async run(argv, output) {
    const { values } = parseFlags(argv, GENERATE_KEY_PAIR_FLAGS, {
      allowPositionals: false
    })
    const prefix = values['output-key-prefix'] ?? 'cosign'
    if (prefix.trim() === '' || prefix.endsWith('/')) {
      throw new InputError(
        'KEYPAIR_PREFIX',
        '--output-key-prefix must name a file prefix, e.g. `cosign` or `keys/release`'
      )
    }
    const files = keyPairPaths(prefix)
    const force = values.force === true
    assertKeyPairFree(files, force)
    const passphrase = await readPassphrase({
      env: process.env,
      label: files.privateKey,
      confirm: true,
      streams: processTerminal()
    })
    assertKeyPairFree(files, force)
    await writeKeyPair(files, passphrase)
    if (values.json === true) {
      output.out(JSON.stringify(files, null, 2))
    } else {
      output.err(`Private key written to ${files.privateKey}`)
      output.err(`Public key written to ${files.publicKey}`)
    }
    return 0
  }
}
