/**
 * The gathered verification corpus (__tests__/fixtures/verify-corpus, see its
 * README.md): real bundles and provenance made by others, each with the
 * verdict its upstream expects. Every case runs the bundled CLI
 * (`node dist/cli/index.js`) offline and must agree: exit 0 for "pass",
 * non-zero for "fail". A usage error (exit 2 naming the usage) never counts
 * as agreement: it means the CLI did not understand the case, not that it
 * rejected the signature.
 *
 *   verify-bundle (sigstore-conformance protocol, docs/cli_protocol.md):
 *     verify-bundle [--staging] --bundle B --certificate-identity ID
 *       --certificate-oidc-issuer URL [--trusted-root F] --offline FILE_OR_DIGEST
 *   verify (slsa-verifier's flags only, as its own tests drive it):
 *     verify ARTIFACT --source-uri S [--source-tag T]
 *       [--source-branch B] --builder-id ID --provenance-path P
 *       [--trusted-root F] --offline --json
 */
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { repoPath } from '../helpers/repo.js'

const CORPUS_DIR = repoPath('__tests__', 'fixtures', 'verify-corpus')
const CLI = repoPath('dist', 'cli', 'index.js')
const CASE_TIMEOUT_MS = 60_000
const EXIT_USAGE = 2
const EXIT_FAIL = 1
/** Node itself failed (a missing or half-written dist/), not the verifier. */
const CRASH = /ERR_MODULE_NOT_FOUND|Cannot find module|node:internal\/modules/

type Source = 'sigstore-conformance' | 'sigstore-js' | 'slsa-verifier'
type Kind = 'verify-bundle' | 'verify'
type Verdict = 'pass' | 'fail'

interface Policy {
  certificateIdentity?: string
  certificateIdentityRegexp?: string
  certificateOidcIssuer?: string
  sourceUri?: string
  sourceTag?: string
  sourceBranch?: string
  sourceVersionedTag?: string
  builderId?: string
}

interface CorpusCase {
  /** `<source>/<case>`, the folder below the corpus root. */
  id: string
  dir: string
  source: Source
  kind: Kind
  artifact: string
  bundle?: string
  provenance?: string
  /** null: the embedded public-good root; "staging": trustedRootFile or --staging. */
  trustedRoot: string | null
  trustedRootFile?: string
  policy: Policy
  expected: Verdict
  reason: string
}

interface Outcome {
  id: string
  expected: Verdict
  code: number | null
  agrees: boolean
  note: string
}

const SOURCES: readonly Source[] = [
  'sigstore-conformance',
  'sigstore-js',
  'slsa-verifier'
]

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function optionalString(
  record: Record<string, unknown>,
  key: string,
  where: string
): string | undefined {
  const value = record[key]
  if (value === undefined) return undefined
  if (typeof value !== 'string')
    throw new Error(`${where}: ${key} must be a string`)
  return value
}

function requiredString(
  record: Record<string, unknown>,
  key: string,
  where: string
): string {
  const value = optionalString(record, key, where)
  if (value === undefined) throw new Error(`${where}: ${key} is missing`)
  return value
}

function parsePolicy(value: unknown, where: string): Policy {
  if (!isRecord(value)) throw new Error(`${where}: policy must be an object`)
  const policy: Policy = {}
  for (const key of [
    'certificateIdentity',
    'certificateIdentityRegexp',
    'certificateOidcIssuer',
    'sourceUri',
    'sourceTag',
    'sourceBranch',
    'sourceVersionedTag',
    'builderId'
  ] as const) {
    const field = optionalString(value, key, where)
    if (field !== undefined) policy[key] = field
  }
  return policy
}

function parseCase(id: string, dir: string, raw: unknown): CorpusCase {
  if (!isRecord(raw)) throw new Error(`${id}: case.json must be an object`)
  const source = requiredString(raw, 'source', id)
  if (!SOURCES.includes(source as Source))
    throw new Error(`${id}: unknown source ${source}`)
  const kind = requiredString(raw, 'kind', id)
  if (kind !== 'verify-bundle' && kind !== 'verify')
    throw new Error(`${id}: unknown kind ${kind}`)
  const expected = requiredString(raw, 'expected', id)
  if (expected !== 'pass' && expected !== 'fail')
    throw new Error(`${id}: expected must be pass or fail`)
  const trustedRoot = raw.trustedRoot
  if (trustedRoot !== null && typeof trustedRoot !== 'string')
    throw new Error(`${id}: trustedRoot must be a string or null`)
  const parsed: CorpusCase = {
    id,
    dir,
    source: source as Source,
    kind,
    artifact: requiredString(raw, 'artifact', id),
    trustedRoot,
    policy: parsePolicy(raw.policy, id),
    expected,
    reason: requiredString(raw, 'reason', id)
  }
  const bundle = optionalString(raw, 'bundle', id)
  const provenance = optionalString(raw, 'provenance', id)
  const trustedRootFile = optionalString(raw, 'trustedRootFile', id)
  if (bundle !== undefined) parsed.bundle = bundle
  if (provenance !== undefined) parsed.provenance = provenance
  if (trustedRootFile !== undefined) parsed.trustedRootFile = trustedRootFile
  if (kind === 'verify-bundle' && bundle === undefined)
    throw new Error(`${id}: a verify-bundle case needs a bundle`)
  if (kind === 'verify' && provenance === undefined)
    throw new Error(`${id}: a verify case needs a provenance file`)
  return parsed
}

