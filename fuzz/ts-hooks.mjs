/**
 * Module hooks that let Node run the TypeScript sources as they are: a
 * `./x.js` specifier finds `./x.ts`, and .ts files are stripped of their
 * types by swc (as jest does) before Node reads them.
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { transformSync } from '@swc/core'

export async function resolve(specifier, context, next) {
  if (
    specifier.startsWith('.') &&
    specifier.endsWith('.js') &&
    context.parentURL
  ) {
    const ts = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL)
    if (ts.protocol === 'file:' && existsSync(fileURLToPath(ts))) {
      return { url: ts.href, shortCircuit: true }
    }
  }
  return next(specifier, context)
}

export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts'))
    return next(url, context)
  const file = fileURLToPath(url)
  const { code } = transformSync(readFileSync(file, 'utf8'), {
    filename: file,
    jsc: {
      parser: { syntax: 'typescript' },
      target: 'es2023',
      experimental: { keepImportAttributes: true }
    },
    module: { type: 'es6' },
    sourceMaps: 'inline'
  })
  return { format: 'module', source: code, shortCircuit: true }
}
