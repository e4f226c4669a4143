/**
 * DependencyGraph -> CycloneDX 1.6 JSON, built with @cyclonedx/cyclonedx-library
 * models and its JSON normalizer. Lists are inserted in code-point order and
 * normalised unsorted (the library sorts with localeCompare, which depends on
 * the machine's locale); the serial number is a UUID of the content.
 */
import {
  ComponentType,
  HashAlgorithm
} from '@cyclonedx/cyclonedx-library/Enums'
import * as Models from '@cyclonedx/cyclonedx-library/Models'
import type { Serialize } from '@cyclonedx/cyclonedx-library'
// By file: the `Serialize` entry would load the XML serializer too (see src/types).
import { Factory as NormalizerFactory } from '../../../node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/json/normalize.js'
import { Spec1dot6 } from '@cyclonedx/cyclonedx-library/Spec'
import {
  cleanHashes,
  environmentProperties,
  prepareGraph,
  TOOL_NAME,
  type SbomDocumentOptions
} from './document.js'
import { toSbomText, withContentId, type BuiltSbom } from './sbom-text.js'
import {
  toComponentModel,
  toProperties,
  toRootModel
} from './cyclonedx-models.js'
import type { DependencyGraph } from './model.js'

type NormalizedBom = ReturnType<
  Serialize.JSON.Normalize.BomNormalizer['normalize']
>

export type CycloneDxDocument = NormalizedBom

/** The CycloneDX 1.6 JSON text (2-space indented, trailing newline). */
export function buildCycloneDx(
  graph: DependencyGraph,
  options: SbomDocumentOptions
): string {
  return toSbomText(buildCycloneDxSbom(graph, options).document)
}

/** The CycloneDX 1.6 document as JSON data (what is validated) and its text. */
export function buildCycloneDxSbom(
  graph: DependencyGraph,
  options: SbomDocumentOptions
): BuiltSbom<CycloneDxDocument> {
  const prepared = prepareGraph(graph)
  const root = toRootModel(graph.root)
  const models = new Map<string, Models.Component>([[graph.root.ref, root]])
  const bom = new Models.Bom({
    metadata: new Models.Metadata({
      timestamp: options.timestamp,
      tools: new Models.Tools({
        components: new Models.ComponentRepository([
          new Models.Component(ComponentType.Application, TOOL_NAME, {
            version: options.toolVersion
          })
        ])
      }),
      component: root,
      properties: toProperties(environmentProperties(options.environment))
    })
  })
  for (const component of prepared.components) {
    models.set(component.ref, toComponentModel(component))
  }
  // Vendored code is nested in the component that carries it.
  for (const component of prepared.components) {
    const parent =
      component.containedBy === undefined
        ? undefined
        : models.get(component.containedBy)
    const model = models.get(component.ref)!
    if (parent && parent !== model) parent.components.add(model)
    else bom.components.add(model)
  }
  for (const [ref, targets] of prepared.edges) {
    const from = models.get(ref)!
    for (const to of targets) from.dependencies.add(models.get(to)!.bomRef)
  }
  const factory = new NormalizerFactory(Spec1dot6)
  const doc = factory.makeForBom().normalize(bom, { sortLists: false })
  restoreAllHashes(doc, graph)
  // A placeholder where the serial number goes (right after "version").
  doc.serialNumber = ''
  return withContentId(doc, 'serialNumber', (uuid) => `urn:uuid:${uuid}`)
}

/**
 * The library keeps one hash per algorithm; a Python pin carries one sha256
 * per distribution file. Every hash is written, in code-point order.
 */
function restoreAllHashes(doc: NormalizedBom, graph: DependencyGraph): void {
  const all = new Map(graph.components.map((c) => [c.ref, c.hashes]))
  type Normalized = NonNullable<NormalizedBom['components']>[number]
  const visit = (components: readonly Normalized[] | undefined): void => {
    for (const component of components ?? []) {
      const hashes = cleanHashes(all.get(component['bom-ref'] ?? '') ?? [])
      if (hashes.length > (component.hashes?.length ?? 0)) {
        component.hashes = hashes.map((h) => ({
          alg: HashAlgorithm[h.algorithm],
          content: h.value
        }))
      }
      visit(component.components)
    }
  }
  visit(doc.components)
  visit(doc.metadata?.component?.components)
}
