import crypto from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it
} from '@jest/globals'
import { runCli } from '../../../src/cli/main.js'
import type { CliOutput } from '../../../src/cli/output.js'
import type { LocalStack } from '../../../src/local/stack.js'
import { startLocalStack } from '../../../src/local/stack.js'
import { withEnv } from '../../helpers/env.js'
import { verifyWithTrustedRootFile } from '../../helpers/sigstore-verify.js'
import { LOOPBACK_NO_PROXY, verifyKeyedBundle } from './support.js'

function capture(): CliOutput & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return {
    stdout,
    stderr,
    out: (l) => stdout.push(l),
    err: (l) => stderr.push(l)
  }
}

describe('provenant sign and sign-bundle', () => {
  let dir: string
  let cwd: string
  let restoreEnv: () => void

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'provenant-cli-'))
    cwd = process.cwd()
    process.chdir(dir)
    restoreEnv = withEnv({
      ...LOOPBACK_NO_PROXY,
      ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined,
      SIGSTORE_ID_TOKEN: undefined,
      GITHUB_ACTIONS: undefined,
      GITHUB_EVENT_PATH: undefined
    })
  })

  afterEach(async () => {
    process.chdir(cwd)
    restoreEnv()
    await rm(dir, { recursive: true, force: true })
  })

  it('sign --local --json signs with the embedded stack and writes its trusted root beside the bundles', async () => {
    await writeFile('a.txt', 'alpha\n')
    await writeFile('b.txt', 'beta\n')
    const output = capture()
    const code = await runCli(
      [
        'sign',
        'a.txt',
        '--files=b.txt',
        '--local',
        '--json',
        '--legacy-sig',
        '--output-dir',
        'sigs'
      ],
      output
    )
    expect({
      code,
      stderr: output.stderr.filter((l) => /error/i.test(l))
    }).toEqual({ code: 0, stderr: [] })
    const result = JSON.parse(output.stdout.join('\n')) as {
      files: {
        file: string
        bundle: string
        signature: string
        certificate: string
        sha256: string
        verifyCommands: string[]
      }[]
      certificateIdentity: string
      certificateOidcIssuer: string
      certificatesIssued: number
      trustedRoot: string
    }
    expect(result.certificatesIssued).toBe(1)
    expect(result.certificateIdentity).toBe(
      'https://github.com/provenant-demo/hello/.github/workflows/release.yml@refs/heads/main'
    )
    expect(result.certificateOidcIssuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(result.trustedRoot).toBe(
      path.join(await realDir(), 'sigs', 'trusted_root.json')
    )
    expect((await readdir('sigs')).sort()).toEqual([
      'a.txt.crt',
      'a.txt.sig',
      'a.txt.sigstore.json',
      'b.txt.crt',
      'b.txt.sig',
      'b.txt.sigstore.json',
      'trusted_root.json'
    ])
    for (const f of result.files) {
      await verifyWithTrustedRootFile(
        result.trustedRoot,
        JSON.parse(await readFile(f.bundle, 'utf8')),
        await readFile(f.file),
        {
          subjectAlternativeName: result.certificateIdentity,
          extensions: { issuer: result.certificateOidcIssuer }
        }
      )
      expect(f.verifyCommands[0]).toContain(
        '--trusted-root sigs/trusted_root.json'
      )
    }
  })

  it('sign --local --key FILE signs in keyed mode with a key file', async () => {
    await writeFile('a.txt', 'keyed\n')
    const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', {
      namedCurve: 'P-256'
    })
    await writeFile(
      'release.key',
      privateKey.export({ format: 'pem', type: 'sec1' })
    )
    const output = capture()
    const code = await runCli(
      ['sign', 'a.txt', '--local', '--key', 'release.key', '--json'],
      output
    )
    expect(code).toBe(0)
    const result = JSON.parse(output.stdout.join('\n')) as {
      keyed: boolean
      certificateIdentity: null
      trustedRoot: string
      files: { bundle: string; verifyCommands: string[] }[]
    }
    expect(result.keyed).toBe(true)
    expect(result.certificateIdentity).toBeNull()
    expect(result.files[0]!.verifyCommands[0]).toContain('--key key.pub')
    await expect(
      verifyKeyedBundle(
        result.trustedRoot,
        JSON.parse(await readFile(result.files[0]!.bundle, 'utf8')),
        Buffer.from('keyed\n'),
        publicKey
      )
    ).resolves.toBeDefined()
  })

  it.each([
    [['sign'], 2, /nothing to sign: give files \(paths or globs\) or images/],
    [
      ['sign', 'a.txt', '--local', '--fulcio-url', 'https://f'],
      2,
      /--local chooses the instance and the token itself: remove --fulcio-url/
    ],
    [['sign', 'a.txt', '--legacy-sig=perhaps'], 2, /must be true or false/],
    [
      [
        'sign',
        'a.txt',
        '--sigstore',
        'custom',
        '--fulcio-url',
        'https://f',
        '--tsa-url',
        'https://t'
      ],
      2,
      /not a GitHub Actions runner\): pass an OIDC token with --identity-token \(or set SIGSTORE_ID_TOKEN\), sign with your own key with --key FILE/
    ],
    [
      ['sign-bundle', '--bundle', 'x', 'a.txt'],
      2,
      /usage: provenant sign-bundle/
    ],
    [
      ['sign', 'a.txt', '--key', 'missing.pem'],
      2,
      /--key: the value is neither PEM text/
    ]
  ])('%j exits %i', async (argv, exit, message) => {
    await writeFile('a.txt', 'alpha\n')
    const output = capture()
    expect(await runCli(argv, output)).toBe(exit)
    expect(output.stderr.join('\n')).toMatch(message)
    expect((await readdir('.')).sort()).toEqual(['a.txt'])
  })

  describe('sign-bundle (sigstore-conformance protocol)', () => {
    let stack: LocalStack
    let trust: { trustedRoot: string; signingConfig: string }
    let trustDir: string

    beforeAll(async () => {
      stack = await startLocalStack()
      trustDir = await mkdtemp(path.join(os.tmpdir(), 'provenant-conformance-'))
      trust = await stack.writeTrust(trustDir)
    })

    afterAll(async () => {
      await stack.close()
      await rm(trustDir, { recursive: true, force: true })
    })

    it('signs a file into the bundle it is told, with the signing config and trusted root given', async () => {
      await writeFile('a.txt', 'conformance\n')
      const token = await stack.oidc.mintToken('sigstore')
      const output = capture()
      const code = await runCli(
        [
          'sign-bundle',
          '--identity-token',
          token,
          '--bundle',
          'out/a.txt.sigstore.json',
          '--trusted-root',
          trust.trustedRoot,
          '--signing-config',
          trust.signingConfig,
          'a.txt'
        ],
        output
      )
      expect(code).toBe(0)
      const bundle = JSON.parse(
        await readFile('out/a.txt.sigstore.json', 'utf8')
      ) as { mediaType: string }
      expect(bundle.mediaType).toBe(
        'application/vnd.dev.sigstore.bundle.v0.3+json'
      )
      await verifyWithTrustedRootFile(
        trust.trustedRoot,
        bundle,
        Buffer.from('conformance\n'),
        {
          subjectAlternativeName: `https://github.com/${stack.oidc.claims.job_workflow_ref}`,
          extensions: { issuer: stack.oidc.url }
        }
      )
      expect([...output.stdout, ...output.stderr].join('\n')).not.toContain(
        token
      )
    })

    it('--in-toto signs the statement as a DSSE envelope', async () => {
      const statement = {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'a.txt', digest: { sha256: '22'.repeat(32) } }],
        predicateType: 'https://slsa.dev/provenance/v1',
        predicate: { buildDefinition: {} }
      }
      await writeFile('statement.json', JSON.stringify(statement))
      const code = await runCli(
        [
          'sign-bundle',
          '--in-toto',
          '--identity-token',
          await stack.oidc.mintToken('sigstore'),
          '--bundle',
          'statement.sigstore.json',
          '--signing-config',
          trust.signingConfig,
          'statement.json'
        ],
        capture()
      )
      expect(code).toBe(0)
      const bundle = JSON.parse(
        await readFile('statement.sigstore.json', 'utf8')
      ) as { dsseEnvelope: { payloadType: string; payload: string } }
      expect(bundle.dsseEnvelope.payloadType).toBe(
        'application/vnd.in-toto+json'
      )
      expect(
        JSON.parse(
          Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString()
        )
      ).toEqual(statement)
      await expect(
        verifyWithTrustedRootFile(trust.trustedRoot, bundle, undefined, {})
      ).resolves.toBeDefined()
    })

    it('fails without writing when the token is refused', async () => {
      await writeFile('a.txt', 'x')
      const token = await stack.oidc.mintToken('not-sigstore')
      const output = capture()
      const code = await runCli(
        [
          'sign-bundle',
          '--identity-token',
          token,
          '--bundle',
          'a.txt.sigstore.json',
          '--signing-config',
          trust.signingConfig,
          'a.txt'
        ],
        output
      )
      expect(code).toBe(3)
      expect(output.stderr.join('\n')).toMatch(
        /Fulcio \(.*\) refused the request: HTTP 401/
      )
      expect(output.stderr.join('\n')).not.toContain(token)
      expect(await readdir('.')).toEqual(['a.txt'])
    })
  })
})

async function realDir(): Promise<string> {
  const { realpath } = await import('node:fs/promises')
  return realpath('.')
}
