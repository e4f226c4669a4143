/**
 * Tarballs for the explainer tests, made by GNU tar and gzip from a staged
 * tree (BUILD_INFO, bin/run, lib.py), and variants of that tree.
 */
import { execFile } from 'node:child_process'
import { chmod, cp, readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { writeFiles } from './git-fixture.js'

const run = promisify(execFile)
export const STAGE_EPOCH = 1704067200
export const STAGED_BUILD_INFO =
  'name: app\nbuilt: Mon Jan  1 00:00:00 UTC 2024\nversion: 1.0\n'

export interface TarballOptions {
  stage?: string
  tar?: string[]
  files?: string[]
  gzip?: string[]
}

export interface Tarballs {
  /** A tarball of `stage` (default: the base stage), then compressed (`gzip -n -9`). */
  tarball: (options?: TarballOptions) => Promise<Buffer>
  /** A copy of the base stage with `files` written and `modes` set. */
  variant: (
    files: Record<string, string>,
    modes?: Record<string, number>
  ) => Promise<string>
}

const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`

export async function stageTarballs(dir: string): Promise<Tarballs> {
  let n = 0
  const base = path.join(dir, 'stage')
  await writeFiles(base, {
    BUILD_INFO: STAGED_BUILD_INFO,
    'bin/run': { text: '#!/bin/sh\necho run\n', mode: 0o755 },
    'lib.py': 'def f():\n    return 1\n'
  })
  return {
    tarball: async (options = {}) => {
      const out = path.join(dir, `t${n++}.tar.gz`)
      const files = options.files ?? ['./BUILD_INFO', './bin/run', './lib.py']
      const tar = [
        'tar',
        '--format=gnu',
        '--no-recursion',
        `--mtime=@${STAGE_EPOCH}`,
        '--owner=0',
        '--group=0',
        '--numeric-owner',
        ...(options.tar ?? []),
        '-C',
        options.stage ?? base,
        '-cf',
        '-',
        ...files
      ]
      const gzip = options.gzip ?? ['-n', '-9']
      await run('/bin/sh', [
        '-c',
        `${tar.map(q).join(' ')} | gzip ${gzip.join(' ')} > ${q(out)}`
      ])
      return readFile(out)
    },
    variant: async (files, modes = {}) => {
      const stage = path.join(dir, `stage${n++}`)
      await cp(base, stage, { recursive: true })
      await writeFiles(stage, files)
      for (const [file, mode] of Object.entries(modes))
        await chmod(path.join(stage, file), mode)
      return stage
    }
  }
}
