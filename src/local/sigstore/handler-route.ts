import type { LocalResponse } from '../http-server.js'
import type { Handler } from './mock-handlers.js'

/** Runs a @sigstore/mock handler and turns its answer into a LocalResponse. */
export async function callMockHandler(
  handler: Handler,
  body: string
): Promise<LocalResponse> {
  const result = await handler.fn(body)
  const response = result.response
  return {
    status: result.statusCode,
    body:
      typeof response === 'string'
        ? response
        : new Uint8Array(
            response.buffer,
            response.byteOffset,
            response.byteLength
          ),
    contentType: result.contentType ?? 'text/plain'
  }
}
