/**
 * publish.yml on the local runner for the Python example (python3-build)
 * and the binaries example (a C compiler, no lockfile): each released end to
 * end, its VERIFY.md provenant line passing as written in the downloaded
 * folder, and a flipped byte in any artifact failing it, naming the file.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { LocalStack } from '../../src/local/stack.js'
import { startLocalStack } from '../../src/local/stack.js'
import type { Released } from '../helpers/local-runner.js'
import {
  RELEASE_TIMEOUT_MS,
  provenant,
  provenantLines,
  releaseExample,
  verifyTampered
} from '../helpers/local-runner.js'

const EXAMPLES = [
  {
    example: 'python-package',
    build: 'sh build.sh',
    artifacts: 'dist/*',
    repository: 'acme/pulse',
    artifactsAre: /\.(whl|tar\.gz)$/
  },
  {
    example: 'binaries',
    build: 'sh build.sh',
    artifacts: 'dist/*',
    repository: 'acme/hello',
    artifactsAre: /^hello-linux-/
  }
] as const

describe.each(EXAMPLES)(
  'publish.yml on the local runner ($example)',
  (example) => {
    let stack: LocalStack
    let tmp: string
    let released: Released

    beforeAll(async () => {
      tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-examples-e2e-'))
      stack = await startLocalStack()
      released = await releaseExample({
        ...example,
        stack,
        outDir: path.join(tmp, 'release'),
        inputs: { 'legacy-sig': true }
      })
    }, RELEASE_TIMEOUT_MS)

    afterAll(async () => {
      await stack.close()
      await rm(tmp, { recursive: true, force: true })
    })

    it('runs every job and publishes', () => {
      expect({ result: released.result, log: released.log.slice(-20) }).toEqual(
        {
          result: 'success',
          log: expect.any(Array)
        }
      )
      expect(released.jobs.map((j) => j.result)).toEqual(
        released.jobs.map(() => 'success')
      )
      expect(released.assets).toEqual(
        expect.arrayContaining([
          'VERIFY.md',
          'SHA256SUMS',
          'provenance.intoto.jsonl'
        ])
      )
    })

    it(
      'verifies with the VERIFY.md provenant line, and fails naming any artifact with a byte flipped',
      async () => {
        const [line] = await provenantLines(released.outDir)
        const verified = await provenant(line!, released.outDir)
        expect({ code: verified.code, output: verified.output }).toEqual({
          code: 0,
          output: expect.stringContaining('verified')
        })
        const artifacts = (await readdir(released.outDir)).filter(
          (n) =>
            example.artifactsAre.test(n) &&
            !/\.(sigstore\.json|sig|crt)$/.test(n)
        )
        expect(artifacts.length).toBeGreaterThan(0)
        for (const asset of [...artifacts, 'SHA256SUMS']) {
          const failed = await verifyTampered(
            released.outDir,
            asset,
            line!,
            tmp
          )
          expect({ asset, code: failed.code }).toEqual({ asset, code: 1 })
          expect(failed.output).toContain(asset)
        }
      },
      RELEASE_TIMEOUT_MS
    )
  }
)
