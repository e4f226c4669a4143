#!/usr/bin/env node
/**
 * Builds `provenant` as a single executable for linux-x64 (Node's
 * single-executable-application support): the CLI bundled by ncc as
 * CommonJS, embedded as assets beside scripts/sea/main.cjs, injected into a
 * copy of the Node 24 binary with postject.
 *
 * usage: node scripts/build-sea.mjs [out-file]   (default: build/provenant-linux-x64)
 */
import { execFile } from 'node:child_process'
import crypto from 'node:crypto'
import {
  copyFile,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  writeFile,
  chmod
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SENTINEL = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2'

async function main() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `builds for linux-x64 only, not ${process.platform}-${process.arch}`
    )
  }
  const out = path.resolve(
    process.argv[2] ?? path.join(root, 'build', 'provenant-linux-x64')
  )
  const work = await mkdtemp(path.join(os.tmpdir(), 'provenant-sea-'))
  try {
    const bundle = path.join(work, 'cli')
    await run(
      process.execPath,
      [
        path.join(
          root,
          'node_modules',
          '@vercel',
          'ncc',
          'dist',
          'ncc',
          'cli.js'
        ),
        'build',
        path.join(root, 'scripts', 'sea', 'entry.cjs'),
        '-o',
        bundle,
        '--quiet',
        '--target',
        'es2023'
      ],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 }
    )
    const files = (
      await readdir(bundle, { recursive: true, withFileTypes: true })
    )
      .filter((d) => d.isFile())
      .map((d) => path.relative(bundle, path.join(d.parentPath, d.name)))
      .sort()
    const sha256 = {}
    const assets = {}
    for (const name of files) {
      const bytes = await readFile(path.join(bundle, name))
      sha256[name] = crypto.createHash('sha256').update(bytes).digest('hex')
      assets[name] = path.join(bundle, name)
    }
    const digest = crypto
      .createHash('sha256')
      .update(JSON.stringify(sha256))
      .digest('hex')
      .slice(0, 16)
    const entry = files.find((f) => /^index\.c?js$/.test(f))
    if (!entry) throw new Error(`ncc wrote no index.js: ${files.join(', ')}`)
    const manifest = path.join(work, 'manifest.json')
    await writeFile(manifest, JSON.stringify({ digest, entry, files, sha256 }))
    const config = path.join(work, 'sea-config.json')
    const blob = path.join(work, 'sea.blob')
    await writeFile(
      config,
      JSON.stringify({
        main: path.join(root, 'scripts', 'sea', 'main.cjs'),
        output: blob,
        disableExperimentalSEAWarning: true,
        useSnapshot: false,
        useCodeCache: false,
        assets: { 'manifest.json': manifest, ...assets }
      })
    )
    await run(process.execPath, ['--experimental-sea-config', config], {
      cwd: work
    })
    await mkdir(path.dirname(out), { recursive: true })
    await rm(out, { force: true })
    await copyFile(process.execPath, out)
    await chmod(out, 0o755)
    await run(
      process.execPath,
      [
        path.join(root, 'node_modules', 'postject', 'dist', 'cli.js'),
        out,
        'NODE_SEA_BLOB',
        blob,
        '--sentinel-fuse',
        SENTINEL
      ],
      { maxBuffer: 64 * 1024 * 1024 }
    )
    process.stdout.write(`${out}\n`)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

await main()
