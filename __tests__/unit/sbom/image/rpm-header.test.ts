import { describe, expect, it } from '@jest/globals'
import {
  findRpmPackages,
  parseRpmHeader,
  RpmHeaderError
} from '../../../../src/lib/sbom/image/rpm-header.js'
import { rpmHeaderBlob } from '../../../helpers/rpm-header.js'

const BASH = rpmHeaderBlob({
  1000: 'bash',
  1001: '5.2.26',
  1002: '3.fc40',
  1003: 1,
  1011: 'Fedora Project',
  1014: 'GPL-3.0-or-later',
  1022: 'x86_64',
  1044: 'bash-5.2.26-3.fc40.src.rpm'
})

describe('rpm headers', () => {
  it('reads name, epoch, version, release, arch, license, vendor and source rpm', () => {
    expect(parseRpmHeader(BASH)).toEqual({
      name: 'bash',
      version: '5.2.26',
      release: '3.fc40',
      epoch: 1,
      arch: 'x86_64',
      license: 'GPL-3.0-or-later',
      vendor: 'Fedora Project',
      sourceRpm: 'bash-5.2.26-3.fc40.src.rpm'
    })
  })

  it('makes OS components: [epoch:]version-release, the epoch a purl qualifier', () => {
    const plain = rpmHeaderBlob({
      1000: 'tzdata',
      1001: '2024a',
      1002: '5.fc40',
      1022: 'noarch'
    })
    const { components, damaged } = findRpmPackages(
      {
        path: 'var/lib/rpm/rpmdb.sqlite',
        headers: [BASH, plain, Uint8Array.from([0, 0, 0, 9, 0, 0, 0, 0])]
      },
      'fedora',
      'fedora-40'
    )
    expect(damaged).toBe(1)
    expect(components.map((c) => [c.name, c.version, c.purl])).toEqual([
      [
        'bash',
        '1:5.2.26-3.fc40',
        'pkg:rpm/fedora/bash@5.2.26-3.fc40?arch=x86_64&distro=fedora-40&epoch=1'
      ],
      [
        'tzdata',
        '2024a-5.fc40',
        'pkg:rpm/fedora/tzdata@2024a-5.fc40?arch=noarch&distro=fedora-40'
      ]
    ])
    expect(components[0]!.kind).toBe('os')
    expect(components[0]!.licenses).toEqual(['GPL-3.0-or-later'])
    expect(components[0]!.properties['provenant:rpm:source']).toBe(
      'bash-5.2.26-3.fc40.src.rpm'
    )
  })

  it('refuses headers whose sizes run past their end, or without a name', () => {
    const cut = BASH.subarray(0, BASH.length - 10)
    expect(() => parseRpmHeader(cut)).toThrow(RpmHeaderError)
    expect(() => parseRpmHeader(rpmHeaderBlob({ 1001: '1' }))).toThrow(
      RpmHeaderError
    )
    expect(() => parseRpmHeader(new Uint8Array(4))).toThrow(RpmHeaderError)
  })
})
