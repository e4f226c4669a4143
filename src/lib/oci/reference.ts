/**
 * `oci://<registry>/<repository>[:<tag>|@sha256:<digest>]`, the way users
 * write an image in Provenant: split into its parts, Docker Hub's short
 * names made whole (docker.io/library/debian).
 */
import { InputError } from '../errors.js'

export interface ImageReference {
  /** host[:port] as written (docker.io for Docker Hub). */
  registry: string
  repository: string
  tag?: string
  digest?: string
}

export const OCI_SCHEME = 'oci://'
const DEFAULT_TAG = 'latest'

export function isImageReference(text: string): boolean {
  return text.startsWith(OCI_SCHEME)
}

export function parseImageReference(text: string): ImageReference {
  const bad = (why: string): InputError =>
    new InputError(
      'OCI_REFERENCE_INVALID',
      `"${text}" is not an image reference (${why}): write oci://<registry>/<repository>:<tag> or oci://<registry>/<repository>@sha256:<digest>`
    )
  if (!isImageReference(text)) throw bad('it does not start with oci://')
  let rest = text.slice(OCI_SCHEME.length)
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!/^sha256:[0-9a-f]{64}$/.test(digest))
      throw bad(`"${digest}" is not a sha256 digest`)
  }
  const slash = rest.indexOf('/')
  if (slash <= 0) throw bad('it names no registry')
  const registry = rest.slice(0, slash)
  let repository = rest.slice(slash + 1)
  let tag: string | undefined
  const colon = repository.lastIndexOf(':')
  if (colon >= 0) {
    tag = repository.slice(colon + 1)
    repository = repository.slice(0, colon)
    if (!/^[\w][\w.-]{0,127}$/.test(tag)) throw bad(`"${tag}" is not a tag`)
  }
  if (
    !/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(
      repository
    )
  )
    throw bad(`"${repository}" is not a repository name`)
  if (registry === 'docker.io' && !repository.includes('/'))
    repository = `library/${repository}`
  return {
    registry,
    repository,
    ...(tag !== undefined || digest === undefined
      ? { tag: tag ?? DEFAULT_TAG }
      : {}),
    ...(digest ? { digest } : {})
  }
}

/** The reference as written back: registry/repository[:tag][@digest]. */
export function formatImageReference(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`
}
