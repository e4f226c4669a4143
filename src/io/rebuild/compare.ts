/**
 * Rebuilt files against a loaded reference: hashed (in parallel when large),
 * compared by name and digest, every mismatch explained.
 */
import { compareArtifacts } from '../../lib/rebuild/compare.js'
import type { ArtifactResult } from '../../lib/rebuild/model.js'
import type { FoundArtifact } from './artifacts.js'
import type { ExplainOptions } from './explain.js'
import { explainMismatches } from './explain.js'
import { sha256Files } from '../fs/hash.js'
import type { LoadedReference } from './reference.js'

export async function compareWithReference(
  artifacts: readonly FoundArtifact[],
  reference: LoadedReference,
  explain: ExplainOptions
): Promise<ArtifactResult[]> {
  const digests = await sha256Files(artifacts.map((a) => a.absolute))
  const results = compareArtifacts(
    artifacts.map((a, i) => ({
      name: a.name,
      path: a.path,
      sha256: digests[i]!.sha256,
      size: digests[i]!.size
    })),
    reference.artifacts
  )
  return explainMismatches(
    results,
    reference.files,
    new Map(artifacts.map((a) => [a.name, a.absolute])),
    explain
  )
}
