/**
 * The advisory index of a scan: the --db databases, or the OSV export of
 * every ecosystem in the SBOMs, downloaded (conditionally) into the cache,
 * or with --offline taken from the cache as it is.
 */
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { InputError } from '../../lib/errors.js'
import {
  mergeIndexes,
  type AdvisoryIndex
} from '../../lib/scan/advisory-index.js'
import type { Logger } from '../../lib/ports.js'
import type { RetryContext } from '../net/retry.js'
import { loadDatabase } from './database.js'
import { cachedZipPath, downloadEcosystem } from './download.js'

export interface DatabaseRequest {
  workspace: string
  databases: readonly string[]
  ecosystems: readonly string[]
  offline: boolean
  osvUrl: string
  cacheDir: string
}

export interface LoadedIndex {
  index: AdvisoryIndex
  /** The databases, as given or as downloaded. */
  sources: string[]
}

/** RUNNER_TOOL_CACHE, XDG_CACHE_HOME, ~/.cache: the first that is set. */
export function defaultCacheDir(
  env: Readonly<Record<string, string | undefined>>
): string {
  if (env.RUNNER_TOOL_CACHE)
    return path.join(env.RUNNER_TOOL_CACHE, 'provenant')
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, 'provenant')
  return path.join(env.HOME || os.homedir(), '.cache', 'provenant')
}

export async function loadIndex(
  request: DatabaseRequest,
  deps: { retry: RetryContext; logger: Logger }
): Promise<LoadedIndex> {
  const indexCache = path.join(request.cacheDir, 'osv-index')
  if (request.databases.length > 0) {
    const indexes: AdvisoryIndex[] = []
    for (const db of request.databases)
      indexes.push(
        await loadDatabase(
          { display: db, absolute: path.resolve(request.workspace, db) },
          indexCache
        )
      )
    return { index: mergeIndexes(indexes), sources: [...request.databases] }
  }
  const zips: string[] = []
  const missing: string[] = []
  for (const ecosystem of request.ecosystems) {
    if (request.offline) {
      const file = cachedZipPath(request.cacheDir, ecosystem)
      if (existsSync(file)) zips.push(file)
      else missing.push(ecosystem)
      continue
    }
    const result = await downloadEcosystem(ecosystem, {
      baseUrl: request.osvUrl,
      cacheDir: request.cacheDir,
      retry: deps.retry
    })
    deps.logger.info(
      `OSV ${ecosystem}: ${result.notModified ? 'cached copy is current' : 'downloaded'} (${result.file})`
    )
    zips.push(result.file)
  }
  if (missing.length > 0)
    throw new InputError(
      'SCAN_OFFLINE_NO_DB',
      `--offline, but the cache ${request.cacheDir} holds no OSV export for ${missing.join(', ')}: give --db, or run once online to fill the cache`
    )
  const indexes: AdvisoryIndex[] = []
  for (const zip of zips)
    indexes.push(
      await loadDatabase({ display: zip, absolute: zip }, indexCache)
    )
  return {
    index: mergeIndexes(
      indexes.length > 0
        ? indexes
        : [{ advisories: [], byPackage: new Map(), withdrawn: 0 }]
    ),
    sources: zips
  }
}
