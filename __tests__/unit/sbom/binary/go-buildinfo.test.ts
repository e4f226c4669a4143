import { describe, expect, it } from '@jest/globals'
import { deflateSync } from 'node:zlib'
import { InputError } from '../../../../src/lib/errors.js'
import { buildGoBinaryGraph } from '../../../../src/lib/sbom/binary/binary-graph.js'
import {
  parseModInfo,
  readGoBuildInfo
} from '../../../../src/lib/sbom/binary/go-buildinfo.js'
import { readAuditableData } from '../../../../src/lib/sbom/binary/rust-audit.js'
import { readExecutable } from '../../../../src/lib/sbom/binary/sections.js'

const MODINFO = [
  'path\texample.com/app/cmd/app',
  'mod\texample.com/app\tv1.2.3\th1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  'dep\tgithub.com/pkg/errors\tv0.9.1\th1:FEBLx1zS214owpjy7qsBeixbURkuhQAwrK5UwLGTwt4=',
  'dep\tgolang.org/x/text\tv0.7.0\t',
  '=>\tgolang.org/x/text\tv0.8.0\th1:57P1ETyNKtuIjB4SRd15iJxuhj8Gc416Y78H3qgMh68=',
  'dep\texample.com/local\tv0.0.0\t',
  '=>\t./local\t\t',
  'build\t-compiler=gc',
  'build\t-ldflags="-X main.version=1.2.3 -s"',
  'build\tCGO_ENABLED=0',
  'build\tvcs.revision=0123456789abcdef',
  ''
].join('\n')

/** The blob the Go linker writes: header, then uvarint-prefixed strings, the module text framed by 16-byte sentinels. */
function buildInfoBlob(goVersion: string, modinfo: string): Uint8Array {
  const varint = (n: number): number[] => {
    const out: number[] = []
    while (n >= 0x80) {
      out.push((n & 0x7f) | 0x80)
      n >>>= 7
    }
    out.push(n)
    return out
  }
  const text = new TextEncoder()
  const framed = [
    ...new Uint8Array(16).fill(0x30),
    ...text.encode(modinfo),
    ...new Uint8Array(16).fill(0x31)
  ]
  const header = new Uint8Array(32)
  header.set(text.encode(' Go buildinf:'), 1)
  header[0] = 0xff
  header[14] = 8
  header[15] = 2
  const version = text.encode(goVersion)
  return Uint8Array.from([
    ...header,
    ...varint(version.length),
    ...version,
    ...varint(framed.length),
    ...framed
  ])
}

/** A minimal little-endian ELF64 file with the given sections. */
function elf(sections: Record<string, Uint8Array>): Uint8Array {
  const names = ['', ...Object.keys(sections), '.shstrtab']
  const strtab = new TextEncoder().encode(names.join('\0') + '\0')
  const nameOffsets = names.map(
    (_, i) => names.slice(0, i).join('\0').length + (i > 0 ? 1 : 0)
  )
  const datas = [new Uint8Array(0), ...Object.values(sections), strtab]
  let offset = 64
  const placed = datas.map((d) => {
    offset = Math.ceil(offset / 16) * 16
    const at = offset
    offset += d.length
    return at
  })
  const shoff = Math.ceil(offset / 8) * 8
  const bytes = new Uint8Array(shoff + names.length * 64)
  const view = new DataView(bytes.buffer)
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1])
  view.setBigUint64(0x28, BigInt(shoff), true)
  view.setUint16(0x3a, 64, true)
  view.setUint16(0x3c, names.length, true)
  view.setUint16(0x3e, names.length - 1, true)
  datas.forEach((d, i) => {
    bytes.set(d, placed[i])
    const h = shoff + i * 64
    view.setUint32(h, nameOffsets[i]!, true)
    view.setUint32(h + 4, i === 0 ? 0 : 1, true)
    view.setBigUint64(h + 24, BigInt(placed[i]!), true)
    view.setBigUint64(h + 32, BigInt(d.length), true)
  })
  return bytes
}

