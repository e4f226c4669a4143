/**
 * Stores every bundle in GitHub's attestation store, `concurrency` at a
 * time. The first failure stops new requests (a 403 or 404 would repeat for
 * every bundle); then `on-store-error` decides: fail the run, or warn and
 * go on with the files alone.
 */
import { InputError, ServiceError } from '../../lib/errors.js'
import type { OnStoreError } from '../../lib/provenance/inputs.js'
import { mapWithConcurrency } from '../../lib/sign/concurrency.js'
import type { Logger } from '../../lib/ports.js'
import type {
  AttestationStore,
  StoredAttestationRef
} from '../github/attestations.js'

export interface StoreOutcome {
  /** In bundle order; only the bundles that were stored. */
  stored: StoredAttestationRef[]
  /** The failure that was turned into a warning, if any. */
  warning: string | undefined
}

export async function storeBundles(
  bundles: readonly object[],
  store: AttestationStore,
  options: { onStoreError: OnStoreError; concurrency: number; logger: Logger }
): Promise<StoreOutcome> {
  const stored: (StoredAttestationRef | undefined)[] = []
  let failure: unknown
  await mapWithConcurrency(bundles, options.concurrency, async (bundle, i) => {
    if (failure !== undefined) return
    try {
      stored[i] = await store.store(bundle)
    } catch (error) {
      failure ??= error
    }
  })
  const done = stored.filter((s): s is StoredAttestationRef => s !== undefined)
  if (failure === undefined) return { stored: done, warning: undefined }
  const message =
    failure instanceof Error ? failure.message : JSON.stringify(failure)
  if (options.onStoreError === 'fail') {
    throw failure instanceof ServiceError
      ? failure
      : new ServiceError('github', message, { cause: failure })
  }
  const warning = `${message} (on-store-error: warn: ${done.length} of ${bundles.length} bundle(s) stored; the files are written all the same)`
  options.logger.warning(warning)
  return { stored: done, warning }
}

export function missingGitHubToken(): InputError {
  return new InputError(
    'PROVENANCE_NO_GITHUB_TOKEN',
    'storing attestations needs "github-token" (the workflow\'s token by default; GITHUB_TOKEN for the CLI): give one, or set `store: false`'
  )
}
