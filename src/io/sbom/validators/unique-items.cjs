'use strict'
/**
 * JSON Schema `uniqueItems` in linear time, for the precompiled SBOM
 * validators (scripts/build-sbom-validators.mjs). ajv compares every pair of
 * object items (quadratic: over a second for 2,000 components). Here items
 * are grouped by a shallow fingerprint that equal values always share, and
 * only items with the same fingerprint are compared, by canonical JSON (keys
 * sorted): the JSON Schema equality of JSON values. Hand-written.
 */

function canonical(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  const keys = Object.keys(value)
    .filter((k) => value[k] !== undefined)
    .sort()
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`
}

/** One level deep: primitives exactly, nested values by size only. */
function fingerprint(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.length}]`
  let out = '{'
  for (const key of Object.keys(value).sort()) {
    const v = value[key]
    if (v === undefined) continue
    const shape =
      v === null || typeof v !== 'object'
        ? JSON.stringify(v)
        : Array.isArray(v)
          ? `[${v.length}]`
          : `{${Object.keys(v).length}}`
    out += `${JSON.stringify(key)}:${shape},`
  }
  return out
}

/**
 * Whether some key holds a primitive in every item, never the same one
 * twice (a `bom-ref`, an `SPDXID`): then no two items can be equal.
 */
function hasDistinctKey(items) {
  const first = items[0]
  if (first === null || typeof first !== 'object' || Array.isArray(first))
    return false
  for (const key of Object.keys(first)) {
    const seen = new Set()
    for (const item of items) {
      const v =
        item !== null && typeof item === 'object' ? item[key] : undefined
      if (v === undefined || (v !== null && typeof v === 'object')) break
      const id = typeof v === 'string' ? `"${v}` : JSON.stringify(v)
      if (seen.has(id)) break
      seen.add(id)
    }
    if (seen.size === items.length) return true
  }
  return false
}

/** True when two items of the array are equal JSON values. */
function hasDuplicateItems(items) {
  if (items.length < 2) return false
  if (hasDistinctKey(items)) return false
  const groups = new Map()
  for (const item of items) {
    const key = typeof item === 'string' ? `"${item}` : fingerprint(item)
    const group = groups.get(key)
    if (group === undefined) {
      groups.set(key, [item])
      continue
    }
    if (typeof item === 'string' || item === null || typeof item !== 'object')
      return true
    const text = canonical(item)
    if (group.some((other) => canonical(other) === text)) return true
    group.push(item)
  }
  return false
}

module.exports = hasDuplicateItems
