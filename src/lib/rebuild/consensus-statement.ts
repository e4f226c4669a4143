/**
 * The consensus verdict as an in-toto Statement v1: the subjects are the
 * released artifacts by SHA-256, the predicate says whether the quorum of
 * independent rebuilds reproduced each of them. Signed by the consensus job
 * (which runs no build code), it is what `verify --rebuilder-identity`
 * holds to the reproducibility workflow's identity.
 */
import type { Statement } from '../intoto/statement.js'
import { buildStatement } from '../intoto/statement.js'
import type { Consensus } from './consensus.js'

export const CONSENSUS_PREDICATE_TYPE =
  'https://provenant.dev/rebuild-consensus/v1'

export function buildConsensusStatement(consensus: Consensus): Statement {
  const artifacts = consensus.artifacts.filter((a) => a.reference !== '')
  return buildStatement(
    artifacts.map((a) => ({ name: a.name, digest: { sha256: a.reference } })),
    CONSENSUS_PREDICATE_TYPE,
    {
      reproducible: consensus.reproducible,
      quorum: consensus.quorum,
      rebuilds: consensus.rebuilds,
      commit: consensus.commit,
      artifacts: artifacts.map((a) => ({
        name: a.name,
        digest: { sha256: a.reference },
        reproducible: a.met,
        agreeing: a.agreeing
      }))
    }
  )
}
