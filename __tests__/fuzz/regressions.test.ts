/**
 * Every input the fuzzer found a bug with (fuzz/regressions/<target>/) is
 * replayed through its target: each must now be read, or refused cleanly
 * with a short message. `npm run fuzz` finds them; this keeps them fixed.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { judge, loadTarget, REGRESSIONS } from '../../fuzz/judge.js'

const cases = readdirSync(REGRESSIONS).flatMap((target) =>
  readdirSync(path.join(REGRESSIONS, target)).map((file) => [target, file])
)

describe('fuzz regressions', () => {
  it('has regression files to replay', () => {
    expect(cases.length).toBeGreaterThan(0)
  })

  it.each(cases)('%s: %s is read or refused cleanly', async (target, file) => {
    const input = readFileSync(path.join(REGRESSIONS, target, file))
    expect(await judge(await loadTarget(target), input)).toBeUndefined()
  })
})
