/**
 * What every fuzz target is, and its seeds: small hand-written inputs, plus
 * the real files of ../shared/corpus when that folder is there (read at fuzz
 * time, never copied into the repository).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readSourceTree } from '../../src/lib/sbom/read-source.js'

export interface FuzzTarget {
  /** Reads one input; may fail only with an input error. */
  run(data: Buffer): unknown
  seeds(): Buffer[]
  dictionary?: string[]
  /** The error kinds that are a clean refusal (`input` unless said). */
  cleanKinds?: string[]
  /** Longest input tried, in bytes (64 KiB unless said). */
  maxLength?: number
}

const SHARED_CORPUS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/corpus'
)

/** Every file of the shared corpus whose name `match` accepts (none when it is absent). */
export function sharedSeeds(match: (name: string) => boolean): Buffer[] {
  if (!existsSync(SHARED_CORPUS)) return []
  const found: Buffer[] = []
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name)
      if (statSync(file).isDirectory()) walk(file)
      else if (match(name)) found.push(readFileSync(file))
    }
  }
  walk(SHARED_CORPUS)
  return found
}

/** A lockfile reader, as `provenant sbom` calls it on a source tree. */
export function lockfileTarget(
  fileName: string,
  seeds: string[],
  dictionary: string[],
  match: (name: string) => boolean = (n) => n === fileName
): FuzzTarget {
  return {
    run(data) {
      const text = data.toString('utf8')
      readSourceTree((p) => (p === fileName ? text : undefined), [fileName])
    },
    seeds: () => [...seeds.map((s) => Buffer.from(s)), ...sharedSeeds(match)],
    dictionary,
    maxLength: 256 * 1024
  }
}
