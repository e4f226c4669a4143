/**
 * Executable bytes -> the modules they say they were built from: Go build
 * information, or Rust's `cargo auditable` data; undefined for other files
 * and for executables without either. Used for a binary given as a path
 * and for the programs inside an image.
 */
import type { DependencyGraph, Hash } from '../model.js'
import { buildGoBinaryGraph, buildRustBinaryGraph } from './binary-graph.js'
import { readGoBuildInfo } from './go-buildinfo.js'
import { readAuditableData } from './rust-audit.js'
import { readExecutable } from './sections.js'

export interface DescribedBinary {
  kind: 'go-binary' | 'rust-binary'
  graph: DependencyGraph
}

export function describeBinary(
  bytes: Uint8Array,
  file: { fileName: string; hashes: Hash[] },
  display: string
): DescribedBinary | undefined {
  const executable = readExecutable(bytes)
  if (!executable) return undefined
  const binary = { ...file, format: executable.format }
  const rust = readAuditableData(executable, display)
  if (rust) {
    return { kind: 'rust-binary', graph: buildRustBinaryGraph(binary, rust) }
  }
  const go = readGoBuildInfo(executable, bytes)
  if (go) return { kind: 'go-binary', graph: buildGoBinaryGraph(binary, go) }
  return undefined
}
