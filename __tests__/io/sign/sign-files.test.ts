import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  writeFile
} from 'node:fs/promises'
import { workspaceFence } from '../../../src/io/fs/path-fence.js'
import os from 'node:os'
import path from 'node:path'
import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it
} from '@jest/globals'
import type { SignFilesDeps } from '../../../src/io/sign/sign-files.js'
import { signFiles } from '../../../src/io/sign/sign-files.js'
import {
  InputErrors,
  ServiceError,
  VerificationError
} from '../../../src/lib/errors.js'
import { parseSignInputs } from '../../../src/lib/sign/inputs.js'
import type { LocalStack } from '../../../src/local/stack.js'
import { startLocalStack } from '../../../src/local/stack.js'
import { withEnv } from '../../helpers/env.js'
import { verifyWithTrustedRootFile } from '../../helpers/sigstore-verify.js'
import { recordingLogger } from '../../helpers/logger.js'
import { LOOPBACK_NO_PROXY } from './support.js'

describe('signFiles (the action and CLI core)', () => {
  let stack: LocalStack
  let trustDir: string
  let trust: { trustedRoot: string; signingConfig: string }
  let ws: string
  let restoreEnv: () => void

  beforeAll(async () => {
    restoreEnv = withEnv(LOOPBACK_NO_PROXY)
    stack = await startLocalStack()
    trustDir = await mkdtemp(path.join(os.tmpdir(), 'provenant-trust-'))
    trust = await stack.writeTrust(trustDir)
  })

  afterAll(async () => {
    await stack.close()
    await rm(trustDir, { recursive: true, force: true })
    restoreEnv()
  })

  beforeEach(async () => {
    ws = await mkdtemp(path.join(os.tmpdir(), 'provenant-ws-'))
    await mkdir(path.join(ws, 'dist/sub'), { recursive: true })
    await writeFile(path.join(ws, 'dist/a.tgz'), 'a\n')
    await writeFile(path.join(ws, 'dist/b.whl'), 'b\n')
    await writeFile(path.join(ws, 'dist/sub/c.txt'), 'c\n')
    await writeFile(path.join(ws, 'README.md'), 'r\n')
  })

  const tree = async (): Promise<string[]> =>
    (await readdir(ws, { recursive: true })).map(String).sort()
  const inputs = (values: Record<string, string>) =>
    parseSignInputs(
      (name) =>
        ({
          'fulcio-url': stack.fulcioUrl,
          'rekor-url': stack.rekorUrl,
          'tsa-url': stack.tsaUrl,
          'max-attempts': '2',
          ...values
        })[name]
    )
  const deps = (overrides: Partial<SignFilesDeps> = {}): SignFilesDeps => ({
    fence: workspaceFence(ws),
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: stack.oidc.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.oidc.requestToken
    },
    visibility: 'public',
    logger: recordingLogger(),
    onSecret: () => undefined,
    environment: { sleep: () => Promise.resolve() },
    ...overrides
  })

  it('signs every match with one certificate and writes bundles, .sig and .crt', async () => {
    const before = stack.sigstore.fulcio.server.served.length
    const secrets: string[] = []
    const result = await signFiles(
      inputs({
        files: 'dist/**/* README.md dist/a.tgz',
        'legacy-sig': 'true',
        'trusted-root': trust.trustedRoot
      }),
      deps({ onSecret: (s) => secrets.push(s) })
    )
    expect(stack.sigstore.fulcio.server.served.length - before).toBe(1)
    expect(result.certificatesIssued).toBe(1)
    expect(secrets).toHaveLength(1)
    expect(result.identity).toBe(
      `https://github.com/${stack.oidc.claims.job_workflow_ref}`
    )
    expect(result.issuer).toBe(stack.oidc.url)
    expect(result.files.map((f) => f.relativePath)).toEqual([
      'README.md',
      'dist/a.tgz',
      'dist/b.whl',
      'dist/sub/c.txt'
    ])
    expect(await tree()).toEqual(
      [
        'README.md',
        'README.md.crt',
        'README.md.sig',
        'README.md.sigstore.json',
        'dist',
        'dist/a.tgz',
        'dist/a.tgz.crt',
        'dist/a.tgz.sig',
        'dist/a.tgz.sigstore.json',
        'dist/b.whl',
        'dist/b.whl.crt',
        'dist/b.whl.sig',
        'dist/b.whl.sigstore.json',
        'dist/sub',
        'dist/sub/c.txt',
        'dist/sub/c.txt.crt',
        'dist/sub/c.txt.sig',
        'dist/sub/c.txt.sigstore.json'
      ].sort()
    )
    for (const f of result.files) {
      const json = JSON.parse(await readFile(f.bundle, 'utf8')) as unknown
      await verifyWithTrustedRootFile(
        trust.trustedRoot,
        json,
        await readFile(f.file),
        {
          subjectAlternativeName: result.identity!,
          extensions: { issuer: result.issuer! }
        }
      )
      expect(f.verifyCommands[1]).toBe(
        `cosign verify-blob --bundle ${path.basename(f.bundle)} --certificate-identity ${result.identity} --certificate-oidc-issuer ${result.issuer} --certificate-github-workflow-repository provenant-demo/hello --trusted-root ${trust.trustedRoot} ${path.basename(f.file)}`
      )
    }

    // A re-run signs the same four files, not their signatures.
    const again = await signFiles(inputs({ files: '**/*' }), deps())
    expect(again.files).toHaveLength(4)
  })

  it('writes into output-dir and reads services from a signing config', async () => {
    const result = await signFiles(
      parseSignInputs(
        (name) =>
          ({
            files: 'dist/*',
            'output-dir': 'out/sigs',
            'signing-config': trust.signingConfig
          })[name]
      ),
      deps()
    )
    expect(result.instance).toBe('custom')
    expect(result.files.map((f) => path.relative(ws, f.bundle))).toEqual([
      'out/sigs/a.tgz.sigstore.json',
      'out/sigs/b.whl.sigstore.json'
    ])
    const bundle = JSON.parse(
      await readFile(result.files[0]!.bundle, 'utf8')
    ) as {
      verificationMaterial: {
        tlogEntries: unknown[]
        timestampVerificationData: { rfc3161Timestamps: unknown[] }
      }
    }
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1)
    expect(
      bundle.verificationMaterial.timestampVerificationData.rfc3161Timestamps
    ).toHaveLength(1)
  })

  it.each([
    [{ files: 'nothing/*' }, ['SIGN_NO_MATCH']],
    [{ files: '../outside.txt' }, ['SIGN_PATH_OUTSIDE_WORKSPACE']],
    [
      { files: 'dist/a.tgz nothing/* /etc/passwd' },
      ['SIGN_NO_MATCH', 'SIGN_PATH_OUTSIDE_WORKSPACE']
    ],
    [
      { files: 'dist/**/*', 'output-dir': 'out', 'legacy-sig': 'true' },
      ['SIGN_OUTPUT_COLLISION']
    ]
  ])('refuses %j before signing anything', async (values, codes) => {
    if ((values as Record<string, string>)['output-dir'])
      await writeFile(path.join(ws, 'dist/sub/a.tgz'), 'other a\n')
    const before = await tree()
    const served = stack.sigstore.fulcio.server.served.length
    const error = await signFiles(inputs(values), deps()).catch(
      (e: unknown) => e
    )
    const problems = error instanceof InputErrors ? error.problems : [error]
    expect(problems.map((p) => (p as { code: string }).code)).toEqual(codes)
    expect(await tree()).toEqual(before)
    expect(stack.sigstore.fulcio.server.served.length).toBe(served)
  })

  it('refuses a symlink that leads out of the workspace', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'provenant-outside-'))
    await writeFile(path.join(outside, 'secret'), 's')
    await symlink(path.join(outside, 'secret'), path.join(ws, 'dist/link'))
    const error = await signFiles(inputs({ files: 'dist/*' }), deps()).catch(
      (e: unknown) => e
    )
    await rm(outside, { recursive: true, force: true })
    expect((error as InputErrors).problems.map((p) => p.code)).toEqual([
      'SIGN_PATH_OUTSIDE_WORKSPACE'
    ])
  })

  it('with allow-empty, an empty match signs nothing and succeeds', async () => {
    const logger = recordingLogger()
    const result = await signFiles(
      inputs({ files: 'none/*', 'allow-empty': 'true' }),
      deps({ logger })
    )
    expect(result.files).toEqual([])
    expect(logger.lines.join('\n')).toMatch(/"none\/\*" matches no file/)
  })

  it('writes nothing when a later file fails: no partial output', async () => {
    const before = await tree()
    const logger = recordingLogger()
    const info = logger.info.bind(logger)
    logger.info = (message) => {
      info(message)
      if (message.startsWith('signed ')) {
        stack.sigstore.rekor.server.faults.inject({
          route: '/api/v1/log/entries',
          kind: 'status',
          status: 503,
          times: 2
        })
      }
    }
    const error = await signFiles(
      inputs({ files: 'dist/**/*', concurrency: '1', 'legacy-sig': 'true' }),
      deps({ logger })
    ).catch((e: unknown) => e)
    expect(stack.sigstore.rekor.server.faults.pending).toBe(0)
    expect(error).toBeInstanceOf(ServiceError)
    expect((error as Error).message).toMatch(
      /^Rekor \(.*\) failed after 2 attempts: HTTP 503/
    )
    expect(logger.lines.filter((l) => l.startsWith('signed '))).toHaveLength(1)
    expect(await tree()).toEqual(before)
  })

  it('verifies against trusted-root before writing: a root of another instance fails the run', async () => {
    const other = await startLocalStack()
    const otherDir = await mkdtemp(path.join(os.tmpdir(), 'provenant-other-'))
    const otherRoot = (await other.writeTrust(otherDir)).trustedRoot
    await other.close()
    const before = await tree()
    const error = await signFiles(
      inputs({ files: 'dist/a.tgz', 'trusted-root': otherRoot }),
      deps()
    ).catch((e: unknown) => e)
    await rm(otherDir, { recursive: true, force: true })
    expect(error).toBeInstanceOf(VerificationError)
    expect((error as VerificationError).code).toBe('SIGN_SELF_CHECK_FAILED')
    expect((error as Error).message).toMatch(
      /does not verify against .*trusted_root.json/
    )
    expect(await tree()).toEqual(before)
  })

  it('never lets a token into an error message', async () => {
    const token = await stack.oidc.mintToken('wrong-audience')
    const secrets: string[] = []
    const error = await signFiles(
      inputs({ files: 'dist/a.tgz', 'identity-token': token }),
      deps({ onSecret: (s) => secrets.push(s) })
    ).catch((e: unknown) => e)
    expect(secrets).toEqual([token])
    expect((error as ServiceError).code).toBe('SERVICE_FULCIO')
    const all: string[] = []
    for (let e: unknown = error; e instanceof Error; e = e.cause)
      all.push(e.message, e.stack ?? '')
    expect(all.join('\n')).not.toContain(token)
    expect(all.join('\n')).not.toContain(token.split('.')[2])
  })
})
