/** A temporary workspace for the sbom core: app/ (an npm lockfile) and dist/ (a wheel and an npm tarball). */
import { cp, mkdir, mkdtemp, readdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { workspaceFence } from '../../src/io/fs/path-fence.js'
import type { SbomRequest } from '../../src/io/sbom/generate.js'
import { SHARED_DIR } from './repo.js'

export const CORPUS = path.join(SHARED_DIR, 'corpus')
export const CORPUS_WHEEL = path.join(
  CORPUS,
  'artifacts',
  'python',
  'nodejs-gyp-next',
  'gyp_next-0.16.1-py3-none-any.whl'
)
export const CORPUS_TGZ = path.join(
  CORPUS,
  'artifacts',
  'npm',
  'vercel-ms',
  'ms-2.1.3.tgz'
)

export async function makeSbomWorkspace(): Promise<string> {
  const ws = await mkdtemp(path.join(os.tmpdir(), 'provenant-sbom-'))
  await mkdir(path.join(ws, 'app'))
  for (const f of ['package.json', 'package-lock.json']) {
    await cp(
      path.join(CORPUS, 'npm', 'actions-cache', f),
      path.join(ws, 'app', f)
    )
  }
  await mkdir(path.join(ws, 'dist'))
  await cp(CORPUS_WHEEL, path.join(ws, 'dist', path.basename(CORPUS_WHEEL)))
  await cp(CORPUS_TGZ, path.join(ws, 'dist', path.basename(CORPUS_TGZ)))
  return ws
}

export function sbomRequest(
  ws: string,
  over: Partial<SbomRequest> = {}
): SbomRequest {
  return {
    paths: ['app'],
    formats: ['cyclonedx', 'spdx'],
    outputDir: undefined,
    label: undefined,
    installed: false,
    fence: workspaceFence(ws),
    ...over
  }
}

/** Every file and folder under the workspace, relative, POSIX separators. */
export async function listWorkspace(ws: string): Promise<string[]> {
  const entries = await readdir(ws, { recursive: true })
  return entries.map((e) => e.split(path.sep).join('/')).sort()
}
