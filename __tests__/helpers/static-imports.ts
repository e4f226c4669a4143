/**
 * Every source file a module of src reaches through value (non-type) static
 * imports: what loads with it. Dynamic imports (`await import(...)`) are
 * not followed, being loaded only when the code reaches them.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

export const SRC = path.resolve('src')

export function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string): void => {
    // Only our TypeScript: generated .cjs validators and packages stop here.
    if (seen.has(file) || !file.startsWith(SRC) || !existsSync(file)) return
    seen.add(file)
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(
      /^import\s+(?!type\b)[^'"]*?from\s+'(\.[^']+)'/gm
    )) {
      visit(path.resolve(path.dirname(file), m[1]!.replace(/\.js$/, '.ts')))
    }
  }
  visit(entry)
  return seen
}
