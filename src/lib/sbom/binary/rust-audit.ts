/**
 * The dependency list `cargo auditable` embeds in Rust binaries: a `.dep-v0`
 * section (`__DATA,.dep-v0` on Mach-O) holding zlib-compressed JSON,
 * `{"packages":[{"name","version","source","kind","dependencies":[i],"root"}]}`
 * (rust-secure-code/cargo-auditable, auditable-serde).
 */
import { unzlibSync } from 'fflate'
import { InputError } from '../../errors.js'
import type { Executable } from './sections.js'

export interface AuditablePackage {
  name: string
  version: string
  /** crates.io, git, local, registry, or another registry's name. */
  source: string
  /** runtime (the default) or build (build scripts and proc macros). */
  kind: 'runtime' | 'build'
  /** Indexes into the package list. */
  dependencies: number[]
  root: boolean
}

const SECTION_NAMES = ['.dep-v0', '__DATA,.dep-v0']
/** The section's JSON, inflated, is never larger than this. */
export const MAX_AUDIT_JSON_BYTES = 8 * 1024 * 1024

/** The crates listed in the binary; undefined when it has no such section. */
export function readAuditableData(
  executable: Executable,
  display: string
): AuditablePackage[] | undefined {
  const section = SECTION_NAMES.map((n) => executable.sections.get(n)).find(
    (s) => s !== undefined
  )
  if (!section) return undefined
  const bad = (why: string, cause?: unknown): InputError =>
    new InputError(
      'SBOM_RUST_AUDIT_DATA',
      `${display}: the cargo auditable section .dep-v0 ${why}; rebuild the binary with \`cargo auditable build\``,
      { cause }
    )
  let text: string
  try {
    const inflated = unzlibSync(section)
    if (inflated.length > MAX_AUDIT_JSON_BYTES)
      throw bad(`inflates to more than ${MAX_AUDIT_JSON_BYTES} bytes`)
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated)
  } catch (error) {
    if (error instanceof InputError) throw error
    throw bad('is not zlib-compressed UTF-8', error)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw bad('is not JSON', error)
  }
  const packages = (data as { packages?: unknown }).packages
  if (!Array.isArray(packages)) throw bad('has no "packages" list')
  return packages.map((p: unknown, i) => toPackage(p, i, packages.length, bad))
}

function toPackage(
  raw: unknown,
  index: number,
  count: number,
  bad: (why: string) => InputError
): AuditablePackage {
  const p = raw as Record<string, unknown>
  if (typeof p.name !== 'string' || typeof p.version !== 'string')
    throw bad(`package ${index} has no name or version`)
  const dependencies = Array.isArray(p.dependencies) ? p.dependencies : []
  if (!dependencies.every((d) => Number.isInteger(d) && d >= 0 && d < count))
    throw bad(`package ${p.name} depends on an index outside the list`)
  return {
    name: p.name,
    version: p.version,
    source: typeof p.source === 'string' ? p.source : 'crates.io',
    kind: p.kind === 'build' ? 'build' : 'runtime',
    dependencies: dependencies as number[],
    root: p.root === true
  }
}
