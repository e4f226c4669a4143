/**
 * The boundaries ESLint holds (eslint.config.js, STYLE.md): each rule fires on
 * a probe, linted in memory with the project's own config at a src/lib path,
 * and the tree as it is passes them.
 */
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { REPO_ROOT } from '../helpers/repo.js'

/** Probes sit at an existing src/lib path, so the type-aware parser knows the file. */
const LIB_FILE = 'src/lib/html.ts'

const BOUNDARY_RULES = [
  'provenant/pure-lib',
  'provenant/kebab-case-filename',
  'import-x/no-cycle',
  'no-restricted-globals',
  'no-restricted-properties',
  'max-lines-per-function'
]

let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: REPO_ROOT })
})

/** `rule: message` of every problem ESLint reports on `code` at `filePath`. */
async function lint(code: string, filePath = LIB_FILE): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`)
}

describe('src/lib is pure', () => {
  it.each([
    ['fs', "import fs from 'fs'\nexport const f = fs"],
    [
      'node:fs/promises',
      "import { readFile } from 'node:fs/promises'\nexport const f = readFile"
    ],
    ['os', "import os from 'node:os'\nexport const f = os"],
    ['net', "import net from 'net'\nexport const f = net"],
    ['http', "import http from 'node:http'\nexport const f = http"],
    ['https', "import https from 'https'\nexport const f = https"],
    [
      'child_process',
      "import { spawn } from 'node:child_process'\nexport const f = spawn"
    ],
    ['a re-export of fs', "export { readFile } from 'node:fs'"],
    ['a dynamic import of fs', "export const f = () => import('node:fs')"],
    [
      'a type-only import of http',
      "import type { Agent } from 'node:http'\nexport type A = Agent"
    ],
    [
      '@actions/core',
      "import * as core from '@actions/core'\nexport const f = core"
    ],
    [
      'src/io',
      "import { sha256File } from '../io/fs/hash.js'\nexport const f = sha256File"
    ],
    ['src/io, from deeper', "export { sha256File } from '../io/fs/hash.js'"],
    [
      'src/local',
      "import { startLocalStack } from '../local/stack.js'\nexport const f = startLocalStack"
    ],
    [
      'src/cli',
      "import { toShellExports } from '../cli/shell.js'\nexport const f = toShellExports"
    ]
  ])('refuses an import of %s', async (_, code) => {
    expect(await lint(`${code}\n`)).toEqual([
      expect.stringMatching(/^provenant\/pure-lib: src\/lib is pure/)
    ])
  })

  it.each([
    ['process.cwd()', 'export const f = (): string => process.cwd()'],
    ['process.env', 'export const f = (): unknown => process.env.HOME'],
    ['process.exitCode', 'export const f = (): unknown => process.exitCode'],
    [
      'global fetch',
      "export const f = (): unknown => fetch('https://example.com')"
    ]
  ])('refuses %s', async (_, code) => {
    expect(await lint(`${code}\n`)).toEqual([
      expect.stringMatching(/^no-restricted-globals: .*src\/lib is pure/)
    ])
  })

  it.each([
    [
      'globalThis.process',
      'export const f = (): unknown => globalThis.process'
    ],
    ['globalThis.fetch', 'export const f = (): unknown => globalThis.fetch']
  ])('refuses %s', async (_, code) => {
    expect(await lint(`${code}\n`)).toEqual([
      expect.stringMatching(/^no-restricted-properties: .*src\/lib is pure/)
    ])
  })

  it('allows what the core may use', async () => {
    const code = [
      "import { createHash } from 'node:crypto'",
      "import path from 'node:path'",
      "import { InputError } from './errors.js'",
      "import type { Logger } from './ports.js'",
      'export const f = (l: Logger): unknown => [createHash, path, InputError, l]',
      ''
    ].join('\n')
    expect(await lint(code)).toEqual([])
  })

  it('holds outside src/lib no such line', async () => {
    const code =
      "import fs from 'node:fs'\nexport const f = (): unknown => [fs, process.cwd()]\n"
    expect(await lint(code, 'src/io/fs/hash.ts')).toEqual([])
  })
})

describe('no import cycles', () => {
  it('refuses an import that closes a cycle', async () => {
    // checksum-text.ts imports digest.ts; a digest.ts importing it back closes the loop.
    const code = [
      "import { readChecksumText } from './checksum-text.js'",
      'export const algorithmForHexLength = (n: number): number => n',
      'export const read = readChecksumText',
      ''
    ].join('\n')
    expect(await lint(code, 'src/lib/subject/digest.ts')).toEqual([
      expect.stringMatching(/^import-x\/no-cycle: Dependency cycle/)
    ])
  })
})

describe('file names', () => {
  it.each([
    ['src/lib/ProbeFile.mjs'],
    ['src/lib/probe_file.mjs'],
    ['__tests__/unit/probeFile.test.mjs']
  ])('refuses %s', async (filePath) => {
    expect(await lint('export const a = 1\n', filePath)).toEqual([
      expect.stringMatching(
        /^provenant\/kebab-case-filename: .* is not kebab-case/
      )
    ])
  })

  it.each([
    ['src/lib/probe-file.mjs'],
    ['__tests__/unit/probe-file.interop.test.mjs'],
    ['bench/_probe.mjs']
  ])('accepts %s', async (filePath) => {
    expect(await lint('export const a = 1\n', filePath)).toEqual([])
  })
})

describe('function length', () => {
  const body = (lines: number): string =>
    Array.from({ length: lines }, (_, i) => `  total += ${i}\n`).join('')
  it('refuses a function of more than 80 lines', async () => {
    const code = `export function long(): number {\n  let total = 0\n${body(77)}  return total\n}\n`
    expect(await lint(code)).toEqual([
      expect.stringMatching(/^max-lines-per-function: /)
    ])
  })

  it('accepts one of 80', async () => {
    const code = `export function fits(): number {\n  let total = 0\n${body(76)}  return total\n}\n`
    expect(await lint(code)).toEqual([])
  })
})

describe('the tree as it is', () => {
  it('passes every boundary rule', async () => {
    const strict = new ESLint({
      cwd: REPO_ROOT,
      ruleFilter: ({ ruleId }) => BOUNDARY_RULES.includes(ruleId)
    })
    const results = await strict.lintFiles([
      'src',
      '__tests__',
      'scripts',
      'bench'
    ])
    const problems = results.flatMap((r) =>
      r.messages.map((m) => `${r.filePath}:${m.line} ${m.ruleId}: ${m.message}`)
    )
    expect(problems).toEqual([])
    expect(results.length).toBeGreaterThan(100)
  }, 600_000)
})
