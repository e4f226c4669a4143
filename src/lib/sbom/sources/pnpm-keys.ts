/**
 * pnpm dependency paths, per lockfile generation:
 * - 5.x: `/name/1.0.0_peer@2.0.0`
 * - 6.x: `/name@1.0.0(peer@2.0.0)`
 * - 9.x: `name@1.0.0(peer@2.0.0)` in `snapshots`, `name@1.0.0` in `packages`
 * A dependency's reference turns into such a key the way pnpm's own
 * dependency-path `refToRelative` does; a `(...)` suffix (peers, patch hash)
 * is not part of the package's identity.
 */

export type PnpmGeneration = 5 | 6 | 9

/** The key without trailing balanced `(...)` groups (they nest: `(a@1(b@2))`). */
export function removeSuffix(key: string): string {
  let end = key.length
  while (end > 0 && key[end - 1] === ')') {
    let depth = 0
    let i = end - 1
    for (; i >= 0; i--) {
      if (key[i] === ')') depth++
      else if (key[i] === '(' && --depth === 0) break
    }
    if (i <= 0) break
    end = i
  }
  return key.slice(0, end)
}

/** The snapshot/package key a dependency reference points at; undefined for `link:` (a workspace). */
export function refToKey(
  reference: string,
  name: string,
  generation: PnpmGeneration
): string | undefined {
  if (reference.startsWith('link:')) return undefined
  if (generation === 9) {
    if (reference.startsWith('@')) return reference
    const at = reference.indexOf('@')
    if (at === -1) return `${name}@${reference}`
    const colon = reference.indexOf(':')
    const bracket = reference.indexOf('(')
    if ((colon === -1 || at < colon) && (bracket === -1 || at < bracket))
      return reference
    return `${name}@${reference}`
  }
  if (reference.startsWith('file:')) return reference
  const bare = removeSuffix(reference)
  if (!bare.includes('/'))
    return generation === 6 ? `/${name}@${reference}` : `/${name}/${reference}`
  return reference
}

/** name and version a key spells, when it spells them (`github.com/x/y/sha` does not). */
export function parseKey(
  key: string,
  generation: PnpmGeneration
): { name: string; version: string } | undefined {
  const base = removeSuffix(key)
  if (generation === 5) {
    if (!base.startsWith('/')) return undefined
    const parts = base.slice(1).split('/')
    const scoped = parts[0]?.startsWith('@') === true
    const name = scoped ? `${parts[0]}/${parts[1]}` : (parts[0] as string)
    const version = parts.slice(scoped ? 2 : 1).join('/')
    return { name, version: version.split('_')[0] as string }
  }
  const bare = generation === 6 ? base.replace(/^\//, '') : base
  if (generation === 6 && !base.startsWith('/')) return undefined
  const at = bare.indexOf('@', 1)
  return at === -1
    ? undefined
    : { name: bare.slice(0, at), version: bare.slice(at + 1) }
}
