/**
 * `provenant sign --local`: the embedded local stack signs with a token it
 * mints; its trusted_root.json is written into the output directory (or
 * beside the first file) once signing succeeded.
 */
import path from 'node:path'
import type { SignFilesResult } from '../../io/sign/sign-files.js'
import type { InputSource } from '../../lib/inputs/index.js'
import { parseList } from '../../lib/inputs/index.js'
import { parseSignInputs, type SignInputs } from '../../lib/sign/inputs.js'
import { fixedDirectoryOf } from '../../lib/sign/paths.js'
import { SIGSTORE_AUDIENCE, TRUSTED_ROOT_FILE } from '../../local/stack.js'
import { withLocalStack } from './local-signing.js'

export type LocalSign = (
  inputs: SignInputs,
  verifyTrustedRoot: string
) => Promise<SignFilesResult>

export async function signWithLocalStack(
  source: InputSource,
  sign: LocalSign
): Promise<{ result: SignFilesResult; trustedRoot: string | undefined }> {
  const firstPattern = parseList(source('files'))[0] ?? '.'
  const outputDir = source('output-dir')?.trim()
  const dir = path.resolve(outputDir || fixedDirectoryOf(firstPattern))
  const finalRoot = path.join(dir, TRUSTED_ROOT_FILE)
  const keyed = Boolean(source('key')?.trim())
  return withLocalStack(source, {
    chooses: 'the instance and the token',
    overrides: async (local): Promise<Record<string, string>> =>
      keyed
        ? {}
        : {
            'identity-token':
              await local.stack.oidc.mintToken(SIGSTORE_AUDIENCE)
          },
    parse: parseSignInputs,
    run: (inputs) =>
      sign(
        inputs,
        path.relative(process.cwd(), finalRoot) || TRUSTED_ROOT_FILE
      ),
    // Nothing signed (allow-empty): nothing for a trusted root to verify.
    trustedRootPath: (result) =>
      result.files.length === 0 && result.images.length === 0
        ? undefined
        : finalRoot
  })
}
