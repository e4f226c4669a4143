/**
 * What `--local` does for every command that signs: refuse the inputs it
 * decides itself, start the embedded local stack in-process (loopback kept
 * out of any proxy), hand the command the stack and its trusted root, and
 * stop it again whatever happens.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { writeFilesAtomically } from '../../io/fs/atomic-write.js'
import { InputError } from '../../lib/errors.js'
import type { InputSource } from '../../lib/inputs/index.js'
import { INSTANCE_INPUT_NAMES } from '../../lib/sign/signing-inputs.js'
import type { LocalStack } from '../../local/stack.js'
import { startLocalStack } from '../../local/stack.js'

export interface LocalSigning {
  stack: LocalStack
  /** The stack's trusted_root.json, in a temp directory removed afterwards. */
  trustedRoot: string
  /** Inputs that point the signing core at the stack (no token). */
  instance: Record<string, string>
}

/**
 * An InputError naming the flags --local decides itself, if any was given:
 * the instance inputs, and the command's `alsoOwned`.
 */
function assertNoLocalClashes(
  source: InputSource,
  what: string,
  alsoOwned: readonly string[] = []
): void {
  const clashing = [...INSTANCE_INPUT_NAMES, ...alsoOwned].filter((name) =>
    source(name)?.trim()
  )
  if (clashing.length > 0) {
    throw new InputError(
      'INPUT_USAGE',
      `--local chooses ${what} itself: remove ${clashing.map((n) => `--${n}`).join(', ')}`
    )
  }
}

async function withLocalSigning<T>(
  run: (local: LocalSigning) => Promise<T>
): Promise<T> {
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
    return await run({
      stack,
      trustedRoot: trust.trustedRoot,
      instance: {
        sigstore: 'custom',
        'fulcio-url': stack.fulcioUrl,
        'rekor-url': stack.rekorUrl,
        'tsa-url': stack.tsaUrl,
        'trusted-root': trust.trustedRoot
      }
    })
  } finally {
    await stack.close()
    await rm(temp, { recursive: true, force: true })
  }
}

/** How one command runs on the local stack. */
export interface LocalCommand<Inputs, Result> {
  /** What --local chooses itself, for the clash message. */
  chooses: string
  /** Inputs the command owns under --local, beyond the instance inputs. */
  alsoOwned?: readonly string[]
  /** The inputs the stack decides, beyond the instance (a minted token, ...). */
  overrides: (local: LocalSigning) => Promise<Record<string, string>>
  parse: (source: InputSource) => Inputs
  run: (inputs: Inputs, local: LocalSigning) => Promise<Result>
  /** Where the stack's trusted root is kept once the command succeeded. */
  /** Where the trusted root goes; undefined when nothing needs it. */
  trustedRootPath: (result: Result) => string | undefined
}

/**
 * Runs a signing command on the embedded local stack: refuses the inputs
 * --local decides, points the command at the stack, and keeps the stack's
 * trusted root beside the outputs it verifies.
 */
export async function withLocalStack<Inputs, Result>(
  source: InputSource,
  command: LocalCommand<Inputs, Result>
): Promise<{ result: Result; trustedRoot: string | undefined }> {
  assertNoLocalClashes(source, command.chooses, command.alsoOwned)
  return withLocalSigning(async (local) => {
    const overrides: Record<string, string> = {
      ...local.instance,
      ...(await command.overrides(local))
    }
    const inputs = command.parse((name) => overrides[name] ?? source(name))
    const result = await command.run(inputs, local)
    const trustedRoot = command.trustedRootPath(result)
    if (trustedRoot !== undefined) await keepTrustedRoot(local, trustedRoot)
    return { result, trustedRoot }
  })
}

/** Keeps the stack's trusted root at `target`, once the outputs it verifies exist. */
async function keepTrustedRoot(
  local: LocalSigning,
  target: string
): Promise<void> {
  await writeFilesAtomically([
    { path: target, content: await readFile(local.trustedRoot) }
  ])
}
