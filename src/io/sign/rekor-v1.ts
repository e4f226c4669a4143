/**
 * Rekor v1 (`/api/v1/log/entries`) as a witness, over our light HTTP
 * client: a hashedrekord entry for a message signature, a dsse entry for a
 * DSSE envelope (the entry kinds @sigstore/sign proposes). An answer of 409
 * "an equivalent entry already exists" (a re-run, or a retry after an answer
 * was lost) is followed to the existing entry, which is then used.
 */
import type { TransparencyLogEntry } from '@sigstore/bundle'
import { envelopeToJSON } from '@sigstore/bundle'
import type {
  SignatureBundle,
  VerificationMaterial,
  Witness
} from '@sigstore/sign'
import { ServiceError } from '../../lib/errors.js'
import { HttpStatusError, requestJson } from '../net/http.js'

const ENTRIES_PATH = '/api/v1/log/entries'

interface RekorEntry {
  body: string
  integratedTime: number
  logID: string
  logIndex: number
  verification?: {
    signedEntryTimestamp?: string
    inclusionProof?: {
      logIndex: number
      treeSize: number
      rootHash: string
      hashes: string[]
      checkpoint: string
    }
  }
}

export class RekorV1Witness implements Witness {
  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs: number
  ) {}

  async testify(
    content: SignatureBundle,
    publicKey: string
  ): Promise<VerificationMaterial> {
    const options = { timeoutMs: this.timeoutMs }
    let answer: Record<string, RekorEntry>
    try {
      answer = await requestJson(`${this.baseUrl}${ENTRIES_PATH}`, {
        ...options,
        method: 'POST',
        body: JSON.stringify(toProposedEntry(content, publicKey))
      })
    } catch (error) {
      const uuid = existingEntry(error)
      if (uuid === undefined) throw error
      answer = await requestJson(
        `${this.baseUrl}${ENTRIES_PATH}/${encodeURIComponent(uuid)}`,
        { ...options, method: 'GET' }
      )
    }
    return { tlogEntries: [toTransparencyLogEntry(answer)] }
  }
}

/** The UUID of the entry a 409 points at, if the error is that 409. */
function existingEntry(error: unknown): string | undefined {
  if (!(error instanceof HttpStatusError) || error.statusCode !== 409) {
    return undefined
  }
  return error.location?.split('/').pop() || undefined
}

export function toProposedEntry(
  content: SignatureBundle,
  publicKey: string
): object {
  const key = Buffer.from(publicKey).toString('base64')
  if (content.$case === 'messageSignature') {
    const { messageDigest, signature } = content.messageSignature
    return {
      apiVersion: '0.0.1',
      kind: 'hashedrekord',
      spec: {
        data: {
          hash: {
            algorithm: 'sha256',
            value: messageDigest.digest.toString('hex')
          }
        },
        signature: {
          content: signature.toString('base64'),
          publicKey: { content: key }
        }
      }
    }
  }
  return {
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      proposedContent: {
        envelope: JSON.stringify(envelopeToJSON(content.dsseEnvelope)),
        verifiers: [key]
      }
    }
  }
}

export function toTransparencyLogEntry(
  answer: Record<string, RekorEntry>
): TransparencyLogEntry {
  const entries = Object.values(answer)
  const entry = entries[0]
  if (entries.length !== 1 || !entry || typeof entry.body !== 'string') {
    throw new ServiceError(
      'rekor',
      'Rekor answered something that is not one log entry'
    )
  }
  const body = JSON.parse(
    Buffer.from(entry.body, 'base64').toString('utf8')
  ) as {
    kind: string
    apiVersion: string
  }
  const set = entry.verification?.signedEntryTimestamp
  const proof = entry.verification?.inclusionProof
  return {
    logIndex: String(entry.logIndex),
    logId: { keyId: Buffer.from(entry.logID, 'hex') },
    integratedTime: String(entry.integratedTime),
    kindVersion: { kind: body.kind, version: body.apiVersion },
    inclusionPromise: set
      ? { signedEntryTimestamp: Buffer.from(set, 'base64') }
      : undefined,
    inclusionProof: proof
      ? {
          logIndex: String(proof.logIndex),
          treeSize: String(proof.treeSize),
          rootHash: Buffer.from(proof.rootHash, 'hex'),
          hashes: proof.hashes.map((h) => Buffer.from(h, 'hex')),
          checkpoint: { envelope: proof.checkpoint }
        }
      : undefined,
    canonicalizedBody: Buffer.from(entry.body, 'base64')
  }
}
