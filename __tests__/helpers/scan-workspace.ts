/**
 * A small project to scan, written into a temp dir: a package-lock.json
 * that locks minimist 1.2.5 and lodash 4.17.21, an OSV database of two real
 * GitHub advisories (minimist hits, lodash is fixed), and a served OSV
 * export (all.zip) of the same for the online path.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { zipSync, strToU8 } from 'fflate'

export const MINIMIST = {
  id: 'GHSA-xvch-5gv4-984h',
  modified: '2022-04-04T21:39:38Z',
  aliases: ['CVE-2021-44906'],
  summary: 'Prototype Pollution in minimist',
  severity: [
    { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }
  ],
  affected: [
    {
      package: { ecosystem: 'npm', name: 'minimist' },
      ranges: [
        {
          type: 'ECOSYSTEM',
          events: [{ introduced: '1.0.0' }, { fixed: '1.2.6' }]
        }
      ]
    }
  ],
  database_specific: { severity: 'CRITICAL' }
}

export const LODASH = {
  id: 'GHSA-35jh-r3h4-6jhm',
  modified: '2021-05-06T16:05:51Z',
  aliases: ['CVE-2021-23337'],
  summary: 'Command Injection in lodash',
  affected: [
    {
      package: { ecosystem: 'npm', name: 'lodash' },
      ranges: [
        {
          type: 'ECOSYSTEM',
          events: [{ introduced: '0' }, { fixed: '4.17.21' }]
        }
      ]
    }
  ],
  database_specific: { severity: 'HIGH' }
}

/** An OpenVEX document: minimist 1.2.5 is not affected by CVE-2021-44906 (MINIMIST's alias). */
export const MINIMIST_VEX = {
  '@context': 'https://openvex.dev/ns/v0.2.0',
  '@id': 'https://example.com/vex/demo-1',
  author: 'demo',
  timestamp: '2026-01-01T00:00:00Z',
  version: 1,
  statements: [
    {
      vulnerability: { name: 'CVE-2021-44906' },
      products: [{ '@id': 'pkg:npm/minimist@1.2.5' }],
      status: 'not_affected',
      justification: 'vulnerable_code_not_in_execute_path'
    }
  ]
}

const LOCKFILE = {
  name: 'demo',
  version: '1.0.0',
  lockfileVersion: 3,
  requires: true,
  packages: {
    '': {
      name: 'demo',
      version: '1.0.0',
      dependencies: { lodash: '^4.17.21', minimist: '^1.2.5' }
    },
    'node_modules/lodash': {
      version: '4.17.21',
      resolved: 'https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz',
      integrity:
        'sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+LFTGHVxVjcXPs17LhbZVGedAJv8XZ1tvj5FvSg=='
    },
    'node_modules/minimist': {
      version: '1.2.5',
      resolved: 'https://registry.npmjs.org/minimist/-/minimist-1.2.5.tgz',
      integrity:
        'sha512-FM9nNUYrRBAELZQT3xeZQ7fmMOBg6nWNmJKTcgsJeaLstP/UODVpGsr5OhXhhXg6f+qtJ8uiZ+PUxkDWcgIXLw=='
    }
  }
}

export async function writeScanWorkspace(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'scan-ws-'))
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'demo', version: '1.0.0' })
  )
  await writeFile(
    path.join(dir, 'package-lock.json'),
    `${JSON.stringify(LOCKFILE, null, 2)}\n`
  )
  await mkdir(path.join(dir, 'osv', '2022'), { recursive: true })
  await writeFile(
    path.join(dir, 'osv', '2022', `${MINIMIST.id}.json`),
    JSON.stringify(MINIMIST)
  )
  await writeFile(
    path.join(dir, 'osv', `${LODASH.id}.json`),
    JSON.stringify(LODASH)
  )
  return dir
}

export function osvZip(): Uint8Array {
  return zipSync({
    [`${MINIMIST.id}.json`]: strToU8(JSON.stringify(MINIMIST)),
    [`${LODASH.id}.json`]: strToU8(JSON.stringify(LODASH))
  })
}

export interface OsvServer {
  url: string
  /** Each request: path and If-None-Match. */
  requests: { path: string; ifNoneMatch: string | undefined }[]
  close(): Promise<void>
}

/** Serves <url>/npm/all.zip with an ETag and answers 304 to a matching If-None-Match; the first `failures` requests get 503. */
export async function startOsvServer(failures = 0): Promise<OsvServer> {
  const zip = osvZip()
  const requests: OsvServer['requests'] = []
  let left = failures
  const server = http.createServer((req, res) => {
    const ifNoneMatch = req.headers['if-none-match']
    requests.push({ path: req.url ?? '', ifNoneMatch })
    if (left-- > 0) return void res.writeHead(503).end('busy')
    if (req.url !== '/npm/all.zip') return void res.writeHead(404).end()
    if (ifNoneMatch === '"v1"') return void res.writeHead(304).end()
    res
      .writeHead(200, { etag: '"v1"', 'content-type': 'application/zip' })
      .end(zip)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
