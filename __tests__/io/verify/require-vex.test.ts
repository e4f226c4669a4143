/**
 * `verify --require vex` on the local stack: every HIGH/CRITICAL finding of
 * the shipped SBOM (minimist 1.2.5, GHSA-xvch-5gv4-984h, CRITICAL) must be
 * covered by an OpenVEX attestation whose signature holds and whose signer
 * is the policy's identity; an unsigned VEX file or one signed by another
 * workflow covers nothing, and no finding at all passes.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { loadVexContext } from '../../../src/io/verify/vex-context.js'
import { recordingLogger } from '../../helpers/logger.js'
import {
  artifactOf,
  TAR,
  useRoundTrip
} from '../../helpers/verify-round-trip.js'
import { createReleaseSigner } from '../../helpers/local-release.js'
import { LODASH, MINIMIST, MINIMIST_VEX } from '../../helpers/scan-workspace.js'
import { writeJson } from '../../helpers/verify-fixtures.js'

const sbomWith = (name: string, version: string): object => ({
  bomFormat: 'CycloneDX',
  specVersion: '1.6',
  version: 1,
  metadata: {},
  components: [
    {
      type: 'library',
      name,
      version,
      purl: `pkg:npm/${name}@${version}`
    }
  ]
})

describe('verify --require vex', () => {
  const ctx = useRoundTrip()

  async function release(
    sbom: object,
    vex?: (statement: object) => Promise<object>
  ): Promise<string> {
    const dir = await ctx.copy()
    await writeJson(path.join(dir, 'sbom-source.cyclonedx.json'), sbom)
    if (vex) {
      const statement = {
        _type: 'https://in-toto.io/Statement/v1',
        subject: ctx.release.subjects,
        predicateType: 'https://openvex.dev/ns/v0.2.0',
        predicate: MINIMIST_VEX
      }
      await writeFile(
        path.join(dir, 'vex.intoto.jsonl'),
        `${JSON.stringify(await vex(statement))}\n`
      )
    }
    return dir
  }

  async function verify(dir: string) {
    const db = path.join(ctx.tmp, 'osv')
    await mkdir(db, { recursive: true })
    await writeJson(path.join(db, `${MINIMIST.id}.json`), MINIMIST)
    await writeJson(path.join(db, `${LODASH.id}.json`), LODASH)
    const report = await ctx.verify(
      dir,
      ctx.policy({ require: 'signature,vex', db, offline: 'true' }),
      [dir],
      { XDG_CACHE_HOME: path.join(ctx.tmp, 'cache') }
    )
    return artifactOf(report, TAR).checks.vex
  }

  it('fails a finding no VEX covers, naming it', async () => {
    const row = await verify(await release(sbomWith('minimist', '1.2.5')))
    expect(row).toMatchObject({
      status: 'fail',
      code: 'VERIFY_VEX_UNCOVERED',
      reason: expect.stringContaining(
        'GHSA-xvch-5gv4-984h (critical) in pkg:npm/minimist@1.2.5'
      )
    })
  })

  it('passes when an OpenVEX attestation signed by the policy’s identity covers it', async () => {
    const row = await verify(
      await release(sbomWith('minimist', '1.2.5'), (s) => ctx.signer.attest(s))
    )
    expect(row).toMatchObject({
      status: 'pass',
      reason: expect.stringContaining('covered by signed VEX (')
    })
  })

  it('does not count VEX signed by another workflow', async () => {
    const other = createReleaseSigner(ctx.stack, {
      job_workflow_ref: 'mallory/evil/.github/workflows/vex.yml@refs/heads/main'
    })
    const row = await verify(
      await release(sbomWith('minimist', '1.2.5'), (s) => other.attest(s))
    )
    expect(row).toMatchObject({
      status: 'fail',
      code: 'VERIFY_VEX_UNCOVERED',
      reason: expect.stringMatching(/not counted: .*vex\.intoto\.jsonl/)
    })
  })

  it('does not count an unsigned VEX document shipped beside the release', async () => {
    const dir = await release(sbomWith('minimist', '1.2.5'))
    await writeJson(path.join(dir, 'hello.openvex.json'), MINIMIST_VEX)
    const row = await verify(dir)
    expect(row).toMatchObject({ status: 'fail', code: 'VERIFY_VEX_UNCOVERED' })
  })

  it('passes an SBOM with no HIGH or CRITICAL finding', async () => {
    const row = await verify(await release(sbomWith('lodash', '4.17.21')))
    expect(row).toEqual({
      status: 'pass',
      reason: 'the shipped SBOMs have no HIGH or CRITICAL finding'
    })
  })

  it('is an input error offline without a database', () => {
    expect(() =>
      ctx.verify(
        ctx.release.dir,
        ctx.policy({ require: 'vex', offline: 'true' })
      )
    ).toThrow(/with "offline", give them with "db"/)
  })
})

describe('the VEX context', () => {
  const tmp = mkdtemp(path.join(os.tmpdir(), 'provenant-vex-context-'))
  afterAll(async () => rm(await tmp, { recursive: true, force: true }))

  async function load(parsed?: ReadonlyMap<string, unknown>) {
    const db = path.join(await tmp, 'osv')
    await mkdir(db, { recursive: true })
    await writeJson(path.join(db, `${MINIMIST.id}.json`), MINIMIST)
    return loadVexContext(
      [
        {
          dir: path.join(await tmp, 'no-such-folder'),
          display: 'release',
          sboms: ['sbom.cdx.json'],
          ...(parsed ? { parsed } : {})
        }
      ],
      { databases: [db], osvUrl: 'http://127.0.0.1:9', offline: true },
      {
        cwd: await tmp,
        env: { XDG_CACHE_HOME: path.join(await tmp, 'cache') },
        logger: recordingLogger()
      }
    )
  }

  it('takes the SBOMs verify already parsed, without reading them again', async () => {
    const vex = await load(
      new Map([['sbom.cdx.json', sbomWith('minimist', '1.2.5')]])
    )
    expect(vex.uncovered([]).map((f) => f.id)).toEqual([MINIMIST.id])
  })

  it('reads an SBOM it was not given', async () => {
    await expect(load()).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
