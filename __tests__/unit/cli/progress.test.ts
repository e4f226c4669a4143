import { describe, expect, it } from '@jest/globals'
import { createProgress } from '../../../src/cli/progress.js'

function stream(isTTY: boolean) {
  const written: string[] = []
  return {
    written,
    stream: {
      isTTY,
      columns: 30,
      write: (s: string) => written.push(s) > 0
    } as unknown as NodeJS.WriteStream
  }
}

describe('progress', () => {
  it('rewrites one line on a terminal, throttled, and clears it', () => {
    const { written, stream: s } = stream(true)
    let t = 0
    const progress = createProgress(s, () => t)
    progress.report(1, 3, 'a.tgz')
    t = 10
    progress.report(2, 3, 'b.tgz') // too soon: skipped
    t = 200
    progress.report(3, 3, 'a-very-long-name-that-does-not-fit.tgz')
    progress.end()
    expect(written).toEqual([
      '\r\u001b[K[1/3] a.tgz',
      '\r\u001b[K[3/3] a-very-long-name-that-d',
      '\r\u001b[K'
    ])
  })

  it('writes nothing when not a terminal', () => {
    const { written, stream: s } = stream(false)
    const progress = createProgress(s)
    progress.report(1, 1, 'x')
    progress.end()
    expect(written).toEqual([])
  })
})
