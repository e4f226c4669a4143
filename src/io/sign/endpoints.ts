/**
 * The services a run signs with, from the inputs: a named instance, custom
 * URLs, or a signing_config.json read from disk.
 */
import { readFile } from 'node:fs/promises'
import { InputError } from '../../lib/errors.js'
import type {
  ConfiguredServices,
  Endpoints,
  InstanceInputs,
  RepositoryVisibility
} from '../../lib/sign/instance.js'
import { resolveEndpoints } from '../../lib/sign/instance.js'
import { parseSigningConfig } from '../../lib/sign/signing-config.js'

export async function loadEndpoints(
  inputs: InstanceInputs & {
    signingConfig: string | undefined
    key: string | undefined
  },
  visibility: RepositoryVisibility | undefined,
  now: Date
): Promise<Endpoints> {
  let configured: ConfiguredServices | undefined
  if (inputs.signingConfig !== undefined) {
    let json: unknown
    try {
      json = JSON.parse(await readFile(inputs.signingConfig, 'utf8'))
    } catch (error) {
      throw new InputError(
        'SIGN_SIGNING_CONFIG_UNREADABLE',
        `input "signing-config": ${inputs.signingConfig} is not a readable JSON file`,
        { cause: error }
      )
    }
    configured = parseSigningConfig(json, now)
  }
  const endpoints = resolveEndpoints(inputs, visibility, configured)
  if (endpoints.fulcioUrl === undefined && inputs.key === undefined) {
    throw new InputError(
      'SIGN_CUSTOM_NEEDS_FULCIO',
      'no Fulcio URL: give "fulcio-url" or a "signing-config" with caUrls, or "key" to sign with your own key'
    )
  }
  if (endpoints.rekor === undefined && endpoints.tsaUrl === undefined) {
    throw new InputError(
      'SIGN_CUSTOM_NEEDS_WITNESS',
      'no Rekor and no TSA: give "rekor-url" or "tsa-url", or a "signing-config" that names one'
    )
  }
  return endpoints
}
