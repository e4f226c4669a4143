import type {
  Component,
  DependencyGraph,
  Hash
} from '../../src/lib/sbom/model.js'

const hex = (char: string, length: number): string => char.repeat(length)

function component(
  partial: Partial<Component> & Pick<Component, 'ref' | 'name'>
): Component {
  return {
    ecosystem: 'npm',
    version: '1.0.0',
    purl: `pkg:npm/${partial.name.replace('@', '%40')}@${partial.version ?? '1.0.0'}`,
    hashes: [],
    licenses: [],
    scope: 'required',
    origin: { kind: 'registry' },
    properties: {},
    ...partial
  }
}

const sha512 = (c: string): Hash => ({
  algorithm: 'SHA-512',
  value: hex(c, 128)
})

/** A small graph with every kind of fact the writers handle. */
export function sampleGraph(): DependencyGraph {
  const components: Component[] = [
    component({
      ref: 'lodash@4.17.21',
      name: 'lodash',
      version: '4.17.21',
      purl: 'pkg:npm/lodash@4.17.21',
      hashes: [sha512('a'), { algorithm: 'SHA-1', value: hex('b', 40) }],
      licenses: ['MIT'],
      origin: {
        kind: 'registry',
        url: 'https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz'
      },
      properties: { 'provenant:resolved': 'registry' }
    }),
    component({
      ref: '@scope/pkg@2.0.0',
      name: '@scope/pkg',
      version: '2.0.0',
      purl: 'pkg:npm/%40scope/pkg@2.0.0',
      licenses: ['Apache-2.0 OR MIT'],
      scope: 'optional'
    }),
    component({
      ref: 'jest@29.0.0',
      name: 'jest',
      version: '29.0.0',
      purl: 'pkg:npm/jest@29.0.0',
      hashes: [sha512('c')],
      licenses: ['UNLICENSED'],
      scope: 'dev'
    }),
    component({
      ref: 'chalk@5.0.0',
      name: 'chalk',
      version: '5.0.0',
      purl: 'pkg:npm/chalk@5.0.0',
      licenses: ['mit', 'BSD License', 'MIT'],
      scope: 'dev'
    }),
    component({
      ref: 'tool@git',
      name: 'tool',
      version: '',
      purl: 'pkg:npm/tool',
      origin: {
        kind: 'git',
        url: 'https://github.com/example/tool.git',
        commit: hex('d', 40)
      }
    }),
    component({
      ref: 'pypi:requests@2.31.0',
      ecosystem: 'pypi',
      name: 'requests',
      version: '2.31.0',
      purl: 'pkg:pypi/requests@2.31.0',
      hashes: [
        { algorithm: 'SHA-256', value: hex('f', 64) },
        { algorithm: 'SHA-256', value: hex('e', 64) },
        { algorithm: 'SHA-256', value: 'not-hex' }
      ],
      licenses: ['Apache-2.0']
    })
  ]
  return {
    root: {
      ref: 'root',
      ecosystem: 'npm',
      name: 'demo-app',
      version: '1.2.3',
      purl: 'pkg:npm/demo-app@1.2.3',
      type: 'application',
      hashes: [],
      licenses: ['Apache-2.0']
    },
    components,
    dependencies: [
      {
        ref: 'root',
        dependsOn: [
          'lodash@4.17.21',
          '@scope/pkg@2.0.0',
          'jest@29.0.0',
          'tool@git',
          'pypi:requests@2.31.0',
          'missing@1.0.0'
        ]
      },
      { ref: 'jest@29.0.0', dependsOn: ['chalk@5.0.0', 'lodash@4.17.21'] },
      { ref: 'lodash@4.17.21', dependsOn: ['lodash@4.17.21'] }
    ],
    sources: ['package-lock.json', 'package.json']
  }
}

/** The same graph with every list in the opposite order. */
export function reversedGraph(graph: DependencyGraph): DependencyGraph {
  return {
    ...graph,
    components: [...graph.components].reverse(),
    dependencies: [...graph.dependencies]
      .reverse()
      .map((d) => ({ ...d, dependsOn: [...d.dependsOn].reverse() })),
    sources: [...graph.sources].reverse()
  }
}

export const DOCUMENT_OPTIONS = {
  toolVersion: '0.1.0',
  timestamp: new Date(1733164473 * 1000),
  environment: {
    runnerOs: 'Linux',
    runnerImage: 'ubuntu24/20250105.1',
    nodeVersion: 'v24.21.0'
  }
}
