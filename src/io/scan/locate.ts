/**
 * Where each finding shows in SARIF: the lockfile line that locks the
 * package when the SBOM came from a lockfile (the directory scanned, or a
 * lockfile beside the SBOM file), else the SBOM file itself. Paths are
 * relative to the workspace, as code scanning wants them.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { GatedFinding } from '../../lib/scan/gate.js'
import { LockfileLines } from '../../lib/scan/lockfile-line.js'
import {
  LOCKFILE_FORMATS,
  lockfileFormat
} from '../../lib/sbom/sources/lockfile-formats.js'
import type { SarifLocation } from '../../lib/scan/report/sarif.js'
import type { DescribedSbom } from './describe.js'

/**
 * The lockfiles beside `file` that Provenant reads (the lockfile
 * registry's names and patterns), in the registry's order: its formats in
 * turn, each format's own names in its order, then the names its pattern
 * matches, the plainest first (requirements.txt before
 * requirements-dev.txt).
 */
export function lockfilesBeside(file: string): string[] {
  const dir = path.dirname(file)
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const rank = (name: string): [number, number, number] => {
    const format = lockfileFormat(name)!
    const named = format.names.indexOf(name)
    return [
      LOCKFILE_FORMATS.indexOf(format),
      named >= 0 ? named : format.names.length,
      name.length
    ]
  }
  const order = (a: string, b: string): number => {
    const [x, y] = [rank(a), rank(b)]
    return (
      x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || (a < b ? -1 : a > b ? 1 : 0)
    )
  }
  return names
    .filter((name) => lockfileFormat(name) !== undefined)
    .sort(order)
    .map((name) => path.join(dir, name))
}

export function createLocator(
  workspace: string,
  described: readonly DescribedSbom[]
): (finding: GatedFinding) => SarifLocation {
  const bySubject = new Map(described.map((d) => [d.sbom.subject, d]))
  const texts = new Map<string, LockfileLines | undefined>()
  const linesOf = (file: string): LockfileLines | undefined => {
    if (!texts.has(file)) {
      try {
        texts.set(file, new LockfileLines(readFileSync(file, 'utf8')))
      } catch {
        texts.set(file, undefined)
      }
    }
    return texts.get(file)
  }
  const beside = new Map<string, string[]>()
  const lockfilesOf = (file: string): string[] => {
    let found = beside.get(file)
    if (!found) beside.set(file, (found = lockfilesBeside(file)))
    return found
  }
  const relative = (file: string): string =>
    path.relative(workspace, file).split(path.sep).join('/') || '.'
  return (finding) => {
    let fallback: SarifLocation | undefined
    for (const location of finding.locations) {
      const d = bySubject.get(location.subject)
      if (!d) continue
      const lockfiles =
        d.lockfiles.length > 0
          ? d.lockfiles
          : d.document !== undefined
            ? lockfilesOf(d.absolute)
            : []
      for (const lockfile of lockfiles) {
        const line = linesOf(lockfile)?.find(finding.name, finding.version)
        if (line) return { uri: relative(lockfile), line }
      }
      fallback ??= { uri: relative(lockfiles[0] ?? d.absolute) }
    }
    return fallback ?? { uri: finding.locations[0]?.subject ?? '.' }
  }
}
