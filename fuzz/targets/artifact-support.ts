/** The artifact readers as `provenant sbom` calls them: on a file on disk. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readArtifact } from '../../src/io/sbom/artifact.js'
import { sharedSeeds, type FuzzTarget } from './support.js'

const dir = mkdtempSync(path.join(os.tmpdir(), 'provenant-fuzz-'))

export function artifactTarget(
  fileName: string,
  seeds: Buffer[],
  match: (name: string) => boolean
): FuzzTarget {
  const file = path.join(dir, fileName)
  return {
    async run(data) {
      writeFileSync(file, data)
      await readArtifact(file, fileName)
    },
    seeds: () => [...seeds, ...sharedSeeds(match)],
    maxLength: 256 * 1024
  }
}
