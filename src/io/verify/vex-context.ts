/**
 * What `--require vex` needs besides the signatures: the release's shipped
 * SBOMs (CycloneDX preferred; SPDX when a folder ships no CycloneDX), read
 * as the scan reads them, and the OSV advisory index for their ecosystems
 * (--db, or the OSV exports downloaded into the scan's cache). Loaded once
 * per run; a database that cannot be read fails the run (exit 2 or 3),
 * never a silent pass.
 */
import path from 'node:path'
import type { ScannedSbom } from '../../lib/scan/sbom-input.js'
import { readSbomDocument } from '../../lib/scan/sbom-input.js'
import type { VexContext } from '../../lib/verify/evaluate-vex.js'
import type { Logger } from '../../lib/ports.js'
import { createScanDeps } from '../scan/deps.js'
import { defaultCacheDir, loadIndex } from '../scan/databases.js'
import { uncoveredFindings } from '../../lib/scan/vex-coverage.js'
import { readRegularFile } from './files.js'

export interface VexFolder {
  dir: string
  display: string
  /** The SBOM file names discovery found in it. */
  sboms: readonly string[]
  /** Those already read and parsed, by name: not read again. */
  parsed?: ReadonlyMap<string, unknown>
}

export async function loadVexContext(
  folders: readonly VexFolder[],
  request: { databases: readonly string[]; osvUrl: string; offline: boolean },
  deps: {
    cwd: string
    env: Readonly<Record<string, string | undefined>>
    logger: Logger
  }
): Promise<VexContext> {
  const sboms: ScannedSbom[] = []
  for (const folder of folders) {
    for (const name of shippedSboms(folder.sboms)) {
      const label = path.join(folder.display, name)
      const document: unknown =
        folder.parsed?.get(name) ??
        JSON.parse(
          (await readRegularFile(path.join(folder.dir, name))).toString('utf8')
        )
      sboms.push(readSbomDocument(document, label))
    }
  }
  const ecosystems = [
    ...new Set(
      sboms.flatMap((s) =>
        s.components.flatMap((c) => (c.ecosystem ? [c.ecosystem] : []))
      )
    )
  ].sort()
  const scanDeps = createScanDeps(deps.env, deps.logger)
  const { index } = await loadIndex(
    {
      workspace: deps.cwd,
      databases: request.databases,
      ecosystems,
      offline: request.offline,
      osvUrl: request.osvUrl,
      cacheDir: defaultCacheDir(deps.env)
    },
    scanDeps
  )
  return {
    sboms,
    uncovered: uncoveredFindings(index, sboms)
  }
}

/** The same components described twice (CycloneDX and SPDX) are read once. */
function shippedSboms(names: readonly string[]): string[] {
  const cyclonedx = names.filter((n) => !/\.spdx\.json$/i.test(n))
  return cyclonedx.length > 0 ? cyclonedx : [...names]
}
