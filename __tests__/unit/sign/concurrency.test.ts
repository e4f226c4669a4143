import { describe, expect, it } from '@jest/globals'
import { mapWithConcurrency } from '../../../src/lib/sign/concurrency.js'

const tick = (): Promise<void> =>
  new Promise((resolve) => setImmediate(resolve))

describe('mapWithConcurrency', () => {
  it('keeps the order and never runs more than the limit', async () => {
    let running = 0
    let most = 0
    const results = await mapWithConcurrency(
      [5, 1, 4, 2, 3, 0, 6],
      3,
      async (n, i) => {
        running += 1
        most = Math.max(most, running)
        for (let t = 0; t < n; t++) await tick()
        running -= 1
        return `${i}:${n}`
      }
    )
    expect(results).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:0', '6:6'])
    expect(most).toBe(3)
  })

  it('starts nothing new after a failure, waits for what runs, throws the first error', async () => {
    const started: number[] = []
    const finished: number[] = []
    const error = await mapWithConcurrency([0, 1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n)
      await tick()
      if (n === 1) throw new Error(`boom ${n}`)
      await tick()
      finished.push(n)
      return n
    }).catch((e: unknown) => e)
    expect(error).toEqual(new Error('boom 1'))
    expect(started).toEqual([0, 1])
    expect(finished).toEqual([0])
  })

  it('handles no items and rejects a bad limit', async () => {
    await expect(
      mapWithConcurrency([], 4, () => Promise.resolve(1))
    ).resolves.toEqual([])
    await expect(
      mapWithConcurrency([1], 0, () => Promise.resolve(1))
    ).rejects.toThrow(RangeError)
  })
})
