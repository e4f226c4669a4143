/** The verdict statement: in-toto v1, subjects, and the provenance action reading it. */
import { describe, expect, it } from '@jest/globals'
import { parseReproducibleVerdict } from '../../../src/lib/provenance/verdict.js'
import {
  buildVerdictStatement,
  REBUILD_PREDICATE_TYPE
} from '../../../src/lib/rebuild/statement.js'
import { sampleReport } from '../../helpers/rebuild-report.js'

const match = (name: string, c: string) => ({
  name,
  status: 'match' as const,
  rebuilt: { path: `dist/${name}`, sha256: c.repeat(64) },
  reference: { sha256: c.repeat(64) }
})

describe('buildVerdictStatement', () => {
  it('is an in-toto Statement v1 about the released artifacts', () => {
    const statement = buildVerdictStatement(sampleReport())
    expect(statement._type).toBe('https://in-toto.io/Statement/v1')
    expect(statement.predicateType).toBe(REBUILD_PREDICATE_TYPE)
    expect(REBUILD_PREDICATE_TYPE).toBe('https://provenant.dev/rebuild/v1')
    // reference digests only: an extra rebuilt file is no released artifact
    expect(statement.subject).toEqual([
      { name: 'BUILD_INFO', digest: { sha256: '2'.repeat(64) } },
      { name: 'app.whl', digest: { sha256: '3'.repeat(64) } }
    ])
    expect(statement.predicate).toMatchObject({
      reproducible: false,
      verdict: 'not-reproducible',
      source: {
        repository: 'https://github.com/acme/app',
        commit: 'c'.repeat(40),
        committerTime: 1704067200
      },
      build: {
        command: 'make dist',
        environment: { SOURCE_DATE_EPOCH: '1704067200' },
        tools: { node: 'v24.21.0' }
      },
      rebuilder: {
        id: 'https://github.com/acme/app/actions/runs/1/attempts/1'
      },
      reference: { kind: 'release', tag: 'v1.0.0' },
      artifacts: [
        { name: 'BUILD_INFO', result: 'mismatch', categories: ['timestamps'] },
        { name: 'app.whl', result: 'match' },
        { name: 'notes.txt', result: 'extra' }
      ]
    })
    expect(statement.predicate.reference).not.toHaveProperty('ignored')
  })

  it('is the verdict the provenance action reads: reproducible for the artifacts it names', () => {
    const statement = buildVerdictStatement(
      sampleReport([match('a.whl', 'a'), match('b.tgz', 'b')])
    )
    const source = {
      input: 'reproducible-verdict',
      file: 'rebuild.intoto.json'
    }
    const subject = (c: string) => ({
      name: 'x',
      digest: { sha256: c.repeat(64) }
    })
    expect(
      parseReproducibleVerdict(statement, source, [subject('a'), subject('b')])
        .reproducible
    ).toBe(true)
    expect(
      parseReproducibleVerdict(statement, source, [subject('f')]).reproducible
    ).toBe(false)
    const failed = buildVerdictStatement(sampleReport())
    expect(
      parseReproducibleVerdict(failed, source, [subject('3')]).reproducible
    ).toBe(false)
    expect(
      parseReproducibleVerdict(
        sampleReport(),
        { ...source, file: 'report.json' },
        []
      ).reproducible
    ).toBe(false)
  })
})
