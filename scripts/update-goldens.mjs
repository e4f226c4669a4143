#!/usr/bin/env node
/**
 * `npm run golden:update`: rewrites the golden files the tests compare with
 * (__tests__/fixtures/rebuild/*), from the same definitions the tests use.
 * Tests never write goldens; review the diff this leaves before committing.
 *
 * Node strips the TypeScript types itself; this hook lets the sources'
 * `./x.js` specifiers find `./x.ts`, as tsc and jest do.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { register } from 'node:module'
import path from 'node:path'

register(
  'data:text/javascript,' +
    encodeURIComponent(`
      export async function resolve(specifier, context, next) {
        try {
          return await next(specifier, context)
        } catch (error) {
          if (!/^\\.{1,2}\\/.*\\.js$/.test(specifier)) throw error
          return next(specifier.replace(/\\.js$/, '.ts'), context)
        }
      }`)
)

const { GOLDEN_DIR, REBUILD_GOLDENS } =
  await import('../__tests__/helpers/rebuild-goldens.ts')
await mkdir(GOLDEN_DIR, { recursive: true })
for (const [name, render] of Object.entries(REBUILD_GOLDENS)) {
  await writeFile(path.join(GOLDEN_DIR, name), render())
  console.log(
    `wrote ${path.relative(process.cwd(), path.join(GOLDEN_DIR, name))}`
  )
}
