import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/lib/errors.js'
import {
  PROVENANCE_CLAIMS,
  expectedIssuer,
  splitRepository,
  toProvenanceClaims
} from '../../../src/lib/provenance/claims.js'
import { TAG_CLAIMS } from '../../helpers/provenance-claims.js'

describe('toProvenanceClaims', () => {
  it('keeps exactly the claims provenance needs; numbers become strings', () => {
    const claims = toProvenanceClaims({
      ...TAG_CLAIMS,
      run_id: 555,
      aud: 'sigstore',
      actor: 'octocat'
    })
    expect(Object.keys(claims).sort()).toEqual([...PROVENANCE_CLAIMS].sort())
    expect(claims.run_id).toBe('555')
  })

  it('lists every missing claim and says what token is needed', () => {
    const rest: Record<string, string> = { ...TAG_CLAIMS }
    delete rest.sha
    delete rest.job_workflow_ref
    let thrown: unknown
    try {
      toProvenanceClaims({ ...rest, ref: '' })
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(InputError)
    expect(thrown).toMatchObject({ code: 'PROVENANCE_CLAIMS_MISSING' })
    expect((thrown as Error).message).toMatch(/ref, sha, job_workflow_ref/)
    expect((thrown as Error).message).toMatch(/id-token: write/)
  })
})

describe('expectedIssuer', () => {
  it.each([
    [
      'https://github.com',
      undefined,
      'https://token.actions.githubusercontent.com'
    ],
    ['https://octo.ghe.com', undefined, 'https://token.actions.octo.ghe.com'],
    ['https://ghes.example', undefined, 'https://ghes.example/_services/token'],
    ['https://github.com', 'http://127.0.0.1:4000/', 'http://127.0.0.1:4000']
  ])('%s (override %s) -> %s', (server, override, issuer) => {
    expect(expectedIssuer(server, override)).toBe(issuer)
  })
})

describe('splitRepository', () => {
  it('splits owner/name and refuses anything else', () => {
    expect(splitRepository('acme/widget')).toEqual({
      owner: 'acme',
      repo: 'widget'
    })
    expect(() => splitRepository('acme')).toThrow(InputError)
    expect(() => splitRepository('a/b/c')).toThrow(InputError)
  })
})
