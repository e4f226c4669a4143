/**
 * Rekor and TSA witnesses, each wrapped in our retry: Rekor v1 and the TSA
 * through our light clients (rekor-v1.ts, tsa.ts), Rekor v2 through
 * @sigstore/sign's RekorWitness told not to retry itself. A Rekor 409 ("an
 * equivalent entry already exists", e.g. a re-run, or a retry after an
 * answer was lost) is answered by fetching the existing entry, so it ends in
 * success.
 */
import type {
  SignatureBundle,
  VerificationMaterial,
  Witness
} from '@sigstore/sign'
import { RekorWitness } from '@sigstore/sign'
import type { TlogService } from '../../lib/sign/instance.js'
import { RekorV1Witness } from './rekor-v1.js'
import type { RetryContext, ServiceName } from '../net/retry.js'
import { withRetry } from '../net/retry.js'
import { TsaWitness } from './tsa.js'

class RetryingWitness implements Witness {
  constructor(
    private readonly service: ServiceName,
    private readonly url: string,
    private readonly retry: RetryContext,
    private readonly create: (timeoutMs: number) => Witness
  ) {}

  testify(
    content: SignatureBundle,
    publicKey: string
  ): Promise<VerificationMaterial> {
    return withRetry(this.service, this.url, this.retry, ({ timeoutMs }) =>
      this.create(timeoutMs).testify(content, publicKey)
    )
  }
}

/** The witnesses to call; each one left undefined is not used. */
export interface WitnessEndpoints {
  rekor?: TlogService | undefined
  tsaUrl?: string | undefined
}

export function createWitnesses(
  endpoints: WitnessEndpoints,
  retry: RetryContext
): Witness[] {
  const witnesses: Witness[] = []
  const rekor = endpoints.rekor
  if (rekor) {
    witnesses.push(
      new RetryingWitness('rekor', rekor.url, retry, (timeout) =>
        rekor.majorApiVersion === 1
          ? new RekorV1Witness(rekor.url, timeout)
          : new RekorWitness({
              rekorBaseURL: rekor.url,
              majorApiVersion: rekor.majorApiVersion,
              retry: 0,
              timeout
            })
      )
    )
  }
  const tsaUrl = endpoints.tsaUrl
  if (tsaUrl) {
    witnesses.push(
      new RetryingWitness(
        'tsa',
        tsaUrl,
        retry,
        (timeout) => new TsaWitness(tsaUrl, timeout)
      )
    )
  }
  return witnesses
}
