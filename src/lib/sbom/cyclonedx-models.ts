/**
 * Graph facts -> @cyclonedx/cyclonedx-library models: components, their
 * origins (external references and properties), hashes, licenses. Lists are
 * built in code-point order (see cyclonedx.ts).
 */
import {
  ComponentScope,
  ComponentType,
  ExternalReferenceType,
  HashAlgorithm
} from '@cyclonedx/cyclonedx-library/Enums'
import * as Models from '@cyclonedx/cyclonedx-library/Models'
import { cleanHashes, sortedBy } from './document.js'
import { classifyLicense, distinctLicenses } from './licenses.js'
import type { Component, Hash, Origin, RootComponent } from './model.js'

const SCOPES: Readonly<Record<Component['scope'], ComponentScope>> = {
  required: ComponentScope.Required,
  optional: ComponentScope.Optional,
  dev: ComponentScope.Excluded
}

const ROOT_TYPES: Readonly<Record<RootComponent['type'], ComponentType>> = {
  application: ComponentType.Application,
  library: ComponentType.Library,
  file: ComponentType.File,
  container: ComponentType.Container
}

export function toRootModel(root: RootComponent): Models.Component {
  const { name, group } = nameParts(root.ecosystem, root.name)
  const model = new Models.Component(ROOT_TYPES[root.type], name, {
    bomRef: root.ref,
    group,
    version: root.version || undefined,
    purl: root.purl || undefined,
    hashes: toHashes(root.hashes),
    licenses: toLicenses(root.licenses),
    properties: toProperties(
      sortedBy(Object.entries(root.properties ?? {}), ([k]) => k)
    )
  })
  return model
}

export function toComponentModel(c: Component): Models.Component {
  const { references, properties } = describeOrigin(c.origin)
  const { name, group } = nameParts(c.ecosystem, c.name)
  return new Models.Component(ComponentType.Library, name, {
    bomRef: c.ref,
    group,
    version: c.version || undefined,
    purl: c.purl || undefined,
    scope: SCOPES[c.scope],
    hashes: toHashes(c.hashes),
    licenses: toLicenses(c.licenses),
    externalReferences: new Models.ExternalReferenceRepository(references),
    properties: toProperties(
      sortedBy(
        [...Object.entries(c.properties), ...properties, ...kindProperty(c)],
        ([k, v]) => `${k}\0${v}`
      )
    )
  })
}

/** npm scopes are the CycloneDX group (as @cyclonedx/cyclonedx-npm writes them). */
function nameParts(
  ecosystem: RootComponent['ecosystem'],
  name: string
): { name: string; group: string | undefined } {
  const match = ecosystem === 'npm' ? /^(@[^/]+)\/(.+)$/.exec(name) : null
  return match
    ? { group: match[1]!, name: match[2]! }
    : { name, group: undefined }
}

function describeOrigin(origin: Origin): {
  references: Models.ExternalReference[]
  properties: [string, string][]
} {
  switch (origin.kind) {
    case 'registry':
      return {
        references: origin.url
          ? [
              new Models.ExternalReference(
                origin.url,
                ExternalReferenceType.Distribution
              )
            ]
          : [],
        properties: []
      }
    case 'git': {
      const url =
        origin.commit && !origin.url.includes('#')
          ? `${origin.url}#${origin.commit}`
          : origin.url
      return {
        references: [
          new Models.ExternalReference(url, ExternalReferenceType.VCS)
        ],
        properties: [['provenant:origin', 'git']]
      }
    }
    case 'url':
      return {
        references: [
          new Models.ExternalReference(
            origin.url,
            ExternalReferenceType.Distribution
          )
        ],
        properties: [['provenant:origin', 'url']]
      }
    case 'file':
    case 'workspace':
      return {
        references: [],
        properties: [
          ['provenant:origin', origin.kind],
          ['provenant:path', origin.path]
        ]
      }
    case 'alias':
      return {
        references: [],
        properties: [
          ['provenant:origin', 'alias'],
          ['provenant:alias', origin.alias]
        ]
      }
  }
}

function toHashes(hashes: readonly Hash[]): Models.HashDictionary {
  const dictionary = new Models.HashDictionary()
  for (const h of cleanHashes(hashes)) {
    const algorithm = HashAlgorithm[h.algorithm]
    if (!dictionary.has(algorithm)) dictionary.set(algorithm, h.value)
  }
  return dictionary
}

/**
 * CycloneDX holds either license ids/names or one expression. With several
 * licenses, expressions are written as names (never joined with an invented
 * AND or OR).
 */
function toLicenses(licenses: readonly string[]): Models.LicenseRepository {
  const texts = distinctLicenses(licenses)
  const repository = new Models.LicenseRepository()
  const seen = new Set<string>()
  for (const text of texts) {
    const choice = classifyLicense(text)
    const id = choice.kind === 'id' ? choice.id : undefined
    if (seen.has(id ?? text)) continue
    seen.add(id ?? text)
    if (id !== undefined) repository.add(new Models.SpdxLicense(id))
    else if (choice.kind === 'expression' && texts.length === 1)
      repository.add(new Models.LicenseExpression(text))
    else repository.add(new Models.NamedLicense(text))
  }
  return repository
}

export function toProperties(
  entries: Iterable<[string, string]>
): Models.PropertyRepository {
  return new Models.PropertyRepository(
    [...entries].map(([name, value]) => new Models.Property(name, value))
  )
}

/** Every component that is not a plain language package says what it is. */
export function kindProperty(c: Component): [string, string][] {
  return c.kind && c.kind !== 'language' ? [['provenant:kind', c.kind]] : []
}
