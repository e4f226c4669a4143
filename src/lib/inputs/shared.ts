/**
 * Inputs several actions share, spelled and described once: every table
 * spreads these entries, and the contract test holds action.yml to them.
 */
import type { InputSpec } from './spec.js'

export const OUTPUT_DIR_INPUT: InputSpec = {
  kind: 'string',
  description:
    'Directory to write into, resolved inside the workspace and created when missing. When empty: next to each input (inside it, for a folder) for sbom and sign, the workspace root for provenance.'
}

export const TRUSTED_ROOT_INPUT: InputSpec = {
  kind: 'string',
  description:
    'Path to the Sigstore trusted_root.json of a private instance (or of the embedded local stack): the trust material bundles are checked against.'
}

export const GITHUB_TOKEN_INPUT: InputSpec = {
  kind: 'string',
  description:
    "GitHub token for the REST API (release downloads, attestations); defaults to the workflow's token.",
  default: '${{ github.token }}'
}

export const PREDICATE_TYPE_INPUT: InputSpec = {
  kind: 'string',
  description:
    'An in-toto predicate type URI: provenance attests predicate-path under it; verify requires, for every artifact, an attestation of that type (default there: any SLSA provenance, v1 or v0.2).'
}
