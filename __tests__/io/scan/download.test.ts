/**
 * Online databases over real HTTP on 127.0.0.1: the export is downloaded
 * into the cache, asked for again conditionally (304 keeps it), retried on
 * a 503, and never asked for with --offline.
 */
import { rm } from 'node:fs/promises'
import { afterEach, describe, expect, it } from '@jest/globals'
import { runScan } from '../../../src/io/scan/run.js'
import { scanDeps, scanRequest } from '../../helpers/scan.js'
import {
  startOsvServer,
  writeScanWorkspace,
  type OsvServer
} from '../../helpers/scan-workspace.js'

let server: OsvServer | undefined
let workspace: string | undefined
afterEach(async () => {
  await server?.close()
  if (workspace) await rm(workspace, { recursive: true, force: true })
  server = workspace = undefined
})

describe('OSV download', () => {
  it('downloads once, then asks with If-None-Match and keeps the copy on 304, and offline never asks', async () => {
    server = await startOsvServer()
    workspace = await writeScanWorkspace()
    const request = scanRequest(workspace, {
      offline: false,
      osvUrl: server.url,
      cacheDir: 'cache'
    })
    const first = await runScan(request, scanDeps())
    expect(first.report.findings.map((f) => f.id)).toEqual([
      'GHSA-xvch-5gv4-984h'
    ])
    const second = await runScan(request, scanDeps())
    expect(second.report.findings.map((f) => f.id)).toEqual([
      'GHSA-xvch-5gv4-984h'
    ])
    expect(server.requests).toEqual([
      { path: '/npm/all.zip', ifNoneMatch: undefined },
      { path: '/npm/all.zip', ifNoneMatch: '"v1"' }
    ])
    await server.close()
    server = undefined
    const offline = await runScan({ ...request, offline: true }, scanDeps())
    expect(offline.report.database.advisories).toBe(2)
  })

  it('retries a 503 with backoff', async () => {
    server = await startOsvServer(2)
    workspace = await writeScanWorkspace()
    const result = await runScan(
      scanRequest(workspace, {
        offline: false,
        osvUrl: server.url,
        cacheDir: 'cache'
      }),
      scanDeps()
    )
    expect(result.report.findings).toHaveLength(1)
    expect(server.requests).toHaveLength(3)
  })

  it('fails with a clear input error when offline and the cache is empty', async () => {
    workspace = await writeScanWorkspace()
    await expect(
      runScan(
        scanRequest(workspace, { offline: true, cacheDir: 'cache' }),
        scanDeps()
      )
    ).rejects.toMatchObject({
      code: 'SCAN_OFFLINE_NO_DB',
      message: expect.stringContaining('npm')
    })
  })
})
