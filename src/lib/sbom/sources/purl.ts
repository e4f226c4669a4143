/**
 * Package URLs built per the purl spec, encoded exactly as packageurl-js
 * encodes them (the tests compare the two), without its per-call validation
 * cost: a large lockfile builds thousands.
 */

export type Qualifiers = Record<string, string | undefined>

export interface PurlParts {
  type: string
  namespace?: string | undefined
  name: string
  version?: string | undefined
  qualifiers?: Qualifiers | undefined
  subpath?: string | undefined
}

/** The default registries: no qualifier is written for them. */
export const NPM_DEFAULT_REGISTRY =
  /^https?:\/\/registry\.(npmjs\.org|yarnpkg\.com)\//

export function buildPurl(parts: PurlParts): string {
  let out = `pkg:${parts.type}/`
  if (parts.namespace) {
    out += `${encodeURIComponent(parts.namespace).replace(/%3A/g, ':').replace(/%2F/g, '/')}/`
  }
  out += encodeURIComponent(parts.name)
  if (parts.version) {
    out += `@${encodeURIComponent(parts.version).replace(/%3A/g, ':').replace(/%2B/g, '+')}`
  }
  const keys = Object.keys(parts.qualifiers ?? {})
    .filter((key) => parts.qualifiers?.[key])
    .sort()
  if (keys.length > 0) {
    const params = new URLSearchParams()
    for (const key of keys) params.set(key, parts.qualifiers?.[key] ?? '')
    out += `?${params.toString().replace(/\+/g, '%20')}`
  }
  if (parts.subpath)
    out += `#${encodeURIComponent(parts.subpath).replace(/%2F/g, '/')}`
  return out
}

/** pkg:npm/%40scope/name@version; names lower-cased as packageurl-js does. */
export function npmPurl(
  name: string,
  version: string,
  qualifiers?: Qualifiers
): string {
  const lower = name.toLowerCase()
  const slash = lower.startsWith('@') ? lower.indexOf('/') : -1
  return buildPurl({
    type: 'npm',
    namespace: slash > 0 ? lower.slice(0, slash) : undefined,
    name: slash > 0 ? lower.slice(slash + 1) : lower,
    version,
    qualifiers
  })
}

/** PEP 503: lower case, runs of `-`, `_`, `.` become one `-`. */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

export function pypiPurl(
  name: string,
  version: string,
  qualifiers?: Qualifiers
): string {
  return buildPurl({
    type: 'pypi',
    name: normalizePypiName(name),
    version,
    qualifiers
  })
}

/** pkg:golang/github.com/x/y@v1.2.3: the module path is namespace + name, case kept. */
export function golangPurl(modulePath: string, version: string): string {
  const slash = modulePath.lastIndexOf('/')
  return buildPurl({
    type: 'golang',
    namespace: slash > 0 ? modulePath.slice(0, slash) : undefined,
    name: slash > 0 ? modulePath.slice(slash + 1) : modulePath,
    version
  })
}

export function cargoPurl(
  name: string,
  version: string,
  qualifiers?: Qualifiers
): string {
  return buildPurl({ type: 'cargo', name, version, qualifiers })
}

export function genericPurl(name: string, version: string): string {
  return buildPurl({ type: 'generic', name, version })
}
