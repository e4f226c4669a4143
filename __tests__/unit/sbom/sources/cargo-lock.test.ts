import { describe, expect, it } from '@jest/globals'
import {
  component,
  dependsOn,
  expectInputError,
  readTree,
  summary
} from '../../../helpers/sbom-tree.js'

const sha = (c: string): string => c.repeat(64)

const CRATES = 'registry+https://github.com/rust-lang/crates.io-index'

const cargoLock = `version = 4

[[package]]
name = "app"
version = "0.3.0"
dependencies = ["helper", "serde", "tempfile", "rand 0.8.5"]

[[package]]
name = "helper"
version = "0.1.0"
dependencies = ["memchr", "quickcheck"]

[[package]]
name = "memchr"
version = "2.7.0"
source = "${CRATES}"
checksum = "${sha('a')}"

[[package]]
name = "serde"
version = "1.0.0"
source = "${CRATES}"
checksum = "${sha('b')}"

[[package]]
name = "tempfile"
version = "3.0.0"
source = "${CRATES}"
checksum = "${sha('c')}"
dependencies = ["memchr"]

[[package]]
name = "quickcheck"
version = "1.0.0"
source = "git+https://github.com/o/quickcheck?branch=main#0123abcd"
dependencies = ["rand 0.7.0"]

[[package]]
name = "rand"
version = "0.7.0"
source = "${CRATES}"
checksum = "${sha('d')}"

[[package]]
name = "rand"
version = "0.8.5"
source = "${CRATES}"
checksum = "${sha('e')}"
`

const rootToml = `[package]
name = "app"
version = "0.3.0"
license = "MIT"

[workspace]
members = ["crates/*"]

[dependencies]
helper = { path = "crates/helper" }
serde = "1"
rand = "0.8"

[dev-dependencies]
tempfile = "3"
`

const helperToml = `[package]
name = "helper"
version = "0.1.0"

[dependencies]
memchr = "2"

[target.'cfg(unix)'.dev-dependencies]
qc = { package = "quickcheck", git = "https://github.com/o/quickcheck" }
`

describe('Cargo.lock', () => {
  const tree = {
    'Cargo.lock': cargoLock,
    'Cargo.toml': rootToml,
    'crates/helper/Cargo.toml': helperToml
  }

  it('local crates are roots, dev-only through [dev-dependencies] of their manifests', () => {
    const graph = readTree(tree, 'Cargo.lock')
    expect(graph.root).toMatchObject({
      purl: 'pkg:cargo/app@0.3.0',
      licenses: ['MIT']
    })
    expect(summary(graph)).toEqual([
      'helper@0.1.0 required',
      'memchr@2.7.0 required',
      'quickcheck@1.0.0 dev',
      'rand@0.7.0 dev',
      'rand@0.8.5 required',
      'serde@1.0.0 required',
      'tempfile@3.0.0 dev'
    ])
    expect(component(graph, 'helper').origin).toEqual({
      kind: 'workspace',
      path: 'crates/helper'
    })
  })

  it('checksums are SHA-256; git sources keep their commit', () => {
    const graph = readTree(tree, 'Cargo.lock')
    expect(component(graph, 'memchr').hashes).toEqual([
      { algorithm: 'SHA-256', value: sha('a') }
    ])
    expect(component(graph, 'memchr').purl).toBe('pkg:cargo/memchr@2.7.0')
    const qc = component(graph, 'quickcheck')
    expect(qc.origin).toEqual({
      kind: 'git',
      url: 'https://github.com/o/quickcheck',
      commit: '0123abcd'
    })
    expect(qc.purl).toBe(
      'pkg:cargo/quickcheck@1.0.0?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Fo%2Fquickcheck%400123abcd'
    )
    expect(dependsOn(graph, graph.root.ref)).toEqual([
      'helper@0.1.0',
      'rand@0.8.5',
      'serde@1.0.0',
      'tempfile@3.0.0'
    ])
  })

  it('reads v1 checksums from [metadata]', () => {
    const v1 = `[[package]]\nname = "memchr"\nversion = "2.7.0"\nsource = "${CRATES}"\n\n[metadata]\n"checksum memchr 2.7.0 (${CRATES})" = "${sha('f')}"\n`
    const graph = readTree({ 'Cargo.lock': v1 }, 'Cargo.lock')
    expect(component(graph, 'memchr').hashes).toEqual([
      { algorithm: 'SHA-256', value: sha('f') }
    ])
  })

  it('rejects a checksum that is not SHA-256 hex', () => {
    const text = `[[package]]\nname = "a"\nversion = "1.0.0"\nsource = "${CRATES}"\nchecksum = "abc"\n`
    expectInputError(
      () => readTree({ 'Cargo.lock': text }, 'Cargo.lock'),
      'SBOM_LOCKFILE_INVALID',
      'key package[0].checksum'
    )
  })

  it('rejects an unknown version', () => {
    expectInputError(
      () => readTree({ 'Cargo.lock': 'version = 5\n' }, 'Cargo.lock'),
      'SBOM_LOCKFILE_VERSION',
      'Cargo.lock',
      'line 1'
    )
  })
})
