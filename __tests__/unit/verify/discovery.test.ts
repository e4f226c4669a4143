import { describe, expect, it } from '@jest/globals'
import {
  checksumTarget,
  classifyName,
  discover,
  signatureFilesFor
} from '../../../src/lib/verify/discovery.js'

describe('discovery', () => {
  it.each([
    ['hello.tar.gz', undefined],
    ['hello.tar.gz.sigstore.json', 'bundle'],
    ['hello.tar.gz.sigstore', 'bundle'],
    ['hello.whl.bundle', 'bundle'],
    ['hello.whl.sig', 'signature'],
    ['hello.whl.crt', 'certificate'],
    ['hello.whl.pem', 'certificate'],
    ['pack.tar.gz.minisig', 'minisig'],
    ['multiple.intoto.jsonl', 'attestations'],
    ['rebuild.intoto.json', 'statement'],
    ['sbom-wheel.spdx.json', 'sbom'],
    ['sbom-source.cyclonedx.json', 'sbom'],
    ['app.cdx.json', 'sbom'],
    ['SHA256SUMS', 'checksums'],
    ['checksums.txt', 'checksums'],
    ['hello_1.0.0_checksums.txt', 'checksums'],
    ['hello.tar.gz.sha256', 'checksums'],
    ['report.json', 'rebuild-report'],
    ['trusted_root.json', 'trust'],
    ['cosign.pub', 'public-key'],
    ['build-provenance.json', 'summary'],
    ['scan-report.json', 'summary'],
    ['scan-report.sarif', 'summary'],
    ['package.json', undefined]
  ])('classifies %s as %s', (name, kind) => {
    expect(classifyName(name)).toBe(kind)
  })

  it('makes every file that is not evidence an asset, and shares the folder evidence', () => {
    const names = [
      'hello.tar.gz',
      'hello.tar.gz.sigstore.json',
      'hello.whl',
      'hello.whl.sig',
      'hello.whl.crt',
      'multiple.intoto.jsonl',
      'sbom-source.cyclonedx.json',
      'SHA256SUMS',
      'report.json',
      'report.md',
      'trusted_root.json',
      '.DS_Store'
    ]
    const found = discover(names)
    expect(found.assets).toEqual(['hello.tar.gz', 'hello.whl'])
    expect(found.folder).toEqual({
      attestations: ['multiple.intoto.jsonl'],
      statements: [],
      sboms: ['sbom-source.cyclonedx.json'],
      checksums: ['SHA256SUMS'],
      rebuildReports: ['report.json'],
      ignored: ['trusted_root.json']
    })
    const set = new Set(names)
    expect(signatureFilesFor('hello.tar.gz', set)).toEqual({
      bundles: ['hello.tar.gz.sigstore.json']
    })
    expect(signatureFilesFor('hello.whl', set)).toEqual({
      bundles: [],
      legacy: { signature: 'hello.whl.sig', certificate: 'hello.whl.crt' }
    })
    expect(signatureFilesFor('SHA256SUMS', set)).toEqual({ bundles: [] })
  })

  it('takes a bundle named after no file here as an attestation (a rebuild verdict)', () => {
    const found = discover([
      'app.tgz',
      'app.tgz.sigstore.json',
      'SHA256SUMS',
      'SHA256SUMS.sigstore.json',
      'rebuild.sigstore.json',
      'gone.whl.bundle'
    ])
    expect(found.assets).toEqual(['app.tgz'])
    expect(found.folder.attestations).toEqual([
      'gone.whl.bundle',
      'rebuild.sigstore.json'
    ])
  })

  it('ties a bare <file>.sha256 to its file', () => {
    expect(checksumTarget('hello.tar.gz.sha256')).toBe('hello.tar.gz')
    expect(checksumTarget('SHA256SUMS')).toBeUndefined()
  })
})
