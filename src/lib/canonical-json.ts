/**
 * JSON with object keys sorted at every depth and no white space (the subset
 * of RFC 8785 that Sigstore and in-toto data needs): the same value always
 * gives the same bytes.
 */
export function toCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value) as string | undefined
    if (text === undefined)
      throw new TypeError(`cannot serialise ${typeof value}`)
    return text
  }
  if (Array.isArray(value)) {
    return `[${value.map((v) => toCanonicalJson(v ?? null)).join(',')}]`
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${toCanonicalJson(v)}`).join(',')}}`
}
