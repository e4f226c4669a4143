/**
 * Where a scan finding shows in SARIF (locate.ts): for an SBOM file, the
 * line of a lockfile beside it that locks the package, any lockfile the
 * SBOM readers read (the registry's names and patterns), else the SBOM.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocator, lockfilesBeside } from '../../../src/io/scan/locate.js'
import type { DescribedSbom } from '../../../src/io/scan/describe.js'
import type { GatedFinding } from '../../../src/lib/scan/gate.js'

function finding(name: string, version: string): GatedFinding {
  return {
    id: 'GHSA-test',
    aliases: [],
    advisories: [],
    summary: '',
    severity: { level: 'high', rank: 3, source: 'database' },
    ecosystem: 'PyPI',
    name,
    version,
    purl: `pkg:pypi/${name}@${version}`,
    fixed: [],
    locations: [{ subject: 'sbom.cdx.json', ref: name }],
    suppressed: false,
    failing: true
  }
}

describe('finding locations beside an SBOM file', () => {
  let workspace: string
  let described: DescribedSbom

  beforeAll(async () => {
    workspace = await mkdtemp(path.join(os.tmpdir(), 'provenant-locate-'))
    await writeFile(path.join(workspace, 'sbom.cdx.json'), '{}')
    await writeFile(path.join(workspace, 'README.md'), 'jinja2==2.10\n')
    await writeFile(
      path.join(workspace, 'poetry.lock'),
      '[[package]]\nname = "urllib3"\nversion = "1.26.4"\n'
    )
    await writeFile(
      path.join(workspace, 'requirements-dev.txt'),
      '# tools\npytest==8.0.0\njinja2==2.10\n'
    )
    await writeFile(path.join(workspace, 'requirements.txt'), 'flask==3.0.0\n')
    described = {
      sbom: { subject: 'sbom.cdx.json' } as DescribedSbom['sbom'],
      document: {},
      absolute: path.join(workspace, 'sbom.cdx.json'),
      lockfiles: []
    }
  })
  afterAll(() => rm(workspace, { recursive: true, force: true }))

  it('lists the lockfiles the readers read, in the registry order, and nothing else', () => {
    expect(
      lockfilesBeside(described.absolute).map((f) => path.basename(f))
    ).toEqual(['poetry.lock', 'requirements.txt', 'requirements-dev.txt'])
  })

  it('points at the line that locks the package, in whichever lockfile holds it', () => {
    const locate = createLocator(workspace, [described])
    expect(locate(finding('urllib3', '1.26.4'))).toEqual({
      uri: 'poetry.lock',
      line: 2
    })
    expect(locate(finding('jinja2', '2.10'))).toEqual({
      uri: 'requirements-dev.txt',
      line: 3
    })
    // Locked nowhere at that version: the first lockfile, with no line.
    expect(locate(finding('jinja2', '3.1.0'))).toEqual({ uri: 'poetry.lock' })
  })
})