describe('Go build information', () => {
  it('reads the module text as runtime/debug does', () => {
    const info = parseModInfo('go1.22.1', MODINFO)
    expect(info.path).toBe('example.com/app/cmd/app')
    expect(info.main).toEqual({
      path: 'example.com/app',
      version: 'v1.2.3',
      sum: 'h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='
    })
    expect(info.deps.map((d) => [d.path, d.replace?.path])).toEqual([
      ['github.com/pkg/errors', undefined],
      ['golang.org/x/text', 'golang.org/x/text'],
      ['example.com/local', './local']
    ])
    expect(info.settings).toEqual([
      ['-compiler', 'gc'],
      ['-ldflags', '-X main.version=1.2.3 -s'],
      ['CGO_ENABLED', '0'],
      ['vcs.revision', '0123456789abcdef']
    ])
  })

  it('finds the blob in an ELF .go.buildinfo section and builds the graph', () => {
    const file = elf({
      '.text': new Uint8Array(40),
      '.go.buildinfo': buildInfoBlob('go1.22.1', MODINFO)
    })
    const executable = readExecutable(file)!
    expect(executable.format).toBe('elf')
    const info = readGoBuildInfo(executable, file)!
    expect(info.goVersion).toBe('go1.22.1')
    const graph = buildGoBinaryGraph(
      { fileName: 'app', hashes: [], format: 'elf' },
      info
    )
    expect(graph.root.purl).toBe('pkg:golang/example.com/app@v1.2.3')
    expect(graph.root.properties?.['provenant:go:build:vcs.revision']).toBe(
      '0123456789abcdef'
    )
    expect(
      graph.components.map((c) => [c.purl, c.hashes.length, c.origin.kind])
    ).toEqual([
      ['pkg:golang/github.com/pkg/errors@v0.9.1', 1, 'registry'],
      ['pkg:golang/golang.org/x/text@v0.8.0', 1, 'registry'],
      ['', 0, 'file']
    ])
    expect(graph.components[1]!.properties['provenant:go-replaces']).toBe(
      'golang.org/x/text@v0.7.0'
    )
  })

  it('says so when a binary has no module data', () => {
    const blob = buildInfoBlob(
      'go1.19.8',
      'path\tgithub.com/x/cmd\nbuild\t-trimpath=true\n'
    )
    const file = elf({ '.go.buildinfo': blob })
    const info = readGoBuildInfo(readExecutable(file)!, file)!
    const graph = buildGoBinaryGraph(
      { fileName: 'x', hashes: [], format: 'elf' },
      info
    )
    expect(graph.components).toEqual([])
    expect(graph.root.name).toBe('github.com/x/cmd')
    expect(graph.root.properties?.['provenant:go:buildinfo']).toMatch(
      /without module data/
    )
  })

  it('is not fooled by files that are not executables, or truncated headers', () => {
    expect(readExecutable(new Uint8Array(100))).toBeUndefined()
    const broken = elf({ '.go.buildinfo': new Uint8Array(8) })
    new DataView(broken.buffer).setBigUint64(0x28, 10n ** 9n, true)
    expect(readExecutable(broken)).toBeUndefined()
  })
})

describe('cargo auditable data', () => {
  const section = (value: unknown): Uint8Array =>
    deflateSync(JSON.stringify(value))

  it('reads the crates and their edges', () => {
    const file = elf({
      '.dep-v0': section({
        packages: [
          {
            name: 'a',
            version: '1.0.0',
            source: 'local',
            dependencies: [1],
            root: true
          },
          { name: 'b', version: '2.0.0', source: 'crates.io', kind: 'build' }
        ]
      })
    })
    expect(readAuditableData(readExecutable(file)!, 'a')).toEqual([
      {
        name: 'a',
        version: '1.0.0',
        source: 'local',
        kind: 'runtime',
        dependencies: [1],
        root: true
      },
      {
        name: 'b',
        version: '2.0.0',
        source: 'crates.io',
        kind: 'build',
        dependencies: [],
        root: false
      }
    ])
  })

  it.each([
    ['not zlib', new Uint8Array([1, 2, 3])],
    ['no packages', section({})],
    [
      'an edge outside the list',
      section({ packages: [{ name: 'a', version: '1', dependencies: [5] }] })
    ]
  ])('refuses a section with %s', (_, data) => {
    const file = elf({ '.dep-v0': data })
    let error: unknown
    try {
      readAuditableData(readExecutable(file)!, 'bin')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).code).toBe('SBOM_RUST_AUDIT_DATA')
  })
})
