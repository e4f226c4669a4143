/**
 * Installed trees and vendored code: a folder with node_modules and no
 * lockfile gives the packages `npm ls --all --json` reports; pip's wheel
 * from Debian's python3-pip-whl gives pip and the 23 projects it vendors,
 * nested in it, each with its version from vendor.txt.
 */
import {
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { repoPath } from '../helpers/repo.js'
import {
  describePath,
  exec,
  flatten,
  fullName,
  property
} from '../helpers/sbom-interop.js'

let ws: string
beforeAll(async () => {
  ws = await mkdtemp(path.join(os.tmpdir(), 'provenant-sbom-installed-'))
})
afterAll(async () => {
  await rm(ws, { recursive: true, force: true })
})

const TOP = ['tar-stream', 'semver', 'tinyglobby', 'jose', '@sigstore/sign']

/** Copies each top package and what it needs, as Node would find them from the repository. */
async function copyClosure(into: string): Promise<void> {
  const seen = new Set<string>()
  const visit = async (name: string, from: string): Promise<void> => {
    for (let dir = from; ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'node_modules', name)
      const manifest = await readFile(
        path.join(candidate, 'package.json'),
        'utf8'
      ).catch(() => undefined)
      if (manifest === undefined) {
        if (dir === repoPath()) return
        continue
      }
      const relative = path.relative(repoPath(), candidate)
      if (seen.has(relative)) return
      seen.add(relative)
      await cp(candidate, path.join(into, relative), { recursive: true })
      const json = JSON.parse(manifest) as {
        dependencies?: Record<string, string>
      }
      for (const dep of Object.keys(json.dependencies ?? {}))
        await visit(dep, candidate)
      return
    }
  }
  for (const name of TOP) await visit(name, repoPath())
}

interface NpmLsNode {
  version?: string
  dependencies?: Record<string, NpmLsNode>
}

function npmLsPackages(tree: NpmLsNode): Set<string> {
  const out = new Set<string>()
  const visit = (deps: Record<string, NpmLsNode> | undefined): void => {
    for (const [name, node] of Object.entries(deps ?? {})) {
      if (node.version) out.add(`${name}@${node.version}`)
      visit(node.dependencies)
    }
  }
  visit(tree.dependencies)
  return out
}

describe('installed trees', () => {
  it('a folder with node_modules and no lockfile: what npm ls --all reports', async () => {
    const project = path.join(ws, 'project')
    await mkdir(project, { recursive: true })
    await copyClosure(project)
    const versions = await Promise.all(
      TOP.map(async (name) => {
        const json = JSON.parse(
          await readFile(
            path.join(project, 'node_modules', name, 'package.json'),
            'utf8'
          )
        ) as { version: string }
        return [name, json.version] as const
      })
    )
    await writeFile(
      path.join(project, 'package.json'),
      JSON.stringify({
        name: 'project',
        version: '1.0.0',
        dependencies: Object.fromEntries(versions)
      })
    )
    expect(await readdir(project)).not.toContain('package-lock.json')
    const { stdout } = await exec('npm', ['ls', '--all', '--json'], {
      cwd: project
    })
    const expected = npmLsPackages(JSON.parse(stdout) as NpmLsNode)
    expect(expected.size).toBeGreaterThan(10)
    const { cyclonedx, result } = await describePath(ws, 'project')
    expect(result.sboms[0]!.kind).toBe('source')
    const found = new Set(
      flatten(cyclonedx).map((c) => `${fullName(c)}@${c.version}`)
    )
    expect([...found].sort()).toEqual([...expected].sort())
    expect(cyclonedx.metadata.component.name).toBe('project')
  })
})

describe('vendored code', () => {
  it("pip's wheel: pip and the 23 projects of pip/_vendor/vendor.txt, nested", async () => {
    const wheels = await readdir('/usr/share/python-wheels')
    const wheel = wheels.find((w) => /^pip-.*\.whl$/.test(w))!
    await cp(path.join('/usr/share/python-wheels', wheel), path.join(ws, wheel))
    const { stdout } = await exec('unzip', [
      '-p',
      path.join(ws, wheel),
      'pip/_vendor/vendor.txt'
    ])
    const pins = stdout
      .split('\n')
      .map((l) => /^\s*([\w.-]+)==([^\s#]+)/.exec(l))
      .filter((m) => m !== null)
      .map((m) => [m[1]!.toLowerCase().replace(/[-_.]+/g, '-'), m[2]!])
    expect(pins).toHaveLength(23)
    const { cyclonedx, spdx } = await describePath(ws, wheel)
    const root = cyclonedx.metadata.component
    expect(root.name).toBe('pip')
    const nested = root.components ?? []
    expect(nested.map((c) => [c.name, c.version]).sort()).toEqual(pins.sort())
    for (const c of nested)
      expect(property(c, 'provenant:kind')).toBe('vendored')
    const rootId = spdx.relationships.find(
      (r) => r.relationshipType === 'DESCRIBES'
    )!.relatedSpdxElement
    expect(
      spdx.relationships.filter(
        (r) => r.relationshipType === 'CONTAINS' && r.spdxElementId === rootId
      )
    ).toHaveLength(23)
    expect(spdx.packages).toHaveLength(24)
  })
})
