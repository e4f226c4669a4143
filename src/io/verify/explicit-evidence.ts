/**
 * Evidence named on the command line whatever it is called: --bundle (one
 * Sigstore bundle, or JSON lines of them, as cosign and gh attestation
 * verify take it) and --signature with --certificate (cosign's pair, e.g.
 * goreleaser's checksums.txt.keyless.sig and .pem). Attestations in them
 * are shared by every artifact; message signatures and the pair are checked
 * over each file's bytes.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Bundle } from '@sigstore/bundle'
import type { ArtifactEvidence } from '../../lib/verify/evidence.js'
import type { VerifyInputs } from '../../lib/verify/parse-inputs.js'
import type { LoadedAttestations } from './attestations.js'
import { loadAttestationFile } from './attestations.js'
import { readJsonValue } from './files.js'
import { checkLegacyPair } from './legacy.js'
import type { BundleChecker } from './sigstore.js'
import type { GatheredTrust } from './trust.js'

export interface ExplicitEvidence {
  attestations: LoadedAttestations
  messages: { source: string; bundle: Bundle }[]
  /** A bundle file that is not a bundle: fails every artifact. */
  problems: { source: string; reason: string }[]
  pair?: { source: string; signature: Buffer; certificate?: Buffer }
}

export async function loadExplicitEvidence(
  inputs: Pick<VerifyInputs, 'bundle' | 'signature' | 'certificate'>,
  cwd: string,
  checker: BundleChecker
): Promise<ExplicitEvidence> {
  const loaded: ExplicitEvidence = {
    attestations: { attestations: [], rebuilds: [], notes: [] },
    messages: [],
    problems: []
  }
  if (inputs.bundle !== undefined) {
    const file = path.resolve(cwd, inputs.bundle)
    const single = await readJsonValue(file)
    const parsed = single.ok ? checker.parse(single.value) : undefined
    if (parsed?.ok && parsed.bundle.content.$case === 'messageSignature') {
      loaded.messages.push({ source: inputs.bundle, bundle: parsed.bundle })
    } else if (parsed && !parsed.ok) {
      loaded.problems.push({ source: inputs.bundle, reason: parsed.reason })
    } else {
      loaded.attestations = await loadAttestationFile(
        file,
        inputs.bundle,
        checker
      )
    }
  }
  if (inputs.signature !== undefined) {
    loaded.pair = {
      source: `${inputs.signature} + ${inputs.certificate ?? '(no certificate)'}`,
      signature: await readFile(path.resolve(cwd, inputs.signature)),
      ...(inputs.certificate !== undefined
        ? { certificate: await readFile(path.resolve(cwd, inputs.certificate)) }
        : {})
    }
  }
  return loaded
}

export function needsBytes(explicit: ExplicitEvidence): boolean {
  return explicit.messages.length > 0 || explicit.pair !== undefined
}

/** The explicit signatures over one artifact, checked. */
export function addExplicitSignatures(
  explicit: ExplicitEvidence,
  artifact: { sha256: string; bytes?: Buffer },
  checker: BundleChecker,
  trust: GatheredTrust,
  evidence: ArtifactEvidence
): void {
  for (const { source, reason } of explicit.problems) {
    evidence.signatures.push({
      source,
      form: 'bundle',
      result: { ok: false, code: 'VERIFY_BUNDLE_INVALID', reason }
    })
  }
  for (const { source, bundle } of explicit.messages) {
    evidence.signatures.push({
      source,
      form: 'bundle',
      result: checker.checkMessage(bundle, artifact)
    })
  }
  const pair = explicit.pair
  if (pair) {
    evidence.signatures.push({
      source: pair.source,
      form: 'legacy',
      result: artifact.bytes
        ? checkLegacyPair(
            pair.signature,
            pair.certificate,
            artifact.bytes,
            trust
          )
        : {
            ok: false,
            code: 'VERIFY_SIGNATURE_INVALID',
            reason: `${pair.source}: a signature over a file's bytes needs the file, not its digest`
          }
    })
  }
  evidence.attestations.push(...explicit.attestations.attestations)
  evidence.rebuilds.push(...explicit.attestations.rebuilds)
  evidence.notes.push(...explicit.attestations.notes)
}
