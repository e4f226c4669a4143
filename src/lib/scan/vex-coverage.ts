/**
 * For `provenant verify --require vex`: the HIGH and CRITICAL findings of
 * the shipped SBOMs that no VEX statement takes out of the gate. The caller
 * passes only statements from VEX documents whose signatures it verified
 * (OpenVEX attestations, predicate type https://openvex.dev/ns); an empty
 * result means every serious finding is covered.
 */
import type { AdvisoryIndex } from './advisory-index.js'
import { matchSboms } from './findings.js'
import { applyGate, toFailOn, type GatedFinding } from './gate.js'
import type { ScannedSbom } from './sbom-input.js'
import type { VexStatement } from './vex.js'

export const VEX_REQUIRED_LEVELS = ['high'] as const

/**
 * The uncovered findings for any set of signed statements, with the
 * advisories matched once: every artifact of a release is held to the same
 * SBOMs, only the statements it carries differ.
 */
export function uncoveredFindings(
  index: AdvisoryIndex,
  sboms: readonly ScannedSbom[]
): (signedStatements: readonly VexStatement[]) => GatedFinding[] {
  const { findings } = matchSboms(index, sboms)
  return (signedStatements) =>
    applyGate(findings, {
      sboms,
      statements: signedStatements,
      ignore: [],
      failOn: toFailOn(VEX_REQUIRED_LEVELS)
    }).filter((f) => f.failing)
}
