/** What the SBOM benchmarks share: GNU time around one node run, and the purls of a CycloneDX document. */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
export const GNU_TIME = '/usr/bin/time'

/**
 * Runs `node <args>` under GNU time in `cwd`: wall seconds, peak RSS in
 * MiB, and CPU seconds (user + system, child processes included). With `tolerateExit`, a non-zero exit still counts (a peer that
 * reports problems of its input after writing its SBOM).
 */
export async function measure(args, cwd, env, { tolerateExit = false } = {}) {
  const report = path.join(cwd, '..', `time-${path.basename(cwd)}.txt`)
  await rm(report, { force: true })
  try {
    await run(
      GNU_TIME,
      ['-f', '%e %M %U %S', '-o', report, process.execPath, ...args],
      {
        cwd,
        env,
        maxBuffer: 256 * 1024 * 1024
      }
    )
  } catch (error) {
    if (!tolerateExit || !existsSync(report))
      throw new Error(
        `${args.join(' ')} failed: ${error.stderr || error.message}`
      )
  }
  const [seconds, kib, user, system] = (await readFile(report, 'utf8'))
    .trim()
    .split(/\s+/)
    .slice(-4)
    .map(Number)
  return { seconds, mib: kib / 1024, cpu: user + system }
}

/** Distinct purls of a CycloneDX document (nested components included), without qualifiers. */
export function purls(bom) {
  const out = new Set()
  const walk = (components = []) => {
    for (const c of components) {
      if (c.purl) out.add(c.purl.replace(/[?#].*$/, ''))
      walk(c.components)
    }
  }
  walk(bom.components)
  return out
}
