/**
 * Local Fulcio: `POST /api/v2/signingCert`, served by the @sigstore/mock CA
 * with an embedded-SCT CT log. Unlike the mock alone, it checks what real
 * Fulcio checks: the identity token (through `verifyToken`) and the proof of
 * possession of the private key.
 */
import crypto from 'node:crypto'
import { LocalServer } from '../http-server.js'
import { callMockHandler } from './handler-route.js'
import type { KeyPair } from './keys.js'
import { createP256KeyPair, toBuffer } from './keys.js'
import type { CA } from './mock-handlers.js'
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog
} from './mock-handlers.js'

/** Checks an identity token; resolves to its claims or throws why it is not accepted. */
export type TokenVerifier = (token: string) => Promise<Record<string, unknown>>

/** The claim real Fulcio puts in the SAN for GitHub tokens (the workflow URL). */
export const GITHUB_SUBJECT_CLAIM = 'job_workflow_url'

export interface LocalFulcio {
  server: LocalServer
  ca: CA
  ctLog: { publicKey: Buffer; logID: Buffer }
  caKeyPair: KeyPair
  ctKeyPair: KeyPair
}

export async function startLocalFulcio(
  verifyToken: TokenVerifier | undefined
): Promise<LocalFulcio> {
  const caKeyPair = createP256KeyPair()
  const ctKeyPair = createP256KeyPair()
  const ctLog = await initializeCTLog(ctKeyPair)
  const ca = await initializeCA(caKeyPair, ctLog)
  const withWorkflowSan = fulcioHandler(ca, {
    subjectClaim: GITHUB_SUBJECT_CLAIM
  })
  const withSub = fulcioHandler(ca)

  const server = new LocalServer('fulcio')
  server.route('POST', '/api/v2/signingCert', async (req) => {
    const body = req.body.toString('utf8')
    let request: SigningCertRequest
    try {
      request = JSON.parse(body) as SigningCertRequest
    } catch {
      return { status: 400, body: { code: 400, message: 'invalid JSON body' } }
    }
    const token = request.credentials?.oidcIdentityToken
    if (typeof token !== 'string') {
      return unauthenticated('missing credentials.oidcIdentityToken')
    }
    let claims: Record<string, unknown>
    try {
      claims = verifyToken ? await verifyToken(token) : decodeClaims(token)
    } catch (error) {
      return unauthenticated(`invalid identity token: ${String(error)}`)
    }
    const problem = checkProofOfPossession(request, claims)
    if (problem) return { status: 400, body: { code: 400, message: problem } }
    const handler =
      typeof claims[GITHUB_SUBJECT_CLAIM] === 'string'
        ? withWorkflowSan
        : withSub
    return callMockHandler(handler, body)
  })
  await server.listen()
  return {
    server,
    ca,
    ctLog: {
      publicKey: toBuffer(ctLog.publicKey),
      logID: toBuffer(ctLog.logID)
    },
    caKeyPair,
    ctKeyPair
  }
}

interface SigningCertRequest {
  credentials?: { oidcIdentityToken?: unknown }
  publicKeyRequest?: {
    publicKey?: { content?: unknown }
    proofOfPossession?: unknown
  }
}

function unauthenticated(message: string) {
  return { status: 401, body: { code: 401, message } }
}

function decodeClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1]
  if (!payload) throw new Error('not a JWT')
  return JSON.parse(
    Buffer.from(payload, 'base64url').toString('utf8')
  ) as Record<string, unknown>
}

/** Fulcio's challenge: the subject (email, else sub) signed with the requested key. */
function checkProofOfPossession(
  request: SigningCertRequest,
  claims: Record<string, unknown>
): string | undefined {
  const pem = request.publicKeyRequest?.publicKey?.content
  const proof = request.publicKeyRequest?.proofOfPossession
  if (typeof pem !== 'string' || typeof proof !== 'string') {
    return 'publicKeyRequest needs publicKey.content and proofOfPossession'
  }
  const subject =
    typeof claims.email === 'string'
      ? claims.email
      : typeof claims.sub === 'string'
        ? claims.sub
        : ''
  try {
    const ok = crypto.verify(
      'sha256',
      Buffer.from(subject),
      crypto.createPublicKey(pem),
      Buffer.from(proof, 'base64')
    )
    return ok ? undefined : 'proof of possession does not verify'
  } catch (error) {
    return `proof of possession does not verify: ${String(error)}`
  }
}
