/**
 * What both SBOM writers share: the facts that are not in the graph (tool,
 * time, build environment), a locale-independent order, and identifiers
 * derived from content (never random), so that the same graph and the same
 * SOURCE_DATE_EPOCH give byte-identical files on any machine.
 */
import { InputError, InternalError } from '../errors.js'
import type { Component, DependencyGraph, Hash } from './model.js'

export type SbomFormat = 'cyclonedx' | 'spdx'

/** In the order files are written. */
export const SBOM_FORMATS: readonly SbomFormat[] = ['cyclonedx', 'spdx']

/** The build environment, written as properties (CycloneDX) and the creation comment (SPDX). */
export interface BuildEnvironment {
  /** RUNNER_OS, e.g. Linux. */
  runnerOs?: string
  /** The runner image, e.g. ubuntu24/20250105.1 (ImageOS/ImageVersion). */
  runnerImage?: string
  /** process.version of the Node that wrote the document. */
  nodeVersion?: string
}

export interface SbomDocumentOptions {
  /** Provenant's version, written as the tool. */
  toolVersion: string
  /** SOURCE_DATE_EPOCH when set, otherwise the current time (a parameter, never read here). */
  timestamp: Date
  environment: BuildEnvironment
}

export const TOOL_NAME = 'provenant'

/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970;
 * undefined when not set.
 */
export function parseSourceDateEpoch(
  raw: string | undefined
): Date | undefined {
  if (raw === undefined || raw.trim() === '') return undefined
  const seconds = Number(raw.trim())
  if (
    !/^\d+$/.test(raw.trim()) ||
    !Number.isSafeInteger(seconds) ||
    seconds > MAX_EPOCH_SECONDS
  ) {
    throw new InputError(
      'SBOM_SOURCE_DATE_EPOCH',
      `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 (e.g. git log -1 --format=%ct), not "${raw}"`
    )
  }
  return new Date(seconds * 1000)
}

/** 9999-12-31T23:59:59Z: SPDX and CycloneDX dates have four-digit years. */
const MAX_EPOCH_SECONDS = 253402300799

/** Code-point order: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function sortedBy<T>(items: Iterable<T>, key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareText(key(a), key(b)))
}

/** The environment as `provenant:build:*` name/value pairs, sorted by name. */
export function environmentProperties(
  environment: BuildEnvironment
): [string, string][] {
  const entries: [string, string | undefined][] = [
    ['provenant:build:node-version', environment.nodeVersion],
    ['provenant:build:runner-image', environment.runnerImage],
    ['provenant:build:runner-os', environment.runnerOs]
  ]
  return entries.filter((e): e is [string, string] => !!e[1])
}

/**
 * The graph as both writers use it: components sorted by ref, and each
 * dependency list sorted, de-duplicated and limited to refs the graph has
 * (an edge to nowhere cannot be written in either format).
 */
export interface PreparedGraph {
  graph: DependencyGraph
  components: Component[]
  byRef: ReadonlyMap<string, Component>
  edges: ReadonlyMap<string, string[]>
}

export function prepareGraph(graph: DependencyGraph): PreparedGraph {
  const components = sortedBy(graph.components, (c) => c.ref)
  const byRef = new Map(components.map((c) => [c.ref, c]))
  if (byRef.size !== components.length || byRef.has(graph.root.ref)) {
    const seen = new Set<string>([graph.root.ref])
    const twice = components.find((c) => seen.size === seen.add(c.ref).size)
    throw new InternalError(
      'SBOM_DUPLICATE_REF',
      `the dependency graph has two components with the ref "${twice?.ref ?? graph.root.ref}"`
    )
  }
  const known = (ref: string): boolean =>
    ref === graph.root.ref || byRef.has(ref)
  const targets = new Map<string, Set<string>>()
  for (const { ref, dependsOn } of graph.dependencies) {
    if (!known(ref)) continue
    const set = targets.get(ref) ?? new Set<string>()
    for (const to of dependsOn) if (known(to) && to !== ref) set.add(to)
    targets.set(ref, set)
  }
  const edges = new Map<string, string[]>()
  for (const ref of [...targets.keys()].sort(compareText)) {
    edges.set(ref, [...targets.get(ref)!].sort(compareText))
  }
  return { graph, components, byRef, edges }
}

const HEX_LENGTH: Readonly<Record<Hash['algorithm'], number>> = {
  MD5: 32,
  'SHA-1': 40,
  'SHA-256': 64,
  'SHA-384': 96,
  'SHA-512': 128
}

/** Well-formed hashes (hex of the algorithm's length), distinct, sorted. */
export function cleanHashes(hashes: readonly Hash[]): Hash[] {
  const seen = new Map<string, Hash>()
  for (const h of hashes) {
    const value = h.value.toLowerCase()
    if (value.length !== HEX_LENGTH[h.algorithm] || !/^[0-9a-f]+$/.test(value))
      continue
    seen.set(`${h.algorithm}:${value}`, { algorithm: h.algorithm, value })
  }
  return [...seen.keys()].sort(compareText).map((k) => seen.get(k)!)
}
