/**
 * Secrets never leave in an error message: the values a request carries
 * (an Authorization header, a token in the query, a password in the URL)
 * are masked as `***` in every message of an error and of its causes, and
 * an address is written with its secret parts masked.
 */

/** Shorter values are not masked: they would garble ordinary words. */
const MIN_SECRET_LENGTH = 8
const MASK = '***'

/** Query parameters that carry credentials (OAuth, signed URLs of S3, GCS, Azure). */
const SECRET_QUERY_PARAMETER =
  /^(?:access_token|id_token|refresh_token|token|code|key|api_?key|password|secret|client_secret|sig|signature|jwt|x-amz-(?:signature|credential|security-token)|x-goog-(?:signature|credential))$/i

/** Header names whose value is a credential. */
const SECRET_HEADER =
  /^(?:authorization|proxy-authorization|cookie)$|token|secret|api-?key/i

/** `text` with every secret (of 8 characters or more) replaced by `***`. */
export function maskSecrets(text: string, secrets: Iterable<string>): string {
  let masked = text
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH) {
      masked = masked.replaceAll(secret, MASK)
    }
  }
  return masked
}

/** The credential values in a request's headers: whole values and their token part. */
export function secretsInHeaders(
  headers: Readonly<Record<string, string | undefined>>
): string[] {
  const found: string[] = []
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || !SECRET_HEADER.test(name)) continue
    found.push(value)
    const credential = /^\S+\s+(\S+)$/.exec(value.trim())?.[1]
    if (credential) found.push(credential)
  }
  return found
}

/** The secret values in an address: its password and its credential query parameters. */
export function secretsInUrl(target: string | URL): string[] {
  const url = toUrl(target)
  if (!url) return []
  const found: string[] = []
  if (url.password) found.push(decodeURIComponent(url.password), url.password)
  for (const [name, value] of url.searchParams) {
    if (SECRET_QUERY_PARAMETER.test(name) && value) {
      found.push(value, encodeURIComponent(value))
    }
  }
  return found
}

/**
 * An address fit for a message: user, password and credential parameters
 * masked; an address without any is returned as written.
 */
export function redactUrl(target: string | URL): string {
  const url = toUrl(target)
  const secret = [...(url?.searchParams.keys() ?? [])].some((name) =>
    SECRET_QUERY_PARAMETER.test(name)
  )
  if (!url || (!secret && !url.username && !url.password)) {
    return String(target)
  }
  if (url.username) url.username = MASK
  if (url.password) url.password = MASK
  for (const name of [...url.searchParams.keys()]) {
    if (SECRET_QUERY_PARAMETER.test(name)) url.searchParams.set(name, MASK)
  }
  return url.toString().replaceAll(encodeURIComponent(MASK), MASK)
}

/** `text` with every http(s) address in it redacted as redactUrl does. */
export function redactUrls(text: string): string {
  return text.replace(/https?:\/\/[^\s"'<>]+/gi, (url) => redactUrl(url))
}

/**
 * Last line of defence: masks `secrets` in the message (and stack) of
 * `error` and of each of its causes, whatever a library below put there.
 * Returns the same error.
 */
export function scrubSecrets(
  error: unknown,
  secrets: Iterable<string>
): unknown {
  const values = [...secrets].filter((s) => s.length >= MIN_SECRET_LENGTH)
  if (values.length === 0) return error
  const seen = new Set<unknown>()
  for (let link = error; link instanceof Error && !seen.has(link);) {
    seen.add(link)
    const message = maskSecrets(link.message, values)
    if (message !== link.message) {
      link.message = message
      if (link.stack) link.stack = maskSecrets(link.stack, values)
    }
    link = link.cause
  }
  return error
}

function toUrl(target: string | URL): URL | undefined {
  try {
    return new URL(target)
  } catch {
    return undefined
  }
}
