/**
 * Binaries: a Go program built here with Debian's Go, its dependencies
 * vendored from Debian's golang-*-dev sources, is described module by module
 * as `go version -m` prints it; Debian's skopeo (built without module data)
 * is described as exactly that; a Rust binary's cargo auditable section
 * gives its crates; inside an image, each program is a component at its
 * path with its modules nested under it.
 */
import {
  copyFile,
  cp,
  mkdir,
  mkdtemp,
  readFile,
  rm,
  writeFile
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { deflateSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { writeOciLayout } from '../helpers/oci-layout.js'
import {
  describePath,
  exec,
  flatten,
  INTEROP_CACHE,
  property
} from '../helpers/sbom-interop.js'

const GOCODE = '/usr/share/gocode/src'
let ws: string

beforeAll(async () => {
  ws = await mkdtemp(path.join(os.tmpdir(), 'provenant-sbom-bin-'))
})
afterAll(async () => {
  await rm(ws, { recursive: true, force: true })
})

const VENDORED = [
  ['github.com/google/uuid', 'v1.3.0', ['github.com/google/uuid']],
  ['github.com/pkg/errors', 'v0.9.1', ['github.com/pkg/errors']],
  [
    'golang.org/x/text',
    'v0.7.0',
    [
      'golang.org/x/text/cases',
      'golang.org/x/text/internal',
      'golang.org/x/text/internal/language',
      'golang.org/x/text/internal/language/compact',
      'golang.org/x/text/internal/tag',
      'golang.org/x/text/language',
      'golang.org/x/text/transform',
      'golang.org/x/text/unicode/norm'
    ]
  ]
] as const

const MAIN_GO = `package main

import (
	"fmt"

	"example.com/greeting"
	"github.com/google/uuid"
	"github.com/pkg/errors"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

var version = "dev"

func main() {
	fmt.Println(greeting.Hello, version, cases.Title(language.English).String("hi"),
		uuid.NewSHA1(uuid.Nil, []byte("x")), errors.New("e"))
}
`

/** A module with three vendored dependencies and a local replacement. */
async function buildGoProgram(
  dir: string,
  target: { goos: string; goarch: string } = { goos: 'linux', goarch: 'amd64' }
): Promise<string> {
  await mkdir(path.join(dir, 'greeting'), { recursive: true })
  await writeFile(
    path.join(dir, 'greeting', 'go.mod'),
    'module example.com/greeting\n\ngo 1.19\n'
  )
  await writeFile(
    path.join(dir, 'greeting', 'greeting.go'),
    'package greeting\n\nconst Hello = "hello"\n'
  )
  const modules: string[] = [
    '# example.com/greeting v0.0.0 => ./greeting',
    '## explicit; go 1.19',
    'example.com/greeting',
    '# example.com/greeting => ./greeting'
  ]
  const requires: string[] = ['\texample.com/greeting v0.0.0']
  for (const [module, version, packages] of VENDORED) {
    await cp(path.join(GOCODE, module), path.join(dir, 'vendor', module), {
      recursive: true,
      dereference: true
    })
    modules.push(`# ${module} ${version}`, '## explicit', ...packages)
    requires.push(`\t${module} ${version}`)
  }
  await cp(
    path.join(dir, 'greeting'),
    path.join(dir, 'vendor/example.com/greeting'),
    {
      recursive: true
    }
  )
  await writeFile(
    path.join(dir, 'vendor', 'modules.txt'),
    `${modules.join('\n')}\n`
  )
  await writeFile(
    path.join(dir, 'go.mod'),
    `module example.com/app\n\ngo 1.19\n\nrequire (\n${requires.join('\n')}\n)\n\nreplace example.com/greeting => ./greeting\n`
  )
  await writeFile(path.join(dir, 'main.go'), MAIN_GO)
  const binary = path.join(dir, `app-${target.goos}-${target.goarch}`)
  await exec(
    'go',
    [
      'build',
      '-ldflags=-X main.version=1.2.3 -s',
      '-tags=netgo osusergo',
      '-o',
      binary,
      '.'
    ],
    {
      cwd: dir,
      env: {
        ...process.env,
        GOFLAGS: '-mod=vendor',
        GOPROXY: 'off',
        GOCACHE: path.join(INTEROP_CACHE, 'gocache'),
        CGO_ENABLED: '0',
        GOOS: target.goos,
        GOARCH: target.goarch
      }
    }
  )
  return binary
}

/** `go version -m` as [kind, fields] lines. */
async function goVersionM(binary: string): Promise<string[][]> {
  const { stdout } = await exec('go', ['version', '-m', binary])
  return stdout
    .split('\n')
    .slice(1)
    .filter((l) => l.startsWith('\t'))
    .map((l) => l.slice(1).split('\t'))
}

describe('Go binaries', () => {
  it.each([
    ['ELF', 'linux', 'amd64'],
    ['Mach-O', 'darwin', 'arm64'],
    ['PE', 'windows', 'amd64']
  ])(
    '%s: lists the modules and build settings `go version -m` prints',
    async (_, goos, goarch) => {
      const dir = path.join(ws, `goapp-${goos}`)
      const binary = await buildGoProgram(dir, { goos, goarch })
      const lines = await goVersionM(binary)
      const relative = path.relative(ws, binary)
      const { cyclonedx, spdx, result } = await describePath(ws, relative)
      expect(result.sboms[0]!.kind).toBe('go-binary')
      expect(result.sboms[0]!.label).toBe(path.basename(binary))
      const root = cyclonedx.metadata.component
      expect(property(root, 'provenant:binary:format')).toBe(
        { linux: 'elf', darwin: 'macho', windows: 'pe' }[goos]
      )
      const main = lines.find(([k]) => k === 'mod')!
      expect(root.name).toBe(main[1])
      expect(property(root, 'provenant:go:path')).toBe(
        lines.find(([k]) => k === 'path')![1]
      )
      const { stdout } = await exec('go', ['version', binary])
      expect(property(root, 'provenant:go:version')).toBe(
        stdout.trim().split(': ')[1]
      )

      // Each dep (or its replacement) with its version, nothing more.
      const expected: string[] = []
      for (const [i, [kind, ...fields]] of lines.entries()) {
        if (kind !== 'dep') continue
        const next = lines[i + 1]
        const used = next?.[0] === '=>' ? next.slice(1) : fields
        expected.push(`${used[0]}@${used[1] ?? ''}`)
      }
      expect(expected.length).toBe(4)
      const components = flatten(cyclonedx)
      expect(
        components.map((c) => `${c.name}@${c.version ?? ''}`).sort()
      ).toEqual(expected.sort())
      for (const c of components)
        expect(property(c, 'provenant:kind')).toBe('binary-module')

      // Every build setting, value unquoted as Go does.
      const settings = lines
        .filter(([k]) => k === 'build')
        .map(([, text]) => text!)
      expect(settings.some((s) => s.startsWith('-ldflags="'))).toBe(true)
      expect(settings).toContain('-tags=netgo,osusergo')
      expect(property(root, 'provenant:go:build:GOOS')).toBe(goos)
      for (const text of settings) {
        const eq = text.indexOf('=')
        const key = text.slice(0, eq)
        const raw = text.slice(eq + 1)
        const value = raw.startsWith('"') ? (JSON.parse(raw) as string) : raw
        expect([key, property(root, `provenant:go:build:${key}`)]).toEqual([
          key,
          value
        ])
      }
      expect(spdx.packages).toHaveLength(5)
    },
    600_000
  )

  it("describes Debian's skopeo, built without module data, as exactly that", async () => {
    await copyFile('/usr/bin/skopeo', path.join(ws, 'skopeo'))
    const lines = await goVersionM('/usr/bin/skopeo')
    expect(lines.some(([k]) => k === 'mod' || k === 'dep')).toBe(false)
    const { cyclonedx, result } = await describePath(ws, 'skopeo')
    expect(result.sboms[0]!.kind).toBe('go-binary')
    expect(result.sboms[0]!.label).toBe('skopeo')
    const root = cyclonedx.metadata.component
    expect(root.name).toBe(lines.find(([k]) => k === 'path')![1])
    expect(property(root, 'provenant:go:buildinfo')).toMatch(
      /without module data/
    )
    expect(flatten(cyclonedx)).toEqual([])
    for (const [, text] of lines.filter(([k]) => k === 'build')) {
      const [key, value] = text!.split(/=(.*)/s)
      expect(property(root, `provenant:go:build:${key}`)).toBe(value)
    }
  })
})

describe('programs inside an image', () => {
  it('nests the modules `go version -m` prints under each Go program, at its path', async () => {
    const binary = await buildGoProgram(path.join(ws, 'goapp-image'))
    const lines = await goVersionM(binary)
    const rootfs = path.join(ws, 'rootfs')
    await mkdir(path.join(rootfs, 'usr/local/bin'), { recursive: true })
    await mkdir(path.join(rootfs, 'usr/share/doc'), { recursive: true })
    await copyFile(binary, path.join(rootfs, 'usr/local/bin/app'))
    await copyFile('/usr/bin/skopeo', path.join(rootfs, 'usr/local/bin/skopeo'))
    await exec('chmod', ['0755', 'usr/local/bin/app', 'usr/local/bin/skopeo'], {
      cwd: rootfs
    })
    // Not executable: not looked into.
    await copyFile(binary, path.join(rootfs, 'usr/share/doc/app.copy'))
    await exec('chmod', ['0644', 'usr/share/doc/app.copy'], { cwd: rootfs })
    await exec('tar', ['-C', rootfs, '-czf', path.join(ws, 'layer.tgz'), '.'])
    await writeOciLayout(path.join(ws, 'goimage'), [
      await readFile(path.join(ws, 'layer.tgz'))
    ])
    const { cyclonedx } = await describePath(ws, 'goimage')
    const programs = cyclonedx.components ?? []
    expect(
      programs.map((c) => property(c, 'provenant:image:path')).sort()
    ).toEqual(['/usr/local/bin/app', '/usr/local/bin/skopeo'])
    const app = programs.find(
      (c) => property(c, 'provenant:image:path') === '/usr/local/bin/app'
    )!
    expect(app.name).toBe(lines.find(([k]) => k === 'mod')![1])
    const expected: string[] = []
    for (const [i, [kind, ...fields]] of lines.entries()) {
      if (kind !== 'dep') continue
      const next = lines[i + 1]
      const used = next?.[0] === '=>' ? next.slice(1) : fields
      expected.push(`${used[0]}@${used[1] ?? ''}`)
    }
    expect(
      (app.components ?? []).map((c) => `${c.name}@${c.version ?? ''}`).sort()
    ).toEqual(expected.sort())
    for (const c of app.components ?? [])
      expect(property(c, 'provenant:kind')).toBe('binary-module')
    const skopeo = programs.find(
      (c) => property(c, 'provenant:image:path') === '/usr/local/bin/skopeo'
    )!
    expect(property(skopeo, 'provenant:go:buildinfo')).toMatch(
      /without module data/
    )
    expect(skopeo.components ?? []).toEqual([])
  }, 600_000)
})

describe('Rust binaries', () => {
  // cargo-auditable is not packaged in Debian: the section is written here
  // exactly as its specification says (zlib-compressed JSON in .dep-v0),
  // into a real ELF file with binutils' objcopy.
  it('lists the crates of a cargo auditable section', async () => {
    const data = {
      packages: [
        {
          name: 'hello',
          version: '0.1.0',
          source: 'local',
          dependencies: [1, 2],
          root: true
        },
        { name: 'itoa', version: '1.0.11', source: 'crates.io' },
        {
          name: 'serde',
          version: '1.0.210',
          source: 'crates.io',
          dependencies: [3]
        },
        {
          name: 'serde_derive',
          version: '1.0.210',
          source: 'crates.io',
          kind: 'build'
        }
      ]
    }
    const section = path.join(ws, 'dep-v0.bin')
    await writeFile(section, deflateSync(JSON.stringify(data)))
    await exec('objcopy', [
      '--add-section',
      `.dep-v0=${section}`,
      '/usr/bin/true',
      path.join(ws, 'hello')
    ])
    const { cyclonedx, result } = await describePath(ws, 'hello')
    expect(result.sboms[0]!.kind).toBe('rust-binary')
    expect(cyclonedx.metadata.component.purl).toBe('pkg:cargo/hello@0.1.0')
    expect(
      flatten(cyclonedx)
        .map((c) => c.purl)
        .sort()
    ).toEqual([
      'pkg:cargo/itoa@1.0.11',
      'pkg:cargo/serde@1.0.210',
      'pkg:cargo/serde_derive@1.0.210'
    ])
    const serde = cyclonedx.dependencies!.find(
      (d) => d.ref === 'pkg:cargo/serde@1.0.210'
    )
    expect(serde?.dependsOn).toEqual(['pkg:cargo/serde_derive@1.0.210'])
  })
})
