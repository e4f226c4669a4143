/**
 * Local stand-ins for the four third-party actions the workflows use:
 * actions/checkout (a clean clone at the commit, or this installation for
 * Provenant's own repository), actions/upload-artifact and
 * actions/download-artifact (an artifact store per run), actions/setup-node
 * (the Node that runs the runner, when new enough).
 */
import { cp, mkdir, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { glob } from 'tinyglobby'
import { InputError } from '../../lib/errors.js'
import { runProcess } from './process.js'
import type { StepScope } from './steps.js'
import { StepFailure } from './steps.js'

type StandIn = (
  inputs: Record<string, string>,
  scope: StepScope
) => Promise<Record<string, string>>

/** What the Provenant checkout holds: the actions and their bundles. */
const PROVENANT_FILES = ['action.yml', 'actions', 'dist', 'scripts', '.github']

export const STAND_INS: Record<string, StandIn> = {
  'actions/checkout': checkout,
  'actions/upload-artifact': uploadArtifact,
  'actions/download-artifact': downloadArtifact,
  'actions/setup-node': setupNode
}

function inside(scope: StepScope, given: string, input: string): string {
  const target = path.resolve(scope.workspace, given || '.')
  const relative = path.relative(scope.workspace, target)
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new InputError(
      'RUNNER_PATH',
      `${input}: "${given}" leaves the workspace ${scope.workspace}`
    )
  }
  return target
}

async function checkout(
  inputs: Record<string, string>,
  scope: StepScope
): Promise<Record<string, string>> {
  const { caller, provenant } = scope.run
  const repository = inputs.repository || caller.repository
  const dest = inside(scope, inputs.path ?? '', 'actions/checkout path')
  if (repository.toLowerCase() === provenant.repository.toLowerCase()) {
    await mkdir(dest, { recursive: true })
    for (const name of PROVENANT_FILES) {
      const from = path.join(provenant.root, name)
      if (await stat(from).catch(() => undefined)) {
        await cp(from, path.join(dest, name), { recursive: true })
      }
    }
    return {}
  }
  if (repository.toLowerCase() !== caller.repository.toLowerCase()) {
    throw new InputError(
      'RUNNER_CHECKOUT',
      `actions/checkout: repository "${repository}" is not known to the local runner: only ${caller.repository} and ${provenant.repository}`
    )
  }
  // A clean checkout: whatever an earlier step left there goes.
  await mkdir(dest, { recursive: true })
  for (const name of await readdir(dest)) {
    await rm(path.join(dest, name), { recursive: true, force: true })
  }
  const git = async (...args: string[]): Promise<void> => {
    const result = await runProcess('git', args, {
      cwd: dest,
      env: scope.env,
      log: () => undefined
    })
    if (result.exitCode !== 0) {
      throw new StepFailure(
        `actions/checkout: git ${args[0]} failed: ${result.tail.join('\n')}`
      )
    }
  }
  await git('clone', '--quiet', '--no-hardlinks', caller.dir, dest)
  await git(
    '-C',
    dest,
    'checkout',
    '--quiet',
    '--detach',
    inputs.ref || caller.sha
  )
  return {}
}

function artifactStore(scope: StepScope): string {
  return path.join(scope.run.runDir, 'artifacts')
}

async function uploadArtifact(
  inputs: Record<string, string>,
  scope: StepScope
): Promise<Record<string, string>> {
  const name = inputs.name || 'artifact'
  if (/[\\/":<>|*?\r\n]/.test(name)) {
    throw new InputError(
      'RUNNER_ARTIFACT',
      `upload-artifact: the name "${name}" has a character artifacts cannot have`
    )
  }
  const patterns = (inputs.path ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  const found = await collect(patterns, scope)
  if (found.files.length === 0) {
    const mode = inputs['if-no-files-found'] || 'warn'
    const message = `upload-artifact: no files were found with the provided path: ${patterns.join(', ')}`
    if (mode === 'error') throw new StepFailure(message)
    if (mode === 'warn') scope.run.log(`[${scope.jobName}] warning: ${message}`)
    return {}
  }
  const target = path.join(artifactStore(scope), name)
  if (await stat(target).catch(() => undefined)) {
    if (inputs.overwrite !== 'true') {
      throw new StepFailure(
        `upload-artifact: an artifact named "${name}" already exists in this run`
      )
    }
    await rm(target, { recursive: true })
  }
  for (const file of found.files) {
    const to = path.join(target, path.relative(found.root, file))
    await mkdir(path.dirname(to), { recursive: true })
    await cp(file, to)
  }
  return { 'artifact-id': name }
}

/** The files of every path (file, folder or glob) and their common root. */
async function collect(
  patterns: readonly string[],
  scope: StepScope
): Promise<{ files: string[]; root: string }> {
  const files: string[] = []
  const roots: string[] = []
  for (const pattern of patterns) {
    const absolute = path.resolve(scope.workspace, pattern)
    const info = await stat(absolute).catch(() => undefined)
    if (info?.isDirectory()) {
      roots.push(absolute)
      const inside = await glob('**/*', {
        cwd: absolute,
        absolute: true,
        dot: true
      })
      files.push(...inside)
    } else if (info?.isFile()) {
      roots.push(path.dirname(absolute))
      files.push(absolute)
    } else {
      const matched = await glob(pattern, {
        cwd: scope.workspace,
        absolute: true,
        dot: true
      })
      roots.push(...matched.map((m) => path.dirname(m)))
      files.push(...matched)
    }
  }
  return { files: [...new Set(files)].sort(), root: commonRoot(roots) }
}

function commonRoot(dirs: readonly string[]): string {
  if (dirs.length === 0) return '/'
  let root = dirs[0]!
  for (const dir of dirs.slice(1)) {
    while (
      root !== path.dirname(root) &&
      path.relative(root, dir).startsWith('..')
    ) {
      root = path.dirname(root)
    }
  }
  return root
}

async function downloadArtifact(
  inputs: Record<string, string>,
  scope: StepScope
): Promise<Record<string, string>> {
  const store = artifactStore(scope)
  const dest = inside(scope, inputs.path ?? '', 'download-artifact path')
  const names = (await readdir(store).catch(() => [] as string[])).sort()
  if (inputs.name) {
    if (!names.includes(inputs.name)) {
      throw new StepFailure(
        `download-artifact: Artifact not found for name: ${inputs.name}`
      )
    }
    await cp(path.join(store, inputs.name), dest, { recursive: true })
    return { 'download-path': dest }
  }
  const pattern = inputs.pattern ? globToRegExp(inputs.pattern) : /.*/
  const merge = inputs['merge-multiple'] === 'true'
  for (const name of names.filter((n) => pattern.test(n))) {
    await cp(path.join(store, name), merge ? dest : path.join(dest, name), {
      recursive: true
    })
  }
  await mkdir(dest, { recursive: true })
  return { 'download-path': dest }
}

function globToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`^${escaped.replace(/\*/g, '.*').replace(/\?/g, '.')}$`)
}

function setupNode(
  inputs: Record<string, string>,
  scope: StepScope
): Promise<Record<string, string>> {
  const wanted = Number.parseInt(inputs['node-version'] || '0', 10)
  const major = Number.parseInt(process.versions.node, 10)
  if (Number.isFinite(wanted) && wanted > major) {
    throw new StepFailure(
      `actions/setup-node: node-version ${wanted} asked, but the local runner runs Node ${process.versions.node}: run it with Node ${wanted}`
    )
  }
  scope.path.unshift(path.dirname(process.execPath))
  return Promise.resolve({ 'node-version': `v${process.versions.node}` })
}
