/**
 * Local timestamp authority: `POST /api/v1/timestamp` (RFC 3161), served by
 * the @sigstore/mock TSA.
 */
import { LocalServer } from '../http-server.js'
import { callMockHandler } from './handler-route.js'
import type { KeyPair } from './keys.js'
import { createP256KeyPair } from './keys.js'
import type { TSA } from './mock-handlers.js'
import { initializeTSA, tsaHandler } from './mock-handlers.js'

export interface LocalTsa {
  server: LocalServer
  tsa: TSA
  keyPair: KeyPair
}

export async function startLocalTsa(): Promise<LocalTsa> {
  const keyPair = createP256KeyPair()
  // The mock writes fractional seconds without trailing zeros (".3Z"), which
  // @sigstore/core rejects now and then. It reads the clock object it was
  // given on every request, so keep that object at the current whole second.
  const clock = new Date(wholeSecondNow())
  const tsa = await initializeTSA(keyPair, clock)
  const handler = tsaHandler(tsa)
  const server = new LocalServer('tsa')
  server.route('POST', '/api/v1/timestamp', (req) => {
    clock.setTime(wholeSecondNow())
    return callMockHandler(handler, req.body.toString('utf8'))
  })
  await server.listen()
  return { server, tsa, keyPair }
}

function wholeSecondNow(): number {
  return Math.floor(Date.now() / 1000) * 1000
}
