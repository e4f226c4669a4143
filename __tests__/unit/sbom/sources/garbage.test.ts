/**
 * Garbage is refused (exit 2), naming the file and the line or key, and the
 * message never carries kilobytes of the input: the probes of the
 * hardening issue, each as it was reproduced.
 */
import { randomBytes } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../../src/lib/errors.js'
import { readTree } from '../../../helpers/sbom-tree.js'

function refusal(files: Record<string, string>, lockfile: string): InputError {
  try {
    readTree(files, lockfile)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error(`${lockfile} was accepted`)
}

describe('garbage lockfiles', () => {
  it('refuses 4 KB of random bytes as requirements.txt', () => {
    for (let i = 0; i < 20; i++) {
      const text = randomBytes(4096).toString('utf8')
      const error = refusal({ 'requirements.txt': text }, 'requirements.txt')
      expect(error.message).toMatch(/^requirements\.txt \(line \d+\)/)
      expect(error.message.length).toBeLessThan(1000)
    }
  })

  it('refuses a requirement name made of control bytes', () => {
    const error = refusal(
      { 'requirements.txt': 'ok==1\n\u0007\u0001bad==1\n' },
      'requirements.txt'
    )
    expect(error.message).toContain('requirements.txt (line 2)')
    expect(error.message).toContain('\\x07')
  })

  it('refuses a pinned version made of control bytes', () => {
    const error = refusal(
      { 'requirements.txt': 'ok==1\nfoo==\u0001\u0002\n' },
      'requirements.txt'
    )
    expect(error.message).toContain('requirements.txt (line 2)')
    expect(error.message).toContain('control characters')
  })

  it.each(['foo===', 'foo==', 'foo >='])(
    'refuses %s: an operator without a version',
    (line) => {
      const error = refusal(
        { 'requirements.txt': `${line}\n` },
        'requirements.txt'
      )
      expect(error.message).toContain('requirements.txt (line 1)')
      expect(error.message).toContain('no version')
    }
  )

  it('refuses a uv.lock package whose version is not a string', () => {
    const error = refusal(
      { 'uv.lock': 'version = 1\n[[package]]\nname = "a"\nversion = 3\n' },
      'uv.lock'
    )
    expect(error.message).toContain('uv.lock (key package[0].version)')
  })

  it.each(['uv.lock', 'poetry.lock'])(
    'refuses a %s whose package key is not a list of tables',
    (lockfile) => {
      const error = refusal(
        {
          [lockfile]:
            'version = 1\npackage = "x"\n[metadata]\nlock-version = "2.0"\ncontent-hash = "x"\n'
        },
        lockfile
      )
      expect(error.message).toContain(`${lockfile} (key package)`)
    }
  )

  it('quotes at most a short stretch of a 4 KB line', () => {
    const error = refusal(
      { 'requirements.txt': `--k=${'x'.repeat(4096)}\n` },
      'requirements.txt'
    )
    expect(error.message).toContain('requirements.txt (line 1)')
    expect(error.message.length).toBeLessThan(400)
  })

  it('refuses a yarn berry resolution that is no locator', () => {
    const lock = `__metadata:\n  version: 8\n\n"a@npm:^1":\n  version: 1.0.0\n  resolution: {{{\n  languageName: node\n  linkType: hard\n`
    const error = refusal({ 'yarn.lock': lock }, 'yarn.lock')
    expect(error.message).toMatch(/^yarn\.lock \((line \d+|key [^)]*)\)/)
  })

  it('refuses a Cargo.lock whose package key is not a list of tables', () => {
    const error = refusal(
      { 'Cargo.lock': 'version = 3\npackage = "x"\n' },
      'Cargo.lock'
    )
    expect(error.message).toContain('Cargo.lock (')
    expect(error.message).toContain('package')
  })

  it('refuses a pnpm lock cut inside importers', () => {
    const lock = `lockfileVersion: '9.0'\n\nimporters:\n\n  .:\n    dependencies:\n      a:\n        specifier: ^1.0.0\n`
    const error = refusal({ 'pnpm-lock.yaml': lock }, 'pnpm-lock.yaml')
    expect(error.message).toContain('pnpm-lock.yaml (')
  })

  it('refuses an npm lock whose version is an object', () => {
    const lock = JSON.stringify({
      name: 'app',
      version: '1.0.0',
      lockfileVersion: 3,
      packages: {
        '': { name: 'app', version: '1.0.0', dependencies: { a: '^1' } },
        'node_modules/a': { version: { major: 1 } }
      }
    })
    const error = refusal({ 'package-lock.json': lock }, 'package-lock.json')
    expect(error.message).toContain('package-lock.json (')
    expect(error.message).toContain('node_modules/a')
  })

  it('refuses a YAML tag in a pnpm lock, naming its line, and prints no warning', () => {
    const warnings: string[] = []
    const listen = (warning: Error): void => {
      warnings.push(warning.message)
    }
    process.on('warning', listen)
    try {
      const lock = `lockfileVersion: '9.0'\n\npackages:\n\n  debug@4.3.4:\n    resolution: !e309 {integrity: sha512-x}\n`
      const error = refusal({ 'pnpm-lock.yaml': lock }, 'pnpm-lock.yaml')
      expect(error.message).toContain('pnpm-lock.yaml (line 6)')
      expect(error.message).toContain('!e309')
    } finally {
      process.off('warning', listen)
    }
    expect(warnings).toEqual([])
  })
})
