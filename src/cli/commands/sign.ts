/**
 * `provenant sign <file>...`: the sign action's core from the command line.
 * Every action input is a flag of the same name; `--local` signs against
 * the embedded local stack (and writes its trusted_root.json beside the
 * bundles); `--json` prints what was written and who signed.
 */
import { openFence } from '../../io/fs/path-fence.js'
import path from 'node:path'
import { isImageReference } from '../../lib/oci/reference.js'
import { processTerminal, readPassphrase } from '../../io/sign/passphrase.js'
import { readRepositoryVisibility } from '../../io/sign/visibility.js'
import type { SignFilesResult } from '../../io/sign/sign-files.js'
import { signFiles } from '../../io/sign/sign-files.js'
import {
  parseSignInputs,
  SIGN_INPUTS,
  type SignInputs
} from '../../lib/sign/inputs.js'
import type { Command } from '../command.js'
import {
  JSON_FLAG,
  LOCAL_FLAG,
  parseInputFlags,
  withArguments
} from '../input-flags.js'
import { readKeyFlag } from '../key-flag.js'
import { type CliOutput, stderrLogger } from '../output.js'

const USAGE =
  'provenant sign <file | oci://registry/repository@sha256:digest>... [--output-dir DIR] [--legacy-sig] [--local] [--json] [--<input> VALUE]...'

const SIGN_FLAGS = { ...SIGN_INPUTS, local: LOCAL_FLAG, json: JSON_FLAG }

export const signCommand: Command = {
  name: 'sign',
  summary: 'sign files with Sigstore (one certificate per run)',
  usage: USAGE,
  details:
    'The files may also be given as arguments, paths or globs; images as oci:// references (a tag is resolved to its digest once). Off a runner, sign with --identity-token (or SIGSTORE_ID_TOKEN), with --key, or with --local.',
  flags: SIGN_FLAGS,
  async run(argv, output) {
    const { values, positionals, flags } = parseInputFlags(argv, SIGN_FLAGS)
    const env = process.env
    const local = values.local === true
    const { text: keyFlag, label: keyLabel } = readKeyFlag(flags('key'))
    const withFiles = withArguments(flags, {
      files: positionals.filter((p) => !isImageReference(p)),
      images: positionals.filter((p) => isImageReference(p))
    })
    const source = (name: string): string | undefined => {
      // cosign and sigstore-python read a token from SIGSTORE_ID_TOKEN too.
      if (name === 'identity-token' && !local) {
        return flags(name) ?? env.SIGSTORE_ID_TOKEN
      }
      if (name === 'key') return keyFlag
      return withFiles(name)
    }
    const logger = stderrLogger(output)
    const sign = async (
      inputs: SignInputs,
      verifyTrustedRoot?: string
    ): Promise<SignFilesResult> =>
      signFiles(inputs, {
        fence: openFence(process.cwd()),
        env: local ? {} : env,
        visibility: await readRepositoryVisibility(env),
        logger,
        onSecret: () => undefined,
        keyLabel,
        passphrase: (label) =>
          readPassphrase({ env, label, streams: processTerminal() }),
        ...(verifyTrustedRoot ? { verifyTrustedRoot } : {})
      })

    let trustedRoot: string | undefined
    let result: SignFilesResult
    if (local) {
      // Loaded only here: the embedded stack is most of the CLI's code.
      const { signWithLocalStack } = await import('./sign-local.js')
      ;({ result, trustedRoot } = await signWithLocalStack(source, sign))
    } else {
      const inputs = parseSignInputs(source)
      trustedRoot = inputs.trustedRoot
      result = await sign(inputs)
    }
    print(output, result, trustedRoot, values.json === true)
    return 0
  }
}

function print(
  output: CliOutput,
  result: SignFilesResult,
  trustedRoot: string | undefined,
  json: boolean
): void {
  if (json) {
    output.out(
      JSON.stringify(
        {
          files: result.files.map((f) => ({
            file: f.file,
            sha256: f.sha256,
            size: f.size,
            bundle: f.bundle,
            signature: f.signature ?? null,
            certificate: f.certificate ?? null,
            logIndex: f.logIndex ?? null,
            verifyCommands: f.verifyCommands
          })),
          images: result.images,
          instance: result.instance,
          keyed: result.keyed,
          certificateIdentity: result.identity ?? null,
          certificateOidcIssuer: result.issuer ?? null,
          certificatesIssued: result.certificatesIssued,
          durationMs: result.durationMs,
          trustedRoot: trustedRoot ? path.resolve(trustedRoot) : null
        },
        null,
        2
      )
    )
    return
  }
  for (const f of result.files) {
    output.out(
      [f.bundle, f.signature, f.certificate].filter(Boolean).join('\n')
    )
  }
  for (const image of result.images) {
    output.out(
      [image.reference, image.signatureTag, image.referrer]
        .filter(Boolean)
        .join(' ')
    )
  }
  if (result.identity) {
    output.err(`identity: ${result.identity}\nissuer:   ${result.issuer ?? ''}`)
  }
  if (trustedRoot) output.err(`trusted root: ${trustedRoot}`)
  const first = result.files[0]
  if (first) {
    output.err(`verify with, e.g.:\n  ${first.verifyCommands.join('\n  ')}`)
  }
}
