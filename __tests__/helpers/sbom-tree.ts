/**
 * In-memory source trees for the lockfile reader tests: a map of relative path
 * -> file text read through readSourceTree, and small lookups on the result.
 */
import { expect } from '@jest/globals'
import { InputError } from '../../src/lib/errors.js'
import type { Component, DependencyGraph } from '../../src/lib/sbom/model.js'
import { readSourceTree } from '../../src/lib/sbom/read-source.js'

export type Files = Record<string, string>

export function readTree(
  files: Files,
  lockfile: string,
  rootName = 'fixture'
): DependencyGraph {
  return readSourceTree((path) => files[path], [lockfile], {
    rootName,
    manifestPaths: Object.keys(files)
  })
}

/** The component of that name (and version), failing the test when there is none. */
export function component(
  graph: DependencyGraph,
  name: string,
  version?: string
): Component {
  const found = graph.components.find(
    (c) => c.name === name && (version === undefined || c.version === version)
  )
  if (!found)
    throw new Error(
      `no component ${name}@${version ?? '*'} in ${graph.components.map((c) => c.ref).join(', ')}`
    )
  return found
}

/** name@version of what `ref` depends on, sorted. */
export function dependsOn(graph: DependencyGraph, ref: string): string[] {
  const refs = graph.dependencies.find((d) => d.ref === ref)?.dependsOn ?? []
  return refs
    .map((r) => {
      const c = graph.components.find((x) => x.ref === r)
      return c ? `${c.name}@${c.version}` : r
    })
    .sort()
}

export const summary = (graph: DependencyGraph): string[] =>
  graph.components.map((c) => `${c.name}@${c.version} ${c.scope}`).sort()

/** Asserts that reading throws an InputError with this code whose message mentions every `parts`. */
export function expectInputError(
  read: () => unknown,
  code: string,
  ...parts: string[]
): void {
  let thrown: unknown
  try {
    read()
  } catch (error) {
    thrown = error
  }
  expect(thrown).toBeInstanceOf(InputError)
  expect((thrown as InputError).code).toBe(code)
  for (const part of parts)
    expect((thrown as InputError).message).toContain(part)
}

export const json = (value: unknown): string => JSON.stringify(value, null, 2)
