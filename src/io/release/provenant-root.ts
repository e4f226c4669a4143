/**
 * This installation as the repository of Provenant's workflows and actions:
 * the folder holding action.yml, actions/, dist/ and .github/workflows/, at
 * its git commit when it is a checkout, else at its version's tag.
 */
import { prepareOutputDir } from '../fs/prepare-output-dir.js'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { InputError } from '../../lib/errors.js'
import { PROVENANT_VERSION } from '../../lib/version.js'
import type { WorkflowRepository } from '../../local/runner/index.js'
import { execFileCapture } from '../rebuild/exec.js'

/** The repository callers name in `uses:` (the reusable workflow's home). */
export const PROVENANT_REPOSITORY = 'provenant-dev/provenant'

export async function findProvenant(
  from = path.dirname(fileURLToPath(import.meta.url))
): Promise<WorkflowRepository> {
  let dir = from
  while (!existsSync(path.join(dir, '.github', 'workflows', 'publish.yml'))) {
    const parent = path.dirname(dir)
    if (parent === dir) {
      throw new InputError(
        'RELEASE_NO_WORKFLOW',
        `no .github/workflows/publish.yml above ${from}: run Provenant from its checkout or its npm package`
      )
    }
    dir = parent
  }
  const head = await execFileCapture('git', ['rev-parse', 'HEAD'], {
    cwd: dir,
    timeoutMs: 30_000
  }).catch(() => undefined)
  const sha = head?.exitCode === 0 ? head.stdout.trim() : ''
  return {
    repository: PROVENANT_REPOSITORY,
    root: dir,
    sha: /^[0-9a-f]{40}$/.test(sha) ? sha : '0'.repeat(40),
    ref: /^[0-9a-f]{40}$/.test(sha) ? sha : `refs/tags/v${PROVENANT_VERSION}`
  }
}

/**
 * The output folder made ready: created when missing, an earlier release
 * folder (one holding VERIFY.md) emptied, anything else refused.
 */
export async function prepareOutDir(outDir: string): Promise<void> {
  // Refused before any work when it is a file or a folder Provenant did not write.
  await prepareOutputDir(outDir, `--out (${outDir})`).create()
}
