/**
 * The embedded local Sigstore: Fulcio, Rekor and a TSA on 127.0.0.1, each on
 * its own port, and the trusted root that describes them.
 */
import type { TokenVerifier } from './fulcio.js'
import { startLocalFulcio } from './fulcio.js'
import { startLocalRekor } from './rekor.js'
import type { TrustedRootJson } from './trusted-root.js'
import { buildTrustedRoot } from './trusted-root.js'
import { startLocalTsa } from './tsa.js'
import { toBuffer } from './keys.js'
import type { LocalFulcio } from './fulcio.js'
import type { LocalRekor } from './rekor.js'
import type { LocalTsa } from './tsa.js'

export interface LocalSigstore {
  fulcio: LocalFulcio
  rekor: LocalRekor
  tsa: LocalTsa
  fulcioUrl: string
  rekorUrl: string
  tsaUrl: string
  trustedRoot: TrustedRootJson
  close(): Promise<void>
}

export interface LocalSigstoreOptions {
  /** Checks identity tokens as real Fulcio does; without it tokens are only decoded. */
  verifyToken?: TokenVerifier
}

export async function startLocalSigstore(
  options: LocalSigstoreOptions = {}
): Promise<LocalSigstore> {
  const started: { server: { close(): Promise<void> } }[] = []
  try {
    const fulcio = await startLocalFulcio(options.verifyToken)
    started.push(fulcio)
    const rekor = await startLocalRekor()
    started.push(rekor)
    const tsa = await startLocalTsa()
    started.push(tsa)
    const trustedRoot = buildTrustedRoot({
      fulcioUrl: fulcio.server.url,
      caRoot: toBuffer(fulcio.ca.rootCertificate),
      ctLogUrl: fulcio.server.url,
      ctLogPublicKey: fulcio.ctLog.publicKey,
      ctLogId: fulcio.ctLog.logID,
      rekorUrl: rekor.server.url,
      rekorPublicKey: rekor.keyPair.publicKey,
      tsaUrl: tsa.server.url,
      tsaRoot: toBuffer(tsa.tsa.rootCertificate),
      tsaIntermediate: toBuffer(tsa.tsa.intCertificate),
      now: new Date()
    })
    return {
      fulcio,
      rekor,
      tsa,
      fulcioUrl: fulcio.server.url,
      rekorUrl: rekor.server.url,
      tsaUrl: tsa.server.url,
      trustedRoot,
      close: () => closeAll(started)
    }
  } catch (error) {
    await closeAll(started)
    throw error
  }
}

async function closeAll(
  started: { server: { close(): Promise<void> } }[]
): Promise<void> {
  await Promise.all(started.map((s) => s.server.close()))
}
