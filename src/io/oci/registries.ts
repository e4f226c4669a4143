/**
 * One RegistryClient per registry for a run, with the credentials the
 * user holds (docker/skopeo config files; in GitHub Actions, GITHUB_TOKEN
 * for ghcr.io when no file names it); plain HTTP for loopback registries
 * and for registries named in `insecure-registry`, never otherwise.
 * Image references are resolved here: a tag is read once, its digest
 * printed once, and a reference giving both a tag and a digest must agree.
 */
import { InputError } from '../../lib/errors.js'
import type { Logger } from '../../lib/ports.js'
import type { Descriptor } from '../../lib/oci/image.js'
import type { ImageReference } from '../../lib/oci/reference.js'
import {
  formatImageReference,
  parseImageReference
} from '../../lib/oci/reference.js'
import type { Subject } from '../../lib/subject/subject.js'
import type { RetryContext } from '../net/retry.js'
import { RegistryClient } from './client.js'
import type { RegistryCredentials } from './credentials.js'
import { findRegistryCredentials } from './credentials.js'

export interface RegistryOptions {
  /** Registries (host[:port]) to reach over plain HTTP besides loopback ones. */
  insecureRegistries: readonly string[]
  env: Readonly<Record<string, string | undefined>>
  retry?: RetryContext
}

export interface ResolvedImage {
  /** As the user wrote it. */
  label: string
  reference: ImageReference
  /** registry/repository: the docker reference signatures name. */
  name: string
  digest: string
  /** The image manifest (or index) as a descriptor, for referrers' `subject`. */
  descriptor: Descriptor
  /** The tag it was resolved from, when one was given. */
  tag?: string
  client: RegistryClient
}

/** The image as an in-toto statement subject: its name and manifest digest. */
export function imageSubject(image: ResolvedImage): Subject {
  return {
    name: image.name,
    digest: { sha256: image.digest.slice('sha256:'.length) }
  }
}

export type RegistryClients = (registry: string) => Promise<RegistryClient>

export function createRegistryClients(
  options: RegistryOptions
): RegistryClients {
  const clients = new Map<string, Promise<RegistryClient>>()
  return (registry) => {
    let client = clients.get(registry)
    if (!client) {
      client = credentialsFor(registry, options.env).then(
        (credentials) =>
          new RegistryClient({
            registry,
            ...(credentials ? { credentials } : {}),
            insecure: options.insecureRegistries.includes(registry),
            ...(options.retry ? { retry: options.retry } : {})
          })
      )
      clients.set(registry, client)
    }
    return client
  }
}

export async function credentialsFor(
  registry: string,
  env: Readonly<Record<string, string | undefined>>
): Promise<RegistryCredentials | undefined> {
  const found = await findRegistryCredentials(registry, { ...env })
  if (found) return found
  if (
    registry === 'ghcr.io' &&
    env.GITHUB_ACTIONS === 'true' &&
    env.GITHUB_TOKEN
  ) {
    return {
      kind: 'basic',
      username: env.GITHUB_ACTOR || 'github-actions',
      password: env.GITHUB_TOKEN
    }
  }
  return undefined
}

/** Every image resolved to its digest (tags read once), in order, without repeats. */
export async function resolveImages(
  labels: readonly string[],
  clients: RegistryClients,
  logger: Logger
): Promise<ResolvedImage[]> {
  const seen = new Map<string, ResolvedImage>()
  for (const label of labels) {
    const reference = parseImageReference(label)
    const client = await clients(reference.registry)
    const fetched = await client.getManifest(
      reference.repository,
      reference.tag !== undefined ? reference.tag : reference.digest!
    )
    const shown = formatImageReference(reference)
    if (reference.digest && fetched.digest !== reference.digest) {
      throw new InputError(
        'OCI_TAG_MOVED',
        `${label}: the tag ${reference.tag ?? ''} now points to ${fetched.digest}, not ${reference.digest}: the image was re-tagged; give the digest you mean alone (oci://${reference.registry}/${reference.repository}@sha256:...)`
      )
    }
    const name = `${reference.registry}/${reference.repository}`
    if (seen.has(`${name}@${fetched.digest}`)) continue
    if (reference.tag !== undefined && !reference.digest)
      logger.info(`${shown} resolved to ${name}@${fetched.digest}`)
    seen.set(`${name}@${fetched.digest}`, {
      label,
      reference: { ...reference, digest: fetched.digest },
      name,
      digest: fetched.digest,
      descriptor: {
        mediaType: fetched.mediaType || mediaTypeOf(fetched.bytes),
        digest: fetched.digest,
        size: fetched.bytes.length
      },
      ...(reference.tag !== undefined ? { tag: reference.tag } : {}),
      client
    })
  }
  return [...seen.values()]
}

function mediaTypeOf(bytes: Buffer): string {
  try {
    const json = JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown }
    if (typeof json.mediaType === 'string') return json.mediaType
  } catch {
    // fall through
  }
  return 'application/vnd.oci.image.manifest.v1+json'
}

/** The images of an action or command's inputs, resolved with one client per registry. */
export async function resolveImageInputs(
  inputs: { images: readonly string[]; insecureRegistries: readonly string[] },
  context: {
    env: Readonly<Record<string, string | undefined>>
    retry?: RetryContext
    logger: Logger
  }
): Promise<ResolvedImage[]> {
  const clients = createRegistryClients({
    insecureRegistries: inputs.insecureRegistries,
    env: context.env,
    ...(context.retry ? { retry: context.retry } : {})
  })
  return resolveImages(inputs.images, clients, context.logger)
}
