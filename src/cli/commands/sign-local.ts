/**
 * `provenant sign --local`: the embedded local stack signs with a token it
 * mints; its trusted_root.json is written into the output directory (or
 * beside the first file) once signing succeeded.
 */
import path from 'node:path'
import type { SignFilesResult } from '../../io/sign/sign-files.js'
import type { InputSource } from '../../lib/inputs/index.js'
import { parseList } from '../../lib/inputs/index.js'
import type { SignInputs } from '../../lib/sign/inputs.js'
import { parseSignInputs } from '../../lib/sign/parse-inputs.js'
import { fixedDirectoryOf } from '../../lib/sign/paths.js'
import { SIGSTORE_AUDIENCE, TRUSTED_ROOT_FILE } from '../../local/stack.js'
import {
  keepTrustedRoot,
  assertNoLocalClashes,
  withLocalSigning
} from './local-signing.js'

export type LocalSign = (
  inputs: SignInputs,
  verifyTrustedRoot: string
) => Promise<SignFilesResult>

export async function withLocalStack(
  source: InputSource,
  sign: LocalSign
): Promise<{ result: SignFilesResult; trustedRoot: string | undefined }> {
  assertNoLocalClashes(source, 'the instance and the token')
  const firstPattern = parseList(source('files'))[0] ?? '.'
  const outputDir = source('output-dir')?.trim()
  const dir = path.resolve(outputDir || fixedDirectoryOf(firstPattern))
  const finalRoot = path.join(dir, TRUSTED_ROOT_FILE)

  return withLocalSigning(async (local) => {
    const keyed = Boolean(source('key')?.trim())
    const overrides: Record<string, string> = {
      ...local.instance,
      ...(keyed
        ? {}
        : {
            'identity-token':
              await local.stack.oidc.mintToken(SIGSTORE_AUDIENCE)
          })
    }
    const inputs = parseSignInputs((name) => overrides[name] ?? source(name))
    const result = await sign(
      inputs,
      path.relative(process.cwd(), finalRoot) || TRUSTED_ROOT_FILE
    )
    // Nothing signed (allow-empty): nothing for a trusted root to verify.
    if (result.files.length === 0) return { result, trustedRoot: undefined }
    await keepTrustedRoot(local, finalRoot)
    return { result, trustedRoot: finalRoot }
  })
}
