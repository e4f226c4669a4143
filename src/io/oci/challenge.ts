/**
 * `WWW-Authenticate` challenges of registries (RFC 7235 auth-params):
 * `Bearer realm="https://auth/token",service="registry",scope="repository:r:pull"`
 * or `Basic realm="..."`.
 */
export interface Challenge {
  scheme: 'bearer' | 'basic'
  params: Record<string, string>
}

export function parseChallenge(
  header: string | undefined
): Challenge | undefined {
  if (!header) return undefined
  const match = /^\s*(\w+)\s*(.*)$/s.exec(header)
  if (!match) return undefined
  const scheme = match[1]!.toLowerCase()
  if (scheme !== 'bearer' && scheme !== 'basic') return undefined
  const params: Record<string, string> = {}
  const param = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?/g
  for (const m of match[2]!.matchAll(param))
    params[m[1]!.toLowerCase()] = (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1')
  return { scheme, params }
}
