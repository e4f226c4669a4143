import { describe, expect, it } from '@jest/globals'
import type { PlannedPredicate } from '../../../src/lib/provenance/plan.js'
import {
  intotoJsonlFile,
  isOwnOutput,
  planStatements,
  toFileName
} from '../../../src/lib/provenance/plan.js'

const subjects = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    name: `f${i}.bin`,
    digest: { sha256: i.toString(16).padStart(64, '0') }
  }))

const PROVENANCE: PlannedPredicate = {
  kind: 'provenance',
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: {}
}
const SBOM: PlannedPredicate = {
  kind: 'sbom',
  predicateType: 'https://cyclonedx.org/bom',
  predicate: {}
}

describe('planStatements', () => {
  it('one statement per predicate for a small set', () => {
    const plan = planStatements(subjects(3), [PROVENANCE, SBOM], {
      singleSubject: false,
      bundleName: 'provenance'
    })
    expect(plan.map((p) => [p.bundleFile, p.statement.subject.length])).toEqual(
      [
        ['provenance.sigstore.json', 3],
        ['provenance.sbom.sigstore.json', 3]
      ]
    )
  })

  it('splits 2,000 subjects into numbered statements with every subject once', () => {
    const all = subjects(2000)
    const plan = planStatements(all, [PROVENANCE], {
      singleSubject: false,
      bundleName: 'rel'
    })
    expect(plan.map((p) => p.bundleFile)).toEqual([
      'rel-1.sigstore.json',
      'rel-2.sigstore.json'
    ])
    expect(plan.flatMap((p) => p.statement.subject)).toEqual(all)
    for (const p of plan)
      expect(p.statement.subject.length).toBeLessThanOrEqual(1000)
  })

  it('single-subject: one statement per subject and predicate, names from subjects', () => {
    const plan = planStatements(
      [
        { name: 'dist/app.tgz', digest: { sha256: 'a' } },
        { name: 'dist_app.tgz', digest: { sha256: 'b' } }
      ],
      [PROVENANCE, SBOM],
      { singleSubject: true, bundleName: 'provenance' }
    )
    expect(plan.map((p) => p.bundleFile)).toEqual([
      'dist_app.tgz.provenance.sigstore.json',
      'dist_app.tgz.provenance-2.sigstore.json',
      'dist_app.tgz.sbom.sigstore.json',
      'dist_app.tgz.sbom-2.sigstore.json'
    ])
    expect(plan.every((p) => p.statement.subject.length === 1)).toBe(true)
  })

  it('names the JSON-lines file and knows its own outputs', () => {
    expect(intotoJsonlFile('provenance')).toBe('provenance.intoto.jsonl')
    expect(isOwnOutput('provenance.intoto.jsonl')).toBe(true)
    expect(isOwnOutput('a.tgz.sigstore.json')).toBe(true)
    expect(isOwnOutput('build-provenance.json')).toBe(true)
    expect(isOwnOutput('a.tgz')).toBe(false)
  })

  it.each([
    ['app.tgz', 'app.tgz'],
    ['../x/y z', '.._x_y_z'],
    ['..', '_'],
    ['', '_']
  ])('toFileName(%j) = %j', (name, file) => {
    expect(toFileName(name)).toBe(file)
  })
})
