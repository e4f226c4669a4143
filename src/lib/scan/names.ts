/**
 * Package identity: purl types to OSV ecosystems, and names compared the way
 * each registry compares them (npm and NuGet case-insensitively, PyPI by
 * PEP 503, crates.io with "-" and "_" alike, Packagist in lower case).
 */

/** purl type -> OSV ecosystem name. */
export const PURL_ECOSYSTEMS: Readonly<Record<string, string>> = {
  npm: 'npm',
  pypi: 'PyPI',
  golang: 'Go',
  cargo: 'crates.io',
  maven: 'Maven',
  gem: 'RubyGems',
  nuget: 'NuGet',
  composer: 'Packagist'
}

export const OSV_ECOSYSTEMS = Object.values(PURL_ECOSYSTEMS)

/** "PyPI", "Debian:11" -> "Debian". */
export function baseEcosystem(ecosystem: string): string {
  const colon = ecosystem.indexOf(':')
  return colon < 0 ? ecosystem : ecosystem.slice(0, colon)
}

export function normalizeName(ecosystem: string, name: string): string {
  switch (ecosystem) {
    case 'npm':
    case 'NuGet':
    case 'Packagist':
      return name.toLowerCase()
    case 'PyPI':
      return name.toLowerCase().replace(/[-_.]+/g, '-')
    case 'crates.io':
      return name.toLowerCase().replaceAll('_', '-')
    default:
      return name
  }
}

/** The index key of a package. */
export function packageKey(ecosystem: string, name: string): string {
  const base = baseEcosystem(ecosystem)
  return `${base}\u0000${normalizeName(base, name)}`
}

/** A purl's name as OSV writes it (npm "@scope/name", Maven "group:artifact", Go the module path). */
export function osvNameOf(
  type: string,
  namespace: string | undefined,
  name: string
): string {
  if (!namespace) return name
  return type === 'maven' ? `${namespace}:${name}` : `${namespace}/${name}`
}
