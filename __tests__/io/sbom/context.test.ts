import { describe, expect, it } from '@jest/globals'
import { readSbomDocumentOptions } from '../../../src/io/sbom/context.js'

const now = new Date('2025-01-02T03:04:05Z')
const read = (env: Record<string, string>) =>
  readSbomDocumentOptions({ env, now: () => now, nodeVersion: 'v24.21.0' })

describe('readSbomDocumentOptions', () => {
  it('takes the time from SOURCE_DATE_EPOCH, else now', () => {
    expect(
      read({ SOURCE_DATE_EPOCH: '1733164473' }).timestamp.toISOString()
    ).toBe('2024-12-02T18:34:33.000Z')
    expect(read({}).timestamp).toBe(now)
    expect(read({ SOURCE_DATE_EPOCH: '' }).timestamp).toBe(now)
  })

  it.each(['-1', '1.5', 'yesterday', '99999999999999'])(
    'rejects SOURCE_DATE_EPOCH=%s, naming it',
    (value) => {
      expect(() => read({ SOURCE_DATE_EPOCH: value })).toThrow(
        expect.objectContaining({
          kind: 'input',
          code: 'SBOM_SOURCE_DATE_EPOCH',
          message: expect.stringContaining(
            'SOURCE_DATE_EPOCH must be a whole number of seconds'
          ) as unknown
        })
      )
    }
  )

  it('describes the runner and Node', () => {
    expect(
      read({
        RUNNER_OS: 'Linux',
        ImageOS: 'ubuntu24',
        ImageVersion: '20250105.1'
      })
    ).toMatchObject({
      toolVersion: '0.1.0',
      environment: {
        runnerOs: 'Linux',
        runnerImage: 'ubuntu24/20250105.1',
        nodeVersion: 'v24.21.0'
      }
    })
    expect(read({}).environment).toEqual({
      runnerOs: undefined,
      runnerImage: undefined,
      nodeVersion: 'v24.21.0'
    })
  })
})
