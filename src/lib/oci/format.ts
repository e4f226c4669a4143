/**
 * `oci-format`: where image signatures and attestations are stored.
 * `legacy` is cosign's tag layout (`sha256-<hex>.sig`/`.att`), `bundle` the
 * Sigstore bundle as an OCI 1.1 referrer, `both` (the default) writes both
 * so that old and new verifiers find them.
 */
import { InputError } from '../errors.js'

export const OCI_FORMATS = ['bundle', 'legacy', 'both'] as const
export type OciFormat = (typeof OCI_FORMATS)[number]

export function parseOciFormat(
  raw: string | undefined,
  input = 'oci-format'
): OciFormat {
  const value = raw?.trim() || 'both'
  if ((OCI_FORMATS as readonly string[]).includes(value))
    return value as OciFormat
  throw new InputError(
    'OCI_FORMAT_UNKNOWN',
    `input "${input}" is "${value}": give bundle (OCI 1.1 referrer), legacy (cosign's .sig/.att tags) or both`
  )
}
