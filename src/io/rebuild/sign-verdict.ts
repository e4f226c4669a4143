/**
 * Signs the rebuild verdict through the signing core, as provenance signs
 * its statements: one DSSE envelope of the in-toto statement, keyless, with
 * the same instance inputs and retry bounds as the sign action.
 */
import { bundleToJSON } from '@sigstore/bundle'
import type { Statement } from '../../lib/intoto/statement.js'
import {
  IN_TOTO_PAYLOAD_TYPE,
  toStatementPayload
} from '../../lib/intoto/statement.js'
import type { RepositoryVisibility } from '../../lib/sign/instance.js'
import type { Logger } from '../../lib/ports.js'
import type { SigningInputs } from '../../lib/sign/signing-inputs.js'
import { createProvenanceSigner } from '../provenance/signing.js'
import { createRetryContext } from '../net/retry.js'

export async function createVerdictSigner(
  inputs: SigningInputs,
  deps: {
    env: Readonly<Record<string, string | undefined>>
    visibility: RepositoryVisibility | undefined
    resolve: (p: string) => string
    logger: Logger
    onSecret: (secret: string) => void
  }
): Promise<(statement: Statement) => Promise<unknown>> {
  const retry = createRetryContext(inputs, deps.logger)
  const signer = await createProvenanceSigner(inputs, {
    resolve: deps.resolve,
    env: deps.env,
    visibility: deps.visibility,
    retry,
    onSecret: deps.onSecret
  })
  return async (statement: Statement) => {
    await signer.session.start()
    const bundle = await signer.session.signDsse(
      toStatementPayload(statement),
      IN_TOTO_PAYLOAD_TYPE
    )
    signer.checker?.check(
      bundle,
      signer.session.publicKey,
      'the rebuild verdict'
    )
    return bundleToJSON(bundle)
  }
}
