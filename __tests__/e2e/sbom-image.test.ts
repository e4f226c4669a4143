/**
 * actions/sbom as the runner runs it on what a release ships beside its
 * packages: an OCI image layout (two layers, a whiteout) and a folder with
 * node_modules but no lockfile; labels and the per-kind job summary.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { runAction } from '../helpers/action-runner.js'
import { tgz } from '../helpers/archives.js'
import { writeOciLayout } from '../helpers/oci-layout.js'

let ws: string
beforeEach(async () => {
  ws = await mkdtemp(path.join(os.tmpdir(), 'provenant-e2e-sbom-image-'))
})
afterEach(async () => {
  await rm(ws, { recursive: true, force: true })
})

/** An OCI image layout of two layers: OS packages, then an app (and a whiteout). */
async function writeLayout(dir: string): Promise<string> {
  const base = tgz([
    {
      path: 'var/lib/dpkg/status',
      data: 'Package: dash\nStatus: install ok installed\nArchitecture: amd64\nVersion: 0.5.12-2\n\nPackage: zlib1g\nStatus: install ok installed\nArchitecture: amd64\nVersion: 1:1.2.13.dfsg-1\n'
    },
    { path: 'etc/os-release', data: 'ID=debian\nVERSION_ID="12"\n' },
    {
      path: 'srv/old/node_modules/old/package.json',
      data: '{"name":"old","version":"1.0.0"}'
    }
  ])
  const app = tgz([
    { path: 'srv/.wh.old', data: '' },
    {
      path: 'app/node_modules/ms/package.json',
      data: '{"name":"ms","version":"2.1.3"}'
    }
  ])
  return writeOciLayout(dir, [base, app])
}

interface Cdx {
  metadata: { component: { type: string; version: string } }
  components: { purl: string; properties?: { name: string; value: string }[] }[]
}

describe('actions/sbom on images and installed trees', () => {
  it('an OCI layout: OS and language packages, the whiteout applied, the manifest digest as subject', async () => {
    const digest = await writeLayout(path.join(ws, 'webapp'))
    const project = path.join(ws, 'project')
    await mkdir(path.join(project, 'node_modules', 'semver'), {
      recursive: true
    })
    await writeFile(
      path.join(project, 'package.json'),
      '{"name":"project","version":"1.0.0","dependencies":{"semver":"7.6.0"}}'
    )
    await writeFile(
      path.join(project, 'node_modules', 'semver', 'package.json'),
      '{"name":"semver","version":"7.6.0"}'
    )
    const run = await runAction('sbom', {
      workspace: ws,
      inputs: {
        path: 'webapp project',
        format: 'cyclonedx',
        'output-dir': 'out'
      },
      env: { SOURCE_DATE_EPOCH: '1700000000' }
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(
      run.outputs.cyclonedx!.split('\n').map((f) => path.basename(f))
    ).toEqual([
      'sbom-image-webapp.cyclonedx.json',
      'sbom-source.cyclonedx.json'
    ])
    const image = JSON.parse(
      await readFile(
        path.join(ws, 'out', 'sbom-image-webapp.cyclonedx.json'),
        'utf8'
      )
    ) as Cdx
    expect(image.metadata.component).toMatchObject({
      type: 'container',
      version: digest
    })
    expect(image.components.map((c) => c.purl)).toEqual([
      'pkg:deb/debian/dash@0.5.12-2?arch=amd64&distro=debian-12',
      'pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1?arch=amd64&distro=debian-12',
      'pkg:npm/ms@2.1.3'
    ])
    const source = JSON.parse(
      await readFile(path.join(ws, 'out', 'sbom-source.cyclonedx.json'), 'utf8')
    ) as Cdx
    expect(source.components.map((c) => c.purl)).toEqual([
      'pkg:npm/semver@7.6.0'
    ])
    expect(run.summary).toContain('OS package 2, language package 1')
  })
})
