/**
 * `provenant sign --local`: the embedded local stack, started in-process,
 * signs with a token it mints; its trusted_root.json is written into the
 * output directory (or beside the first file) once signing succeeded.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { writeFilesAtomically } from '../../io/fs/atomic-write.js'
import type { SignFilesResult } from '../../io/sign/sign-files.js'
import { InputError } from '../../lib/errors.js'
import type { InputSource } from '../../lib/inputs/index.js'
import { parseList } from '../../lib/inputs/index.js'
import type { SignInputs } from '../../lib/sign/inputs.js'
import { parseSignInputs } from '../../lib/sign/inputs.js'
import { fixedDirectoryOf } from '../../lib/sign/paths.js'
import {
  SIGSTORE_AUDIENCE,
  TRUSTED_ROOT_FILE,
  startLocalStack
} from '../../local/stack.js'

/** Inputs --local decides itself. */
const LOCAL_OWNS = [
  'sigstore',
  'fulcio-url',
  'rekor-url',
  'tsa-url',
  'signing-config',
  'trusted-root',
  'identity-token'
]

export type LocalSign = (
  inputs: SignInputs,
  verifyTrustedRoot: string
) => Promise<SignFilesResult>

export async function withLocalStack(
  source: InputSource,
  sign: LocalSign
): Promise<{ result: SignFilesResult; trustedRoot: string }> {
  const clashing = LOCAL_OWNS.filter((name) => source(name)?.trim())
  if (clashing.length > 0) {
    throw new InputError(
      'INPUT_USAGE',
      `--local chooses the instance and the token itself: remove ${clashing.map((n) => `--${n}`).join(', ')}`
    )
  }
  const firstPattern = parseList(source('files'))[0] ?? '.'
  const outputDir = source('output-dir')?.trim()
  const dir = path.resolve(outputDir || fixedDirectoryOf(firstPattern))
  const finalRoot = path.join(dir, TRUSTED_ROOT_FILE)

  // @sigstore/sign honours HTTP(S)_PROXY even for loopback addresses.
  for (const name of ['NO_PROXY', 'no_proxy']) {
    const current = process.env[name]
    process.env[name] = current
      ? `${current},127.0.0.1,localhost`
      : '127.0.0.1,localhost'
  }
  const stack = await startLocalStack({ env: process.env })
  const temp = await mkdtemp(path.join(os.tmpdir(), 'provenant-local-trust-'))
  try {
    const trust = await stack.writeTrust(temp)
    const keyed = Boolean(source('key')?.trim())
    const overrides: Record<string, string> = {
      sigstore: 'custom',
      'fulcio-url': stack.fulcioUrl,
      'rekor-url': stack.rekorUrl,
      'tsa-url': stack.tsaUrl,
      'trusted-root': trust.trustedRoot,
      ...(keyed
        ? {}
        : { 'identity-token': await stack.oidc.mintToken(SIGSTORE_AUDIENCE) })
    }
    const inputs = parseSignInputs((name) => overrides[name] ?? source(name))
    const result = await sign(
      inputs,
      path.relative(process.cwd(), finalRoot) || TRUSTED_ROOT_FILE
    )
    await writeFilesAtomically([
      { path: finalRoot, content: await readFile(trust.trustedRoot) }
    ])
    return { result, trustedRoot: finalRoot }
  } finally {
    await stack.close()
    await rm(temp, { recursive: true, force: true })
  }
}
