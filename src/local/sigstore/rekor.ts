/**
 * Local Rekor (v1 API) over the @sigstore/mock transparency log: entry
 * creation, the lookups a verifier or a re-run needs, and Rekor's 409
 * "an equivalent entry already exists" with a Location header, which the mock
 * alone does not produce.
 */
import { toCanonicalJson } from '../../lib/canonical-json.js'
import type { LocalRequest, LocalResponse } from '../http-server.js'
import { LocalServer } from '../http-server.js'
import type { KeyPair } from './keys.js'
import { createP256KeyPair, sha256 } from './keys.js'
import type { TLog } from './mock-handlers.js'
import { initializeTLog } from './mock-handlers.js'
import { indexKeysOf, toCanonicalEntry } from './rekor-entries.js'

const ENTRIES_PATH = '/api/v1/log/entries'

interface StoredEntry {
  uuid: string
  logIndex: number
  /** Rekor's answer shape: `{ [uuid]: entry }`. */
  response: Record<string, Record<string, unknown>>
}

export interface LocalRekor {
  server: LocalServer
  tlog: TLog
  keyPair: KeyPair
  /** Every entry logged, in order. */
  entries: StoredEntry[]
}

export async function startLocalRekor(): Promise<LocalRekor> {
  const keyPair = createP256KeyPair()
  const server = new LocalServer('rekor')
  const url = await server.listen()
  // The checkpoint names host:port, and verifiers match it against the
  // trusted root's baseUrl: the log must know its real address.
  const tlog = await initializeTLog(url, keyPair)
  const entries: StoredEntry[] = []
  const byUuid = new Map<string, StoredEntry>()
  const byBody = new Map<string, StoredEntry>()
  const byIndex = new Map<number, StoredEntry>()
  const byDigest = new Map<string, string[]>()

  server.route('POST', ENTRIES_PATH, async (req) => {
    let proposed: unknown
    try {
      proposed = JSON.parse(req.body.toString('utf8'))
    } catch {
      return error(400, 'invalid JSON body')
    }
    let canonical: object
    try {
      canonical = toCanonicalEntry(proposed)
    } catch (e) {
      return error(400, `invalid entry: ${String(e)}`)
    }
    const bodyKey = sha256(toCanonicalJson(canonical)).toString('hex')
    const existing = byBody.get(bodyKey)
    if (existing) {
      return {
        ...error(
          409,
          `an equivalent entry already exists in the transparency log with UUID ${existing.uuid}`
        ),
        headers: { location: `${ENTRIES_PATH}/${existing.uuid}` }
      }
    }
    let response: Record<string, Record<string, unknown>>
    try {
      response = (await tlog.log(canonical)) as typeof response
    } catch (e) {
      return error(400, String(e))
    }
    const [uuid, entry] = Object.entries(response)[0]!
    const stored: StoredEntry = {
      uuid,
      logIndex: entry.logIndex as number,
      response
    }
    entries.push(stored)
    byUuid.set(uuid, stored)
    byBody.set(bodyKey, stored)
    byIndex.set(stored.logIndex, stored)
    for (const key of indexKeysOf(canonical)) {
      byDigest.set(key, [...(byDigest.get(key) ?? []), uuid])
    }
    return {
      status: 201,
      body: response,
      headers: { location: `${ENTRIES_PATH}/${uuid}` }
    }
  })

  server.route('GET', `${ENTRIES_PATH}/:uuid`, (req) => {
    const found = byUuid.get(req.params.uuid ?? '')
    return found ? { status: 200, body: found.response } : notFound()
  })

  server.route('GET', ENTRIES_PATH, (req) => {
    const found = byIndex.get(Number(req.query.get('logIndex')))
    return found ? { status: 200, body: found.response } : notFound()
  })

  server.route('POST', `${ENTRIES_PATH}/retrieve`, (req) => {
    const query = parseJson<{ entryUUIDs?: string[]; logIndexes?: number[] }>(
      req
    )
    const found = [
      ...(query?.entryUUIDs ?? []).map((u) => byUuid.get(u)),
      ...(query?.logIndexes ?? []).map((i) => byIndex.get(i))
    ].filter((e): e is StoredEntry => e !== undefined)
    return { status: 200, body: found.map((e) => e.response) }
  })

  server.route('POST', '/api/v1/index/retrieve', (req) => {
    const query = parseJson<{ hash?: string }>(req)
    return { status: 200, body: byDigest.get(query?.hash ?? '') ?? [] }
  })

  server.route('GET', '/api/v1/log/publicKey', () => ({
    status: 200,
    body: keyPair.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    contentType: 'application/x-pem-file'
  }))

  server.route('GET', '/api/v1/log', () => ({
    status: 200,
    body: { treeSize: entries.length, treeID: '0', rootHash: '' }
  }))

  return { server, tlog, keyPair, entries }
}

function parseJson<T>(req: LocalRequest): T | undefined {
  try {
    return JSON.parse(req.body.toString('utf8')) as T
  } catch {
    return undefined
  }
}

function error(status: number, message: string): LocalResponse {
  return { status, body: { code: status, message } }
}

function notFound(): LocalResponse {
  return error(404, 'entry not found')
}
