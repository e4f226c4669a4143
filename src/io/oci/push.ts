/**
 * Writing to a registry (OCI distribution spec, "push"): a blob is checked
 * for first (HEAD) and uploaded only when missing, in one PUT when small
 * (monolithic) or in PATCH chunks then a closing PUT; a manifest is PUT by
 * tag or digest and the digest the registry answers is checked against the
 * bytes sent.
 */
import { sha256Digest } from '../../lib/digest.js'
import { ServiceError } from '../../lib/errors.js'
import type { HttpResponse } from '../net/http.js'
import type { RegistryClient } from './client.js'
import { isNotFound } from './client.js'

/** Blobs above this size are sent in chunks of this size. */
export const UPLOAD_CHUNK_BYTES = 8 * 1024 * 1024

export interface PushedManifest {
  digest: string
  /** The registry read the manifest's `subject` (it has the referrers API). */
  subjectAccepted: boolean
}

/** True when the registry already holds the blob. */
export async function hasBlob(
  client: RegistryClient,
  repository: string,
  digest: string
): Promise<boolean> {
  return client
    .send(repository, { method: 'HEAD', path: `blobs/${digest}` })
    .then(
      () => true,
      (error: unknown) => {
        if (isNotFound(error)) return false
        throw error
      }
    )
}

/** Uploads the blob unless the registry holds it; returns its digest. */
export async function pushBlob(
  client: RegistryClient,
  repository: string,
  bytes: Buffer,
  chunkBytes: number = UPLOAD_CHUNK_BYTES
): Promise<string> {
  const digest = sha256Digest(bytes)
  if (await hasBlob(client, repository, digest)) return digest
  const started = await client.send(repository, {
    method: 'POST',
    path: 'blobs/uploads/',
    headers: { 'content-length': '0' }
  })
  let location = locationOf(client, started, repository)
  if (bytes.length > chunkBytes) {
    for (let start = 0; start < bytes.length; start += chunkBytes) {
      const chunk = bytes.subarray(start, start + chunkBytes)
      const sent = await client.send(repository, {
        method: 'PATCH',
        url: location,
        headers: {
          'content-type': 'application/octet-stream',
          'content-range': `${start}-${start + chunk.length - 1}`
        },
        body: chunk
      })
      location = locationOf(client, sent, repository)
    }
  }
  const url = new URL(location)
  url.searchParams.set('digest', digest)
  const monolithic = bytes.length <= chunkBytes
  await client.send(repository, {
    method: 'PUT',
    url: url.toString(),
    headers: { 'content-type': 'application/octet-stream' },
    body: monolithic ? bytes : Buffer.alloc(0)
  })
  return digest
}

/** PUTs a manifest (or index) under a tag or its digest. */
export async function pushManifest(
  client: RegistryClient,
  repository: string,
  reference: string,
  bytes: Buffer,
  mediaType: string
): Promise<PushedManifest> {
  const digest = sha256Digest(bytes)
  const response = await client.send(repository, {
    method: 'PUT',
    path: `manifests/${reference}`,
    headers: { 'content-type': mediaType },
    body: bytes
  })
  const answered = response.headers['docker-content-digest']
  if (typeof answered === 'string' && answered !== digest) {
    throw new ServiceError(
      'registry',
      `${client.registry}/${repository}: the registry stored the manifest as ${answered}, but its bytes are ${digest}`
    )
  }
  return {
    digest,
    subjectAccepted: response.headers['oci-subject'] !== undefined
  }
}

function locationOf(
  client: RegistryClient,
  response: HttpResponse,
  repository: string
): string {
  const location = response.headers.location
  if (!location) {
    throw new ServiceError(
      'registry',
      `${client.registry}/${repository}: the registry opened an upload without a Location`
    )
  }
  return client.resolveLocation(location)
}
