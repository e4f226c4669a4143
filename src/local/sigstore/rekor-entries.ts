/**
 * What the local Rekor stores, and in which form. The mock log stores a
 * proposed entry verbatim; real Rekor canonicalises it first. For `dsse`
 * 0.0.1 that matters (verifiers read `spec.signatures` and
 * `spec.payloadHash`), so proposed DSSE entries are rewritten here the way
 * Rekor rewrites them.
 */
import { sha256 } from './keys.js'

interface ProposedDsse {
  kind: 'dsse'
  apiVersion: string
  spec: { proposedContent: { envelope: string; verifiers: string[] } }
}

interface Envelope {
  payload: string
  payloadType: string
  signatures: { sig: string; keyid?: string }[]
}

export function toCanonicalEntry(proposed: unknown): object {
  if (!isProposedDsse(proposed)) return proposed as object
  const { envelope, verifiers } = proposed.spec.proposedContent
  const parsed = JSON.parse(envelope) as Envelope
  const payload = Buffer.from(parsed.payload, 'base64')
  return {
    apiVersion: proposed.apiVersion,
    kind: 'dsse',
    spec: {
      envelopeHash: {
        algorithm: 'sha256',
        value: sha256(envelope).toString('hex')
      },
      payloadHash: {
        algorithm: 'sha256',
        value: sha256(payload).toString('hex')
      },
      signatures: parsed.signatures.map((s, i) => ({
        signature: s.sig,
        verifier: verifiers[i] ?? verifiers[0]
      }))
    }
  }
}

/** The artifact digests an entry can be found by (`POST /api/v1/index/retrieve`). */
export function indexKeysOf(entry: object): string[] {
  const spec = (entry as { spec?: Record<string, unknown> }).spec ?? {}
  const keys: string[] = []
  const data = spec.data as
    { hash?: { algorithm?: string; value?: string } } | undefined
  if (data?.hash?.value)
    keys.push(`${data.hash.algorithm ?? 'sha256'}:${data.hash.value}`)
  const payloadHash = spec.payloadHash as
    { algorithm?: string; value?: string } | undefined
  if (payloadHash?.value)
    keys.push(`${payloadHash.algorithm ?? 'sha256'}:${payloadHash.value}`)
  return keys
}

function isProposedDsse(value: unknown): value is ProposedDsse {
  const v = value as Partial<ProposedDsse> | undefined
  return (
    v?.kind === 'dsse' &&
    typeof v.spec?.proposedContent?.envelope === 'string' &&
    Array.isArray(v.spec.proposedContent.verifiers)
  )
}
