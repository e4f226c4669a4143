/**
 * Shared by the provenance e2e tests: the local stack, a workspace with
 * artifacts, the bundled action run against both, and readers for what it
 * wrote.
 */
import { createHash } from 'node:crypto'
import {
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  writeFile
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { LocalStack } from '../../src/local/stack.js'
import { startLocalStack } from '../../src/local/stack.js'
import type { ActionRun } from './action-runner.js'
import { runAction } from './action-runner.js'

export interface E2eContext {
  stack: LocalStack
  root: string
  trustedRoot: string
  close(): Promise<void>
}

export async function startE2e(): Promise<E2eContext> {
  const stack = await startLocalStack()
  const root = await mkdtemp(path.join(os.tmpdir(), 'provenant-e2e-'))
  const trustedRoot = (await stack.writeTrust(path.join(root, 'trust')))
    .trustedRoot
  return {
    stack,
    root,
    trustedRoot,
    close: async () => {
      await stack.close()
      await rm(root, { recursive: true, force: true })
    }
  }
}

let counter = 0

/** A fresh workspace holding `files` (name -> content). */
export async function makeWorkspace(
  ctx: E2eContext,
  files: Record<string, string | Buffer>
): Promise<string> {
  const workspace = path.join(ctx.root, `ws-${++counter}`)
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(workspace, name)), { recursive: true })
    await writeFile(path.join(workspace, name), content)
  }
  await mkdir(workspace, { recursive: true })
  return workspace
}

/** The provenance action against the local stack, as a runner would run it. */
export function runProvenance(
  ctx: E2eContext,
  workspace: string,
  inputs: Record<string, string>
): Promise<ActionRun> {
  const { stack } = ctx
  return runAction('provenance', {
    workspace,
    inputs: {
      sigstore: 'custom',
      'fulcio-url': stack.fulcioUrl,
      'rekor-url': stack.rekorUrl,
      'tsa-url': stack.tsaUrl,
      'trusted-root': ctx.trustedRoot,
      'oidc-issuer': stack.oidc.url,
      'github-token': stack.env.GITHUB_TOKEN!,
      'output-dir': 'out',
      ...inputs
    },
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: stack.env.ACTIONS_ID_TOKEN_REQUEST_URL!,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN!,
      GITHUB_API_URL: stack.env.GITHUB_API_URL!,
      GITHUB_SERVER_URL: stack.env.GITHUB_SERVER_URL!,
      GITHUB_REPOSITORY: stack.env.GITHUB_REPOSITORY!,
      NO_PROXY: '127.0.0.1,localhost',
      no_proxy: '127.0.0.1,localhost'
    }
  })
}

export interface InTotoStatement {
  _type: string
  subject: { name: string; digest: Record<string, string> }[]
  predicateType: string
  predicate: Record<string, unknown>
}

export interface BundleJson {
  mediaType: string
  dsseEnvelope: { payload: string; payloadType: string }
  verificationMaterial: { certificate?: { rawBytes: string } }
}

export function statementOf(bundle: BundleJson): InTotoStatement {
  return JSON.parse(
    Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')
  ) as InTotoStatement
}

export async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T
}

/** Every JSON line of a .intoto.jsonl file. */
export async function readJsonLines(file: string): Promise<BundleJson[]> {
  const text = await readFile(file, 'utf8')
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as BundleJson)
}

/** Names in a directory; [] when it does not exist. */
export async function listDir(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [])).sort()
}

export const sha256 = (data: string | Buffer): string =>
  createHash('sha256').update(data).digest('hex')

export const sha512 = (data: string | Buffer): string =>
  createHash('sha512').update(data).digest('hex')

/** POSTs to the attestation store the local API answered, by status. */
export function attestationPosts(
  stack: LocalStack,
  since: number
): { status: number; authorization: string | undefined }[] {
  return stack.github.server.served
    .slice(since)
    .filter((s) => s.method === 'POST' && s.path.endsWith('/attestations'))
    .map(({ status, authorization }) => ({ status, authorization }))
}
