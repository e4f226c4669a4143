/** The `sha256:<hex>` digest of some bytes, as OCI registries and GitHub write it. */
import { createHash } from 'node:crypto'

export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}
