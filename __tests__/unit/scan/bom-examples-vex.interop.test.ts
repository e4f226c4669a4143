/**
 * CycloneDX/bom-examples VEX cases (../shared/osv/vex/cyclonedx): each
 * case gives the statuses its README describes, product by product and
 * version by version. BOM-Link refs resolve against the serial number of
 * the case's bom-N.json.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { readVexDocument } from '../../../src/lib/scan/vex.js'
import { findVexStatement } from '../../../src/lib/scan/vex-match.js'
import { SHARED_DIR } from '../../helpers/repo.js'

const ROOT = path.join(
  SHARED_DIR,
  'osv',
  'vex',
  'cyclonedx',
  'bom-examples',
  'VEX'
)
const json = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<
    string,
    unknown
  >
const serialOf = (bom: string): string => json(bom).serialNumber as string

const LOG4J = 'CVE-2021-44228'
const JACKSON = 'CVE-2020-25649'
const RIPPLE20 = Array.from({ length: 19 }, (_, i) => `CVE-2020-${11896 + i}`)

/** [case file, product bom-ref, product version, the product's BOM (for BOM-Links), vulnerability, status or undefined] */
type Row = [
  string,
  string,
  string,
  string | undefined,
  string,
  string | undefined
]

const ROWS: Row[] = [
  [
    'CISA-Use-Cases/Case-1/vex-affected.json',
    'product-DEF',
    '1.0',
    undefined,
    LOG4J,
    'affected'
  ],
  [
    'CISA-Use-Cases/Case-1/vex-fixed.json',
    'product-DEF',
    '1.1',
    undefined,
    LOG4J,
    'fixed'
  ],
  [
    'CISA-Use-Cases/Case-1/vex-not_affected.json',
    'product-ABC',
    '1.0',
    undefined,
    LOG4J,
    'not_affected'
  ],
  [
    'CISA-Use-Cases/Case-1/vex-under_investigation.json',
    'product-GHI',
    '1.0',
    undefined,
    LOG4J,
    'under_investigation'
  ],
  ...RIPPLE20.map((id): Row => [
    'CISA-Use-Cases/Case-2/vex.json',
    'product-ABC',
    '4.2',
    undefined,
    id,
    'not_affected'
  ]),
  ...(
    [
      ['CVE-2020-11897', 'not_affected'],
      ['CVE-2020-11902', 'not_affected'],
      ['CVE-2020-11899', 'not_affected'],
      ['CVE-2020-11905', 'not_affected'],
      ['CVE-2020-11906', 'not_affected'],
      ['CVE-2020-11913', 'not_affected'],
      ['CVE-2020-11898', 'affected'],
      ['CVE-2020-11907', 'affected'],
      ['CVE-2020-11909', 'affected'],
      ['CVE-2020-11910', 'affected'],
      ['CVE-2020-11911', 'affected'],
      ['CVE-2020-11896', 'under_investigation'],
      ['CVE-2020-11900', 'under_investigation'],
      ['CVE-2020-11904', 'under_investigation'],
      ['CVE-2020-11903', 'under_investigation'],
      ['CVE-2020-11908', 'under_investigation'],
      ['CVE-2020-11901', 'fixed'],
      ['CVE-2020-11912', 'fixed'],
      ['CVE-2020-11914', 'fixed']
    ] as const
  ).map(([id, status]): Row => [
    'CISA-Use-Cases/Case-3/vex.json',
    'product-GHI',
    '17.4',
    undefined,
    id,
    status
  ]),
  ...(['2.4', '2.6', '2.9', '3.0', '4.1'] as const).map((v): Row => [
    'CISA-Use-Cases/Case-4/vex.json',
    'product-ABC',
    v,
    undefined,
    LOG4J,
    'affected'
  ]),
  [
    'CISA-Use-Cases/Case-4/vex.json',
    'product-ABC',
    '2.5',
    undefined,
    LOG4J,
    undefined
  ],
  [
    'CISA-Use-Cases/Case-4/vex.json',
    'product-ABC',
    '4.2',
    undefined,
    LOG4J,
    undefined
  ],
  [
    'CISA-Use-Cases/Case-5/vex.json',
    'product-XYZ',
    '9.9',
    undefined,
    LOG4J,
    'under_investigation'
  ],
  ...(
    [
      ['1.0', 'not_affected'],
      ['2.3', 'not_affected'],
      ['2.4', 'affected'],
      ['2.5', 'not_affected'],
      ['2.6', 'affected'],
      ['2.7', 'not_affected'],
      ['2.8', 'not_affected'],
      ['3.5', 'affected'],
      ['4.1', 'affected']
    ] as const
  ).map(([v, status]): Row => [
    'CISA-Use-Cases/Case-6/vex.json',
    'product-ABC',
    v,
    undefined,
    LOG4J,
    status
  ]),
  ...(
    [
      ['product-ABC', '2.5', 'not_affected'],
      ['product-ABC', '3.0', 'affected'],
      ['product-JKL', '4.4', 'not_affected'],
      ['product-JKL', '4.5', 'affected'],
      ['product-JKL', '5.0', 'affected'],
      ['product-JKL', '5.1', 'fixed']
    ] as const
  ).map(([p, v, status]): Row => [
    'CISA-Use-Cases/Case-7/vex.json',
    p,
    v,
    `CISA-Use-Cases/Case-7/bom-${p === 'product-ABC' ? 1 : 2}.json`,
    LOG4J,
    status
  ]),
  ...(
    [
      [LOG4J, '5.1', 'fixed'],
      ['CVE-2021-45105', '5.1', 'affected'],
      ['CVE-2021-45105', '5.2', 'fixed'],
      ['CVE-2021-45105', '4.5', 'affected']
    ] as const
  ).map(([id, v, status]): Row => [
    'CISA-Use-Cases/Case-8/vex.json',
    'product-JKL',
    v,
    'CISA-Use-Cases/Case-8/bom-2.json',
    id,
    status
  ]),
  [
    'Use-Cases/Case-1/vex.json',
    'acme-product',
    '2.4.0',
    undefined,
    JACKSON,
    'not_affected'
  ],
  [
    'Use-Cases/Case-2/vex.json',
    'acme-product',
    '2.4.0',
    undefined,
    JACKSON,
    'affected'
  ],
  [
    'Use-Cases/Case-3/vex.json',
    'acme-product',
    '2.4.0',
    undefined,
    JACKSON,
    'under_investigation'
  ],
  [
    'Use-Cases/Case-4/vex.json',
    'acme-product',
    '2.3.0',
    undefined,
    JACKSON,
    'not_affected'
  ],
  [
    'Use-Cases/Case-4/vex.json',
    'acme-product',
    '2.5.0',
    undefined,
    JACKSON,
    undefined
  ],
  [
    'Use-Cases/Case-5/vex.json',
    'acme-product',
    '1.4.9',
    undefined,
    JACKSON,
    'not_affected'
  ],
  [
    'Use-Cases/Case-5/vex.json',
    'acme-product',
    '1.5.0',
    undefined,
    JACKSON,
    'affected'
  ],
  [
    'Use-Cases/Case-5/vex.json',
    'acme-product',
    '6.9.9',
    undefined,
    JACKSON,
    'affected'
  ],
  [
    'Use-Cases/Case-5/vex.json',
    'acme-product',
    '7.0.0',
    undefined,
    JACKSON,
    'not_affected'
  ],
  ...[1, 2, 3].map((n): Row => [
    'Use-Cases/Case-6/vex.json',
    `acme-product-${n}`,
    '1.0.0',
    `Use-Cases/Case-6/bom-${n}.json`,
    JACKSON,
    'not_affected'
  ]),
  [
    'Use-Cases/Case-6/vex.json',
    'acme-product-1',
    '1.0.0',
    'Use-Cases/Case-13/bom-3.json',
    JACKSON,
    undefined
  ],
  [
    'Use-Cases/Case-7/vex.json',
    'any-product',
    '3.1.4',
    undefined,
    JACKSON,
    'not_affected'
  ],
  ...(
    [
      ['2.0.0', 'not_affected'],
      ['2.7.0', 'not_affected'],
      ['2.8.0', undefined],
      ['3.1.0', 'not_affected'],
      ['3.5.0', undefined],
      ['4.0.0', 'not_affected'],
      ['5.9.0', 'not_affected'],
      ['6.0.0', undefined]
    ] as const
  ).map(([v, status]): Row => [
    'Use-Cases/Case-8/vex.json',
    'acme-product',
    v,
    undefined,
    JACKSON,
    status
  ]),
  ...[1, 2, 3].flatMap((n) =>
    RIPPLE20.map((id): Row => [
      'Use-Cases/Case-9/vex.json',
      `acme-product-${n}`,
      '1.0.0',
      `Use-Cases/Case-9/bom-${n}.json`,
      id,
      'not_affected'
    ])
  ),
  ...(['2.2.0', '2.3.4', '2.4.0'] as const).map((v): Row => [
    'Use-Cases/Case-10/vex.json',
    'acme-product',
    v,
    undefined,
    JACKSON,
    'not_affected'
  ]),
  [
    'Use-Cases/Case-10/vex.json',
    'acme-product',
    '2.5.0',
    undefined,
    JACKSON,
    undefined
  ],
  ...RIPPLE20.map((id): Row => [
    'Use-Cases/Case-11/vex.json',
    'acme-product',
    '2.2.0',
    undefined,
    id,
    'not_affected'
  ]),
  [
    'Use-Cases/Case-12/vex.json',
    'acme-product',
    '2.2.0',
    undefined,
    JACKSON,
    'not_affected'
  ],
  [
    'Use-Cases/Case-12/vex.json',
    'acme-product',
    '2.2.0',
    undefined,
    'CVE-2020-14195',
    'not_affected'
  ],
  [
    'Use-Cases/Case-12/vex.json',
    'acme-product',
    '2.2.0',
    undefined,
    'CVE-2020-35491',
    'affected'
  ],
  [
    'Use-Cases/Case-13/vex.json',
    'acme-product-1',
    '1.0.0',
    'Use-Cases/Case-13/bom-1.json',
    JACKSON,
    'not_affected'
  ],
  [
    'Use-Cases/Case-13/vex.json',
    'acme-product-2',
    '1.0.0',
    'Use-Cases/Case-13/bom-2.json',
    JACKSON,
    'not_affected'
  ],
  [
    'Use-Cases/Case-13/vex.json',
    'acme-product-3',
    '1.0.0',
    'Use-Cases/Case-13/bom-3.json',
    JACKSON,
    'affected'
  ]
]

describe('CycloneDX bom-examples VEX cases', () => {
  it.each(ROWS)(
    '%s: %s %s (%s) %s -> %s',
    (file, ref, version, bom, vulnerability, status) => {
      const statements = readVexDocument(json(file), file)
      const found = findVexStatement(statements, {
        ids: [vulnerability],
        component: {
          ref: 'vulnerable-lib',
          purl: 'pkg:maven/org.example/vulnerable-lib@1.0.0',
          version: '1.0.0'
        },
        product: { ref, name: ref, version },
        ...(bom ? { serialNumber: serialOf(bom) } : {})
      })
      expect(found?.status).toBe(status)
    }
  )

  it('covers every case folder that has a VEX document', () => {
    const cases = new Set(ROWS.map((r) => path.dirname(r[0])))
    expect(cases.size).toBe(8 + 13)
  })
})