function loadCorpus(): CorpusCase[] {
  const cases: CorpusCase[] = []
  for (const source of SOURCES) {
    const sourceDir = path.join(CORPUS_DIR, source)
    if (!existsSync(sourceDir)) continue
    for (const name of readdirSync(sourceDir).sort()) {
      const dir = path.join(sourceDir, name)
      if (!statSync(dir).isDirectory()) continue
      const raw: unknown = JSON.parse(
        readFileSync(path.join(dir, 'case.json'), 'utf8')
      )
      cases.push(parseCase(`${source}/${name}`, dir, raw))
    }
  }
  return cases
}

/** A digest stays as written; anything else is a file in the case folder. */
function artifactArg(c: CorpusCase): string {
  return /^sha256:[0-9a-f]{64}$/.test(c.artifact)
    ? c.artifact
    : path.join(c.dir, c.artifact)
}

/** ['--trusted-root', file] or ['--staging'] or [] for the embedded root. */
function trustArgs(c: CorpusCase): { before: string[]; after: string[] } {
  if (c.trustedRoot === null) return { before: [], after: [] }
  if (c.trustedRoot === 'staging') {
    return c.trustedRootFile === undefined
      ? { before: ['--staging'], after: [] }
      : {
          before: [],
          after: ['--trusted-root', path.join(c.dir, c.trustedRootFile)]
        }
  }
  return {
    before: [],
    after: ['--trusted-root', path.join(c.dir, c.trustedRoot)]
  }
}

function identityArgs(policy: Policy): string[] {
  const args: string[] = []
  if (policy.certificateIdentity !== undefined)
    args.push('--certificate-identity', policy.certificateIdentity)
  if (policy.certificateIdentityRegexp !== undefined)
    args.push('--certificate-identity-regexp', policy.certificateIdentityRegexp)
  if (policy.certificateOidcIssuer !== undefined)
    args.push('--certificate-oidc-issuer', policy.certificateOidcIssuer)
  return args
}

function cliArgs(c: CorpusCase): string[] {
  const trust = trustArgs(c)
  if (c.kind === 'verify-bundle') {
    return [
      'verify-bundle',
      ...trust.before,
      '--bundle',
      path.join(c.dir, c.bundle ?? ''),
      ...identityArgs(c.policy),
      ...trust.after,
      '--offline',
      artifactArg(c)
    ]
  }
  const p = c.policy
  return [
    'verify',
    artifactArg(c),
    // slsa-verifier's cases run exactly as slsa-verifier's tests run them:
    // its flags only, no identity flag.
    ...(c.source === 'slsa-verifier' ? [] : identityArgs(p)),
    ...(p.sourceUri === undefined ? [] : ['--source-uri', p.sourceUri]),
    ...(p.sourceTag === undefined ? [] : ['--source-tag', p.sourceTag]),
    ...(p.sourceBranch === undefined
      ? []
      : ['--source-branch', p.sourceBranch]),
    ...(p.sourceVersionedTag === undefined
      ? []
      : ['--source-versioned-tag', p.sourceVersionedTag]),
    ...(p.builderId === undefined ? [] : ['--builder-id', p.builderId]),
    '--provenance-path',
    path.join(c.dir, c.provenance ?? ''),
    ...trust.before,
    ...trust.after,
    '--offline',
    '--json'
  ]
}

function runCli(
  args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: repoPath(),
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

function judge(
  c: CorpusCase,
  result: { code: number | null; stderr: string }
): Outcome {
  const firstLine = result.stderr.trim().split('\n')[0] ?? ''
  const usage =
    result.code === EXIT_USAGE && /usage|unknown/i.test(result.stderr)
  const crashed = CRASH.test(result.stderr)
  const agrees =
    !usage &&
    !crashed &&
    (c.expected === 'pass' ? result.code === 0 : result.code === EXIT_FAIL)
  const note = usage
    ? `the CLI rejected the arguments: ${firstLine}`
    : crashed
      ? `the CLI did not run: ${
          /Error[^\n]*/.exec(result.stderr)?.[0] ?? firstLine
        }`
      : agrees
        ? ''
        : `exit ${String(result.code)}${firstLine ? `: ${firstLine}` : ''}`
  return { id: c.id, expected: c.expected, code: result.code, agrees, note }
}

const corpus = loadCorpus()
const outcomes: Outcome[] = []

describe('verify corpus (upstream verdicts)', () => {
  afterAll(() => {
    if (outcomes.length === 0) return
    const agreed = outcomes.filter((o) => o.agrees).length
    const lines = [
      `verify corpus: ${agreed}/${outcomes.length} cases agree with the upstream verdict`
    ]
    for (const source of SOURCES) {
      const mine = outcomes.filter((o) => o.id.startsWith(`${source}/`))
      if (mine.length > 0)
        lines.push(
          `  ${source}: ${mine.filter((o) => o.agrees).length}/${mine.length}`
        )
    }
    for (const o of outcomes.filter((x) => !x.agrees))
      lines.push(`  DISAGREE ${o.id} (upstream: ${o.expected}) ${o.note}`)
    console.log(lines.join('\n'))
  })

  it('has cases from every upstream', () => {
    expect(existsSync(CLI)).toBe(true)
    for (const source of SOURCES)
      expect(corpus.filter((c) => c.source === source).length).toBeGreaterThan(
        0
      )
  })

  it.each(corpus.map((c) => [c.id, c] as const))(
    '%s',
    async (_id, c) => {
      const result = await runCli(cliArgs(c))
      const outcome = judge(c, result)
      outcomes.push(outcome)
      expect({ id: c.id, expected: c.expected, note: outcome.note }).toEqual({
        id: c.id,
        expected: c.expected,
        note: ''
      })
    },
    CASE_TIMEOUT_MS
  )
})
