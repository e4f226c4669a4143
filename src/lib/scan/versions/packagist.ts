/**
 * Packagist order as Composer compares versions (PHP version_compare after
 * normalising): "v" prefix dropped, "-", "_" and "+" read as ".", a "."
 * between digits and letters; special words rank dev < alpha = a <
 * beta = b < RC = rc < (number) < pl = p; a missing part counts as 0
 * against a number and above a special word ("1.0" > "1.0-beta").
 */

const SPECIAL: Record<string, number> = {
  dev: 0,
  alpha: 1,
  a: 1,
  beta: 2,
  b: 2,
  rc: 3,
  '#': 4,
  pl: 5,
  p: 5
}

function canonical(version: string): string[] {
  const parts = version
    .trim()
    .toLowerCase()
    .replace(/^v(?=\d)/, '')
    .replace(/[-_+]/g, '.')
    .replace(/(\d)([a-z])/g, '$1.$2')
    .replace(/([a-z])(\d)/g, '$1.$2')
    .split('.')
    .filter((p) => p !== '')
  // Composer normalises the numeric head to four parts: 1.0 == 1.0.0.0
  let head = 0
  while (head < parts.length && /^\d+$/.test(parts[head]!)) head++
  for (let i = head; i < 4; i++) parts.splice(i, 0, '0')
  return parts
}

function rank(part: string): number {
  return SPECIAL[part] ?? -1
}

function comparePart(l: string, r: string): number {
  const ln = /^\d+$/.test(l)
  const rn = /^\d+$/.test(r)
  if (ln && rn) return Math.sign(Number(l) - Number(r))
  if (!ln && !rn) return Math.sign(rank(l) - rank(r))
  // A number against a word: numbers rank as "#".
  return ln
    ? Math.sign(SPECIAL['#']! - rank(r))
    : Math.sign(rank(l) - SPECIAL['#']!)
}

export function comparePackagist(a: string, b: string): number {
  const x = canonical(a)
  const y = canonical(b)
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const l = x[i]
    const r = y[i]
    if (l === undefined)
      return /^\d+$/.test(r!) ? -1 : rank(r!) >= SPECIAL['#']! ? -1 : 1
    if (r === undefined)
      return /^\d+$/.test(l) ? 1 : rank(l) >= SPECIAL['#']! ? 1 : -1
    const result = comparePart(l, r)
    if (result !== 0) return result
  }
  return 0
}
