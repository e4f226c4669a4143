/**
 * Checks across several sign inputs (instance, URLs, key, token). Each
 * problem names the inputs as the user writes them and says the fix.
 */
import { InputError } from '../errors.js'
import type { SigstoreChoice } from './instance.js'

interface CheckedInputs {
  sigstore: SigstoreChoice | undefined
  fulcioUrl: string | undefined
  rekorUrl: string | undefined
  tsaUrl: string | undefined
  signingConfig: string | undefined
  identityToken: string | undefined
  key: string | undefined
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * A service URL without a trailing slash. Plain http is accepted only on
 * loopback: identity tokens must not cross a network in the clear.
 */
export function parseServiceUrl(
  name: string,
  raw: string | undefined
): string | undefined {
  if (raw === undefined) return undefined
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new InputError(
      'SIGN_URL_INVALID',
      `input "${name}" is not a URL: "${raw}" (expected e.g. https://fulcio.example.com)`
    )
  }
  const plainLoopback =
    url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)
  if (url.protocol !== 'https:' && !plainLoopback) {
    throw new InputError(
      'SIGN_URL_NOT_HTTPS',
      `input "${name}" must be an https:// URL (plain http only on 127.0.0.1 or localhost), not "${raw}"`
    )
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new InputError(
      'SIGN_URL_INVALID',
      `input "${name}" must be a base URL without query, fragment or credentials`
    )
  }
  return url.href.replace(/\/+$/, '')
}

const CUSTOM_ONLY = [
  ['fulcio-url', 'fulcioUrl'],
  ['rekor-url', 'rekorUrl'],
  ['tsa-url', 'tsaUrl'],
  ['signing-config', 'signingConfig']
] as const

export function checkInstanceInputs(inputs: CheckedInputs): InputError[] {
  const problems: InputError[] = []
  const given = CUSTOM_ONLY.filter(([, field]) => inputs[field] !== undefined)
  const names = given.map(([name]) => `"${name}"`).join(', ')
  const custom =
    inputs.sigstore === 'custom' ||
    (inputs.sigstore === undefined && given.length > 0)

  if (inputs.sigstore && inputs.sigstore !== 'custom' && given.length > 0) {
    problems.push(
      new InputError(
        'SIGN_URLS_NEED_CUSTOM',
        `input ${names} applies only to a custom instance, but "sigstore" is "${inputs.sigstore}": set \`sigstore: custom\` or remove ${names}`
      )
    )
  }
  if (custom && inputs.signingConfig === undefined) {
    if (inputs.fulcioUrl === undefined && inputs.key === undefined) {
      problems.push(
        new InputError(
          'SIGN_CUSTOM_NEEDS_FULCIO',
          'a custom instance needs "fulcio-url" (or a "signing-config") to get a certificate, or "key" to sign with your own key'
        )
      )
    }
    if (inputs.rekorUrl === undefined && inputs.tsaUrl === undefined) {
      problems.push(
        new InputError(
          'SIGN_CUSTOM_NEEDS_WITNESS',
          'a custom instance needs "rekor-url" or "tsa-url" (or a "signing-config"): without a transparency log or a timestamp, signatures outlive their 10-minute certificates unverifiable'
        )
      )
    }
  }
  if (inputs.key !== undefined && inputs.identityToken !== undefined) {
    problems.push(
      new InputError(
        'SIGN_KEY_AND_TOKEN',
        'inputs "key" and "identity-token" exclude each other: "key" signs without Fulcio, so remove one'
      )
    )
  }
  if (inputs.key !== undefined) {
    const keyProblem = checkKeyShape(inputs.key)
    if (keyProblem) problems.push(keyProblem)
  }
  return problems
}

/** The text of a key, checked for shape only (the value is never echoed). */
function checkKeyShape(pem: string): InputError | undefined {
  // cosign's encrypted format is read with its passphrase (COSIGN_PASSWORD).
  if (/-----BEGIN ENCRYPTED (SIGSTORE|COSIGN) PRIVATE KEY-----/.test(pem)) {
    return undefined
  }
  if (/ENCRYPTED PRIVATE KEY|Proc-Type: 4,ENCRYPTED/.test(pem)) {
    return new InputError(
      'SIGN_KEY_ENCRYPTED',
      'input "key" is an encrypted PEM key: store it unencrypted in the secret (`openssl pkcs8 -topk8 -nocrypt -in key.pem`)'
    )
  }
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
    return new InputError(
      'SIGN_KEY_NOT_PEM',
      'input "key" is not a PEM private key ("-----BEGIN PRIVATE KEY-----" ...): pass the key text itself, e.g. `key: ${{ secrets.SIGNING_KEY }}`'
    )
  }
  return undefined
}
