/**
 * The corpus lockfiles against the GitHub-reviewed npm advisories in
 * ../shared/osv/npm: every hit MANIFEST.md lists is found at the listed
 * version in the listed lockfile, and the 23 advisories that must not hit
 * do not (Axios in capitals, last_affected, the 2.0.0-5 prerelease bound
 * and the open-ended babel-traverse range among them).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { runScan } from '../../../src/io/scan/run.js'
import type { ScanReport } from '../../../src/lib/scan/report/model.js'
import { SHARED_DIR } from '../../helpers/repo.js'
import { scanDeps, scanRequest } from '../../helpers/scan.js'

const manifest = readFileSync(
  path.join(SHARED_DIR, 'osv', 'MANIFEST.md'),
  'utf8'
)
const rows = manifest
  .split('\n')
  .filter((l) => /^\| GHSA-/.test(l))
  .map((l) => l.split('|').map((c) => c.trim()))

interface Hit {
  id: string
  name: string
  version: string
  lockfile: string
}

const hits: Hit[] = rows.flatMap((cells) => {
  const id = cells[1]!
  return cells[4]!.split('<br>').flatMap((part) => {
    const match = /^(.+)@([^@\s]+) → (.+)$/.exec(part.trim())
    if (!match) return []
    return [...match[3]!.matchAll(/`([^`]+)`/g)].map((m) => ({
      id,
      name: match[1]!,
      version: match[2]!,
      lockfile: m[1]!
    }))
  })
})
const misses = rows
  .filter((cells) => cells[4]!.startsWith('none'))
  .map((cells) => cells[1]!)
const LOCKFILE_DIRS = [
  'corpus/npm/actions-typescript-action',
  'corpus/npm/actions-cache',
  'corpus/npm/actions-attest',
  'corpus/pnpm/antfu-ni'
]

const cache = mkdtempSync(path.join(os.tmpdir(), 'scan-cache-'))
afterAll(() => rmSync(cache, { recursive: true, force: true }))

const reports = new Map<string, Promise<ScanReport>>()
function scan(dir: string): Promise<ScanReport> {
  if (!reports.has(dir))
    reports.set(
      dir,
      runScan(
        scanRequest(SHARED_DIR, {
          paths: [dir],
          databases: ['osv/npm'],
          cacheDir: cache,
          failOn: ['low']
        }),
        scanDeps()
      ).then((r) => r.report)
    )
  return reports.get(dir)!
}

describe('scan of the corpus lockfiles against shared/osv/npm', () => {
  it('reads the manifest: 18 advisories hit, 23 do not', () => {
    expect(new Set(hits.map((h) => h.id)).size).toBe(18)
    expect(misses).toHaveLength(23)
  })

  it.each(
    hits.map((h) => [h.id, `${h.name}@${h.version}`, h.lockfile, h] as const)
  )('%s hits %s in %s', async (_id, _pkg, _lockfile, hit) => {
    const report = await scan(path.dirname(hit.lockfile))
    const found = report.findings.filter(
      (f) => f.id === hit.id || f.aliases.includes(hit.id)
    )
    expect(found.map((f) => `${f.name}@${f.version}`)).toContain(
      `${hit.name}@${hit.version}`
    )
  })

  it('finds none of the 23 negative advisories in any corpus lockfile', async () => {
    for (const dir of LOCKFILE_DIRS) {
      const report = await scan(dir)
      const ids = report.findings.flatMap((f) => [f.id, ...f.aliases])
      expect({ dir, wrong: misses.filter((m) => ids.includes(m)) }).toEqual({
        dir,
        wrong: []
      })
    }
  })

  it('reports nothing outside the manifest (no finding on a fixed or out-of-range version)', async () => {
    const listed = new Set(hits.map((h) => `${h.id} ${h.name}@${h.version}`))
    for (const dir of LOCKFILE_DIRS) {
      const report = await scan(dir)
      const extra = report.findings.filter(
        (f) => !listed.has(`${f.id} ${f.name}@${f.version}`)
      )
      expect({
        dir,
        extra: extra.map((f) => `${f.id} ${f.name}@${f.version}`)
      }).toEqual({ dir, extra: [] })
    }
  })
})
