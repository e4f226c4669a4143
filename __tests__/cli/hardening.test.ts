/**
 * The command line under careless or hostile use: a secret given as --key
 * is never echoed, in any form; `--key "$(cat key.pem)"` works without `=`;
 * a single-value flag given twice is an error.
 */
import { generateKeyPairSync } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { joinFlagValues } from '../../src/cli/input-flags.js'
import { runProvenant } from '../helpers/cli.js'
import { useTempCwd } from '../helpers/temp-cwd.js'

useTempCwd('provenant-cli-hard-')
beforeEach(async () => {
  await writeFile('a.txt', 'alpha\n')
})

const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  .privateKey.export({ format: 'pem', type: 'pkcs8' })
  .toString()
const body = pem.split('\n').slice(1, -2).join('')

describe('secrets on the command line', () => {
  it.each([
    ['--key=<body without armour>', [`--key=${body}`]],
    ['--key <body without armour>', ['--key', body]],
    [
      '--key=<body with line breaks>',
      [`--key=${pem.split('\n').slice(1, -2).join('\n')}`]
    ]
  ])('%s is refused without echoing any of it', async (_, flags) => {
    const run = await runProvenant(['sign', 'a.txt', ...flags])
    expect(run.code).toBe(2)
    const printed = `${run.out}\n${run.err}`
    expect(printed).toContain('--key')
    for (let at = 0; at + 16 <= body.length; at += 8)
      expect(printed).not.toContain(body.slice(at, at + 16))
  })

  it('takes --key "$(cat key.pem)" as the next argument, though it starts with dashes', () => {
    expect(
      joinFlagValues(['sign', '--key', pem, 'a.txt'], {
        key: { type: 'string' }
      })
    ).toEqual(['sign', `--key=${pem}`, 'a.txt'])
  })

  it('signs with --key "$(cat key.pem)" given without =', async () => {
    const run = await runProvenant([
      'sign',
      'a.txt',
      '--local',
      '--key',
      pem,
      '--json'
    ])
    expect(run.err).not.toContain(body.slice(0, 32))
    expect(run.code).toBe(0)
    expect(JSON.parse(run.out)).toMatchObject({ keyed: true })
  }, 120_000)
})

describe('--key naming something that is not a key file', () => {
  it('--key /dev/zero is refused after a key file’s size, not read forever', async () => {
    const run = await runProvenant(['sign', 'a.txt', '--key', '/dev/zero'])
    expect(run.code).toBe(2)
    expect(run.err).toContain('--key /dev/zero: larger than 64 KiB')
  })
})

describe('repeated flags', () => {
  it('refuses --subject-name given twice (exit 2), instead of keeping the last', async () => {
    const run = await runProvenant([
      'attest',
      'a.txt',
      '--subject-name',
      'a',
      '--subject-name',
      'b'
    ])
    expect(run.code).toBe(2)
    expect(run.err).toContain('--subject-name is given 2 times: give it once')
  })
})
