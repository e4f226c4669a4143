/**
 * The three ways a user names an image, to one NamedImage: an oci://
 * reference (pulled from the registry), an OCI image layout folder, or a
 * tar file (docker-archive or oci-archive).
 */
import path from 'node:path'
import { isImageReference } from '../../../lib/oci/reference.js'
import {
  archiveImage,
  isImageArchive,
  readArchiveMembers
} from './archive-store.js'
import { loadImage, type NamedImage } from './image-store.js'
import { isLayoutFolder } from './layout-folder.js'
import { createLayoutStore, folderReader } from './layout-store.js'
import { createRegistryStore } from './registry-store.js'

export async function openImage(
  target: string,
  display: string
): Promise<NamedImage> {
  if (isImageReference(target))
    return loadImage(await createRegistryStore(target))
  const name = path.basename(target).replace(/\.(tar|tar\.gz|tgz)$/i, '')
  if (await isLayoutFolder(target))
    return loadImage(
      createLayoutStore(folderReader(target), display, name, undefined)
    )
  const members = await readArchiveMembers(target, display)
  return archiveImage(members, display, name)
}

/** A tar file is read as an image archive when it holds one. */
export async function readImageArchiveIfAny(
  file: string,
  display: string
): Promise<NamedImage | undefined> {
  const members = await readArchiveMembers(file, display)
  if (!isImageArchive(members)) return undefined
  return archiveImage(
    members,
    display,
    path.basename(file).replace(/\.(tar|tar\.gz|tgz)$/i, '')
  )
}
