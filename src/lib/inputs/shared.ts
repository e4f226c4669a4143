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

export const IMAGES_INPUT: InputSpec = {
  kind: 'list',
  description:
    'Container images: oci://<registry>/<repository>@sha256:<digest> (a :tag is resolved to its digest once and printed), newline or space separated.'
}

export const OCI_FORMAT_INPUT: InputSpec = {
  kind: 'string',
  default: 'both',
  description:
    "Where image signatures and attestations are stored: bundle (the Sigstore bundle as an OCI 1.1 referrer, with the referrers tag fallback), legacy (cosign's sha256-<digest>.sig/.att tags) or both."
}

export const INSECURE_REGISTRY_INPUT: InputSpec = {
  kind: 'list',
  description:
    'Registries (host:port) reached over plain HTTP; loopback registries always are, no other is unless named here.'
}

/** `--json`, on every command that prints a result. */
export const JSON_INPUT = {
  kind: 'boolean',
  description:
    'Print a machine-readable JSON result on stdout instead of text (progress and errors stay on stderr).'
} as const satisfies InputSpec

/** `--local`, on every command that can run against the embedded local stack. */
export const LOCAL_INPUT = {
  kind: 'boolean',
  description:
    'Use the embedded local stack (Sigstore, an OIDC issuer and the GitHub API on 127.0.0.1, started on demand): no account, token or network.'
} as const satisfies InputSpec
