/**
 * The image inputs every action and command shares: `images` (oci://
 * references, each checked now so that a typo fails before any signing)
 * and `insecure-registry` (host[:port] names).
 */
import { InputError } from '../errors.js'
import {
  collectInputError,
  parseList,
  throwCollected
} from '../inputs/index.js'
import { parseImageReference } from './reference.js'

export function parseImageList(raw: string | undefined): string[] {
  const images = parseList(raw)
  const problems: InputError[] = []
  for (const image of images) {
    try {
      parseImageReference(image)
    } catch (error) {
      collectInputError(problems, error)
    }
  }
  throwCollected(problems)
  return images
}

export function parseInsecureRegistryList(
  list: readonly string[],
  input = 'insecure-registry'
): string[] {
  for (const name of list) {
    if (!/^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9a-fA-F:]+\](:\d+)?$/.test(name)) {
      throw new InputError(
        'OCI_INSECURE_REGISTRY_INVALID',
        `input "${input}": "${name}" is not a registry name: give host or host:port (e.g. registry.internal:5000), no scheme or path`
      )
    }
  }
  return [...list]
}
