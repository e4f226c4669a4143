/**
 * The signatures named after one file: Sigstore bundles (a DSSE bundle
 * there is an attestation about the file), a legacy .sig/.crt pair, and a
 * .minisig when a minisign key is given.
 */
import path from 'node:path'
import { catchVerification } from '../../lib/verify/codes.js'
import type { SignatureFiles } from '../../lib/verify/discovery.js'
import type {
  ArtifactEvidence,
  AttestationEvidence,
  SignatureEvidence,
  SignatureResult
} from '../../lib/verify/evidence.js'
import type { MinisignPublicKey } from '../../lib/verify/minisign.js'
import {
  assertMinisign,
  hexId,
  parseMinisignSignature
} from '../../lib/verify/minisign.js'
import { readJsonValue, readRegularFile } from './files.js'
import { checkLegacyPair } from './legacy.js'
import type { BundleChecker, ParsedBundle } from './sigstore.js'
import type { GatheredTrust } from './trust.js'

export interface FileSignatureContext {
  dir: string
  display: string
  checker: BundleChecker
  trust: GatheredTrust
  minisignKey?: MinisignPublicKey
  /**
   * Sigstore bundles whose signature checks are still under way (on the
   * worker thread, signature-checks.ts): each entry reads as a failure
   * until its promise here settles with the verdict. Await them all before
   * reading the evidence.
   */
  settling: Promise<unknown>[]
}

/** What a bundle's entry says until its checks are answered: fail closed. */
const UNCHECKED: SignatureResult = {
  ok: false,
  code: 'VERIFY_SIGNATURE_INVALID',
  reason: 'the signature checks have not finished'
}

/** A Sigstore bundle file read and parsed; VERIFY_BUNDLE_INVALID naming `source` when it is not one. */
export async function readBundleFile(
  file: string,
  source: string,
  checker: BundleChecker
): Promise<ParsedBundle> {
  const read = await readJsonValue(file)
  if (!read.ok) {
    return {
      ok: false,
      code: 'VERIFY_BUNDLE_INVALID',
      reason: `${source} is ${read.reason}`
    }
  }
  return checker.parse(read.value)
}

export async function addFileSignatures(
  files: SignatureFiles,
  artifact: { sha256: string; bytes?: Buffer },
  ctx: FileSignatureContext,
  evidence: ArtifactEvidence
): Promise<void> {
  const label = (name: string) => path.join(ctx.display, name)
  await addBundleSignatures(files.bundles, artifact, ctx, evidence)
  if (files.legacy) {
    const { signature, certificate } = files.legacy
    const source = `${label(signature)} + ${certificate ? label(certificate) : '(no certificate)'}`
    const sig = await readRegularFile(path.join(ctx.dir, signature))
    const crt = certificate
      ? await readRegularFile(path.join(ctx.dir, certificate))
      : undefined
    const result = artifact.bytes
      ? checkLegacyPair(sig, crt, artifact.bytes, ctx.trust)
      : ({
          ok: false,
          code: 'VERIFY_SIGNATURE_INVALID',
          reason: 'the file is too large to check a .sig over its bytes'
        } as const)
    evidence.signatures.push({ source, form: 'legacy', result })
  }
  if (files.minisig) {
    const source = label(files.minisig)
    if (!ctx.minisignKey) {
      evidence.notes.push(
        `${source} not checked: give --minisign-key to check minisign signatures`
      )
    } else if (artifact.bytes) {
      const key = ctx.minisignKey
      const text = (
        await readRegularFile(path.join(ctx.dir, files.minisig))
      ).toString('utf8')
      const failure = catchVerification(() =>
        assertMinisign(
          artifact.bytes!,
          parseMinisignSignature(text, source),
          key
        )
      )
      evidence.signatures.push({
        source,
        form: 'minisign',
        result: failure
          ? { ok: false, ...failure }
          : {
              ok: true,
              signer: { keyed: true, extensions: {} },
              logged: false,
              details: `minisign signature verified (key ${hexId(key.keyId)})`
            }
      })
    }
  }
}

/**
 * Each Sigstore bundle beside the file: parsed now, its signature checks
 * queued on the worker thread (ctx.settling); the entry fails closed until
 * they answer.
 */
async function addBundleSignatures(
  names: readonly string[],
  artifact: { sha256: string; bytes?: Buffer },
  ctx: FileSignatureContext,
  evidence: ArtifactEvidence
): Promise<void> {
  for (const name of names) {
    const source = path.join(ctx.display, name)
    const parsed = await readBundleFile(
      path.join(ctx.dir, name),
      source,
      ctx.checker
    )
    if (!parsed.ok) {
      evidence.signatures.push({ source, form: 'bundle', result: parsed })
    } else if (parsed.bundle.content.$case === 'dsseEnvelope') {
      const entry: AttestationEvidence = { source, result: UNCHECKED }
      evidence.attestations.push(entry)
      ctx.settling.push(
        ctx.checker
          .checkEnvelopeAsync(parsed.bundle)
          .then((check) => Object.assign(entry, check))
      )
    } else {
      const entry: SignatureEvidence = {
        source,
        form: 'bundle',
        result: UNCHECKED
      }
      evidence.signatures.push(entry)
      ctx.settling.push(
        ctx.checker
          .checkMessageAsync(parsed.bundle, artifact)
          .then((result) => (entry.result = result))
      )
    }
  }
}
