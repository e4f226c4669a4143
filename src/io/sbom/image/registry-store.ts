/** An image in a registry, by oci:// reference, through the OCI client. */
import { RegistryClient } from '../../oci/client.js'
import { findRegistryCredentials } from '../../oci/credentials.js'
import {
  formatImageReference,
  parseImageReference
} from '../../../lib/oci/reference.js'
import type { ImageStore } from './image-store.js'

export async function createRegistryStore(
  reference: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<ImageStore> {
  const ref = parseImageReference(reference)
  const client = new RegistryClient({
    registry: ref.registry,
    credentials: await findRegistryCredentials(ref.registry, env)
  })
  const display = `oci://${formatImageReference(ref)}`
  return {
    display,
    repository: `${ref.registry}/${ref.repository}`,
    repositoryUrl: `${ref.registry}/${ref.repository}`,
    ...(ref.tag ? { tag: ref.tag } : {}),
    async top() {
      const m = await client.getManifest(ref.repository, ref.digest ?? ref.tag!)
      return { bytes: m.bytes, digest: m.digest }
    },
    manifest: async (digest) =>
      (await client.getManifest(ref.repository, digest)).bytes,
    blob: (digest) => client.getBlob(ref.repository, digest)
  }
}
