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

/** The entries logged, by every key a client looks one up by. */
class EntryIndex {
  readonly entries: StoredEntry[] = []
  readonly byUuid = new Map<string, StoredEntry>()
  /** By the SHA-256 of the canonical body: an equivalent entry is refused. */
  readonly byBody = new Map<string, StoredEntry>()
  readonly byIndex = new Map<number, StoredEntry>()
  /** Rekor's search index: artifact digest -> UUIDs. */
  readonly byDigest = new Map<string, string[]>()

  add(stored: StoredEntry, bodyKey: string, canonical: object): void {
    this.entries.push(stored)
    this.byUuid.set(stored.uuid, stored)
    this.byBody.set(bodyKey, stored)
    this.byIndex.set(stored.logIndex, stored)
    for (const key of indexKeysOf(canonical)) {
      this.byDigest.set(key, [...(this.byDigest.get(key) ?? []), stored.uuid])
    }
  }
}

export async function startLocalRekor(): Promise<LocalRekor> {
  const keyPair = createP256KeyPair()
  const server = new LocalServer('rekor')
  const url = await server.listen()
  // The checkpoint names host:port, and verifiers match it against the
  // trusted root's baseUrl: the log must know its real address.
  const tlog = await initializeTLog(url, keyPair)
  const index = new EntryIndex()
  server.route('POST', ENTRIES_PATH, (req) => createEntry(req, tlog, index))
  routeLookups(server, index)
  server.route('GET', '/api/v1/log/publicKey', () => ({
    status: 200,
    body: keyPair.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    contentType: 'application/x-pem-file'
  }))
  server.route('GET', '/api/v1/log', () => ({
    status: 200,
    body: { treeSize: index.entries.length, treeID: '0', rootHash: '' }
  }))
  return { server, tlog, keyPair, entries: index.entries }
}

/** POST /api/v1/log/entries: logged and indexed, or 409 with the equivalent entry's Location. */
async function createEntry(
  req: LocalRequest,
  tlog: TLog,
  index: EntryIndex
): Promise<LocalResponse> {
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
  const existing = index.byBody.get(bodyKey)
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
  index.add(
    { uuid, logIndex: entry.logIndex as number, response },
    bodyKey,
    canonical
  )
  return {
    status: 201,
    body: response,
    headers: { location: `${ENTRIES_PATH}/${uuid}` }
  }
}

/** The lookups a verifier or a re-run makes: by UUID, by log index, several at once, by artifact digest. */
function routeLookups(server: LocalServer, index: EntryIndex): void {
  server.route('GET', `${ENTRIES_PATH}/:uuid`, (req) => {
    const found = index.byUuid.get(req.params.uuid ?? '')
    return found ? { status: 200, body: found.response } : notFound()
  })

  server.route('GET', ENTRIES_PATH, (req) => {
    const found = index.byIndex.get(Number(req.query.get('logIndex')))
    return found ? { status: 200, body: found.response } : notFound()
  })

  server.route('POST', `${ENTRIES_PATH}/retrieve`, (req) => {
    const query = parseJson<{ entryUUIDs?: string[]; logIndexes?: number[] }>(
      req
    )
    const found = [
      ...(query?.entryUUIDs ?? []).map((u) => index.byUuid.get(u)),
      ...(query?.logIndexes ?? []).map((i) => index.byIndex.get(i))
    ].filter((e): e is StoredEntry => e !== undefined)
    return { status: 200, body: found.map((e) => e.response) }
  })

  server.route('POST', '/api/v1/index/retrieve', (req) => {
    const query = parseJson<{ hash?: string }>(req)
    return { status: 200, body: index.byDigest.get(query?.hash ?? '') ?? [] }
  })
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
