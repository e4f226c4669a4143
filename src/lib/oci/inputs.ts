/**
 * The image inputs every action and command shares: `images` (oci://
 * references, each checked now so that a typo fails before any signing),
 * `oci-format` and `insecure-registry` (host[:port] names).
 */
import { InputError } from '../errors.js'
import type { ProblemCollector } from '../inputs/index.js'
import {
  collectInputError,
  parseList,
  throwCollected
} from '../inputs/index.js'
import type { OciFormat } from './format.js'
import { parseOciFormat } from './format.js'
import { parseImageReference } from './reference.js'

export interface ImageInputs {
  images: string[]
  ociFormat: OciFormat
  insecureRegistries: string[]
}

export type ImageInputName = 'images' | 'oci-format' | 'insecure-registry'

/** `images`, `oci-format` and `insecure-registry`, each problem collected. */
export function parseImageInputs(
  raw: (name: ImageInputName) => string | undefined,
  { attempt }: Pick<ProblemCollector, 'attempt'>
): ImageInputs {
  return {
    images: attempt(() => parseImageList(raw('images')), []),
    ociFormat: attempt(() => parseOciFormat(raw('oci-format')), 'both'),
    insecureRegistries: attempt(
      () => parseInsecureRegistryList(parseList(raw('insecure-registry'))),
      []
    )
  }
}

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
