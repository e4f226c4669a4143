/**
 * Whether a folder is an OCI image layout: asked of every folder given to
 * sbom, so it stays apart from the image readers (loaded only for images).
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'

/** Whether a folder is an OCI image layout (it has the `oci-layout` marker). */
export async function isLayoutFolder(dir: string): Promise<boolean> {
  const info = await stat(path.join(dir, 'oci-layout')).catch(() => undefined)
  return info?.isFile() === true
}
