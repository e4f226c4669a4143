/**
 * An image -> its DependencyGraph: layers read in order and applied with
 * their whiteouts (only the files the package readers ask for are kept),
 * then the OS and language package readers over the merged filesystem.
 */
import { InputError } from '../../../lib/errors.js'
import { compareText } from '../../../lib/sbom/document.js'
import {
  buildImageGraph,
  isImageMetadata
} from '../../../lib/sbom/image/image-graph.js'
import { describeImageProgram } from '../../../lib/sbom/image/image-binaries.js'
import {
  applyLayer,
  readLayer,
  type LayeredFiles,
  type LayeredPrograms
} from '../../../lib/sbom/image/layers.js'
import type { DependencyGraph } from '../../../lib/sbom/model.js'
import type { NamedImage } from './image-store.js'
import { readRpmDatabase } from './rpm-database.js'

const utf8 = new TextDecoder()

export async function buildImageSbomGraph(
  named: NamedImage
): Promise<DependencyGraph> {
  const { image } = named
  const files: LayeredFiles = new Map()
  const programs: LayeredPrograms<DependencyGraph> = new Map()
  for (let i = 0; i < image.manifest.layers.length; i++) {
    const bytes = await image.layer(i)
    try {
      const changes = await readLayer(
        bytes,
        isImageMetadata,
        'image layer',
        describeImageProgram
      )
      applyLayer(files, changes, programs)
    } catch (error) {
      throw new InputError(
        'OCI_LAYER_UNREADABLE',
        `${named.display}: layer ${i + 1} (${image.manifest.layers[i]!.digest}) is not a readable tar: ${(error as Error).message}`,
        { cause: error }
      )
    }
  }
  const texts = new Map<string, string | undefined>()
  const rpm = readRpmDatabase(files)
  return buildImageGraph(
    {
      display: named.display,
      repository: named.repository,
      ...(named.repositoryUrl ? { repositoryUrl: named.repositoryUrl } : {}),
      ...(named.tag ? { tag: named.tag } : {}),
      digest: image.digest,
      manifest: image.manifest,
      config: image.config,
      configDigest: image.configDigest,
      ...(rpm ? { rpm } : {}),
      programs: [...programs]
        .sort(([a], [b]) => compareText(a, b))
        .map(([path, graph]) => ({ path, graph }))
    },
    {
      paths: [...files.keys()].sort(compareText),
      read: (path) => {
        if (!texts.has(path)) {
          const data = files.get(path)
          texts.set(path, data === undefined ? undefined : utf8.decode(data))
        }
        return texts.get(path)
      }
    }
  )
}
