import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/lib/errors.js'
import { parseReproducibleVerdict } from '../../../src/lib/provenance/verdict.js'
import { buildVerdictStatement } from '../../../src/lib/rebuild/statement.js'
import { sampleReport } from '../../helpers/rebuild-report.js'

const A = 'a'.repeat(64)
const B = 'b'.repeat(64)
const SUBJECTS = [
  { name: 'a.tgz', digest: { sha256: A } },
  { name: 'b.tgz', digest: { sha256: B } }
]
const SOURCE = { input: 'reproducible-verdict', file: 'report.json' }

const statement = (reproducible: unknown, digests: string[]) => ({
  _type: 'https://in-toto.io/Statement/v1',
  subject: digests.map((d, i) => ({ name: `f${i}`, digest: { sha256: d } })),
  predicateType: 'https://provenant.dev/rebuild/v1',
  predicate: { reproducible }
})

/** A real rebuild report (src/lib/rebuild) over released artifacts with these digests. */
const report = (reproducible: boolean, digests: string[]) =>
  sampleReport(
    digests.map((d, i) => ({
      name: `f${i}`,
      status: reproducible ? 'match' : 'mismatch',
      rebuilt: {
        path: `dist/f${i}`,
        sha256: reproducible ? d : 'f'.repeat(64),
        size: 1
      },
      reference: { sha256: d, size: 1 }
    }))
  )

const bundleOf = (inner: object) => ({
  mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
  dsseEnvelope: {
    payloadType: 'application/vnd.in-toto+json',
    payload: Buffer.from(JSON.stringify(inner)).toString('base64'),
    signatures: []
  }
})

describe('parseReproducibleVerdict', () => {
  it.each([
    ['a report saying true', { reproducible: true, artifacts: [] }, true],
    ['a report saying false', { reproducible: false }, false],
    [
      'a report comparing every subject',
      report(true, [A, B, 'c'.repeat(64)]),
      true
    ],
    ['a report comparing other artifacts', report(true, [A]), false],
    ['a failed report', report(false, [A, B]), false],
    ['a statement covering every subject', statement(true, [A, B]), true],
    ['a statement with no subjects', statement(true, []), true],
    ['a statement saying false', statement(false, [A, B]), false],
    ['a statement saying "true" as text', statement('true', [A, B]), false],
    ['a statement about other artifacts', statement(true, [A]), false],
    [
      'a bundle of a covering statement',
      bundleOf(statement(true, [B, A])),
      true
    ],
    [
      'a bundle of a statement about others',
      bundleOf(statement(true, ['c'.repeat(64)])),
      false
    ],
    [
      'the rebuild’s own statement',
      buildVerdictStatement(report(true, [A, B])),
      true
    ],
    [
      'the rebuild’s own failed statement',
      buildVerdictStatement(report(false, [A, B])),
      false
    ]
  ])('%s -> %s', (_, document, reproducible) => {
    const verdict = parseReproducibleVerdict(document, SOURCE, SUBJECTS)
    expect(verdict.reproducible).toBe(reproducible)
    expect(verdict.reason).toMatch(/report.json/)
  })

  it.each([[{ ok: true }], [[true]], ['reproducible']])(
    'refuses %j, naming the input',
    (document) => {
      let thrown: unknown
      try {
        parseReproducibleVerdict(document, SOURCE, SUBJECTS)
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(InputError)
      expect(thrown).toMatchObject({ code: 'PROVENANCE_VERDICT_FORMAT' })
      expect((thrown as Error).message).toMatch(/^input "reproducible-verdict"/)
    }
  )
})
