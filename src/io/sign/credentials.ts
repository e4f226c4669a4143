/**
 * What signs: the user's key (keyed mode), or an ephemeral key certified by
 * Fulcio for a token given as input or fetched from the runner.
 */
import { InternalError } from '../../lib/errors.js'
import type { Endpoints } from '../../lib/sign/instance.js'
import type { SignInputs } from '../../lib/sign/inputs.js'
import { parsePrivateKey } from './keys.js'
import { createRunnerTokenSource, createStaticTokenSource } from './oidc.js'
import type { RetryContext } from './retry.js'
import type { Credentials } from './session.js'

export function createCredentials(
  inputs: Pick<SignInputs, 'key' | 'identityToken'>,
  endpoints: Pick<Endpoints, 'fulcioUrl'>,
  deps: {
    env: Readonly<Record<string, string | undefined>>
    retry: RetryContext
    onSecret: (secret: string) => void
    /** The key's passphrase and name in messages (cosign encrypted keys). */
    keyPassphrase?: string
    keyLabel?: string
  }
): Credentials {
  if (inputs.key !== undefined) {
    return {
      kind: 'key',
      key: parsePrivateKey(inputs.key, {
        ...(deps.keyLabel ? { label: deps.keyLabel } : {}),
        ...(deps.keyPassphrase !== undefined
          ? { passphrase: deps.keyPassphrase }
          : {})
      })
    }
  }
  const fulcioUrl = endpoints.fulcioUrl
  if (fulcioUrl === undefined) {
    throw new InternalError(
      'SIGN_NO_FULCIO_URL',
      'keyless signing without a Fulcio URL (loadEndpoints should have refused)'
    )
  }
  const tokens = inputs.identityToken
    ? createStaticTokenSource(inputs.identityToken)
    : createRunnerTokenSource({
        env: deps.env,
        retry: deps.retry,
        onToken: deps.onSecret
      })
  return { kind: 'fulcio', fulcioUrl, tokens }
}
