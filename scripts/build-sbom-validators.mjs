#!/usr/bin/env node
/**
 * Precompiles the SBOM schema validators into plain JavaScript (ajv
 * standalone code), so that `provenant sbom` does not spend 0.4 s compiling
 * the CycloneDX schema on every run.
 *
 * - CycloneDX 1.6: the strict JSON schema that @cyclonedx/cyclonedx-library
 *   ships (res/schema), with the referenced SPDX, JSF and cryptography schemas
 *   and exactly the ajv options and formats of the library's own
 *   Validation.JsonStrictValidator (dist.node/_optPlug.node/__jsonValidators/ajv.js).
 * - SPDX 2.3: src/io/sbom/schemas/spdx-schema-v2.3.json (the published
 *   schema, JSON Schema draft-07).
 *
 * usage: node scripts/build-sbom-validators.mjs [--check]
 *   writes src/io/sbom/validators/{cyclonedx-1.6,spdx-2.3}.cjs; --check fails
 *   when they are stale.
 * A test runs the check, and another compares verdicts with the library's
 * validator, so the generated code cannot drift from the schemas.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outDir = path.join(root, 'src', 'io', 'sbom', 'validators')
const cdxSchemaDir = path.join(
  path.dirname(require.resolve('@cyclonedx/cyclonedx-library/package.json')),
  'res',
  'schema'
)

/** As the library's ajv validator sets them. */
const LIBRARY_AJV_OPTIONS = {
  useDefaults: false,
  strict: false,
  strictSchema: false,
  addUsedSchema: false
}

/**
 * A schema without its annotations (they do not change what validates, and
 * they are 60% of the code), and with uniqueItems checked in linear time.
 */
async function readSchema(file) {
  return stripAnnotations(JSON.parse(await readFile(file, 'utf8')))
}

/**
 * ajv checks uniqueItems on object items pair by pair (2,000 components: two
 * million deep comparisons, over a second). This keyword checks the same
 * equality with canonical JSON in one pass: validators/unique-items.cjs.
 */
const UNIQUE_ITEMS = 'provenantUniqueItems'

function addUniqueItems(ajv, _) {
  const hasDuplicateItems = require('../src/io/sbom/validators/unique-items.cjs')
  ajv.addKeyword({
    keyword: UNIQUE_ITEMS,
    type: 'array',
    schemaType: 'boolean',
    error: { message: 'must NOT have duplicate items' },
    code(cxt) {
      const fn = cxt.gen.scopeValue('func', {
        ref: hasDuplicateItems,
        code: _`require("./unique-items.cjs")`
      })
      cxt.fail(_`${fn}(${cxt.data})`)
    }
  })
}

/**
 * ajv checks `enum` by deep equality against each member in turn: the SPDX
 * license list is 700 strings, tried for every license of every component.
 * A string-only enum is checked here with one Set lookup, same verdict.
 */
const STRING_ENUM = 'provenantStringEnum'
const MIN_SET_ENUM = 16

function addStringEnum(ajv, _) {
  const { stringify } = require('ajv/dist/compile/codegen')
  ajv.addKeyword({
    keyword: STRING_ENUM,
    schemaType: 'array',
    error: { message: 'must be equal to one of the allowed values' },
    code(cxt) {
      const set = cxt.gen.scopeValue('obj', {
        ref: new Set(cxt.schema),
        code: _`new Set(${stringify(cxt.schema)})`
      })
      cxt.fail(_`!(typeof ${cxt.data} === "string" && ${set}.has(${cxt.data}))`)
    }
  })
}

const ANNOTATIONS = new Set([
  'title',
  'description',
  'examples',
  '$comment',
  'meta:enum'
])
const SCHEMA_MAPS = new Set([
  'properties',
  'patternProperties',
  'definitions',
  '$defs',
  'dependencies'
])
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'items'])
const SCHEMA_VALUES = new Set([
  'items',
  'additionalItems',
  'additionalProperties',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else'
])

/** Removes annotation keywords where a schema is, never a property that happens to be named `description`. */
export function stripAnnotations(schema) {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema))
    return schema
  const out = {}
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue
    if (key === 'uniqueItems' && value === true) {
      out[UNIQUE_ITEMS] = true
      continue
    }
    if (
      key === 'enum' &&
      Array.isArray(value) &&
      value.length >= MIN_SET_ENUM &&
      value.every((v) => typeof v === 'string')
    ) {
      out[STRING_ENUM] = value
      continue
    }
    if (SCHEMA_MAPS.has(key) && value && typeof value === 'object') {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, stripAnnotations(v)])
      )
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key] = value.map(stripAnnotations)
    } else if (SCHEMA_VALUES.has(key)) {
      out[key] = stripAnnotations(value)
    } else {
      out[key] = value
    }
  }
  return out
}

function header(source) {
  return [
    '/* eslint-disable */',
    `// Generated by scripts/build-sbom-validators.mjs from ${source}.`,
    '// Do not edit: run `node scripts/build-sbom-validators.mjs`.',
    ''
  ].join('\n')
}

async function cycloneDxCode() {
  const { default: Ajv, _ } = require('ajv')
  const standalone = require('ajv/dist/standalone').default
  const addFormats = require('ajv-formats').default
  const idnEmail = require('ajv-formats-draft2019/formats/idn-email')
  const schemas = {}
  for (const name of [
    'spdx.SNAPSHOT.schema.json',
    'cryptography-defs.SNAPSHOT.schema.json',
    'jsf-0.82.SNAPSHOT.schema.json'
  ]) {
    schemas[`http://cyclonedx.org/schema/${name}`] = await readSchema(
      path.join(cdxSchemaDir, name)
    )
  }
  const ajv = new Ajv({
    ...LIBRARY_AJV_OPTIONS,
    schemas,
    code: {
      source: true,
      formats: _`{...require("ajv-formats/dist/formats").fullFormats, "idn-email": require("ajv-formats-draft2019/formats/idn-email")}`
    }
  })
  addFormats(ajv)
  addUniqueItems(ajv, _)
  addStringEnum(ajv, _)
  ajv.addFormat('idn-email', idnEmail)
  ajv.addFormat('iri-reference', true)
  const validate = ajv.compile(
    await readSchema(path.join(cdxSchemaDir, 'bom-1.6.SNAPSHOT.schema.json'))
  )
  return (
    header(
      '@cyclonedx/cyclonedx-library res/schema/bom-1.6.SNAPSHOT.schema.json'
    ) + standalone(ajv, validate)
  )
}

async function spdxCode() {
  const { default: Ajv, _ } = require('ajv')
  const standalone = require('ajv/dist/standalone').default
  const addFormats = require('ajv-formats').default
  const ajv = new Ajv({ ...LIBRARY_AJV_OPTIONS, code: { source: true } })
  addFormats(ajv)
  addUniqueItems(ajv, _)
  addStringEnum(ajv, _)
  const validate = ajv.compile(
    await readSchema(
      path.join(root, 'src', 'io', 'sbom', 'schemas', 'spdx-schema-v2.3.json')
    )
  )
  return (
    header('src/io/sbom/schemas/spdx-schema-v2.3.json') +
    standalone(ajv, validate)
  )
}

/** File name -> generated source. */
export async function generateValidators() {
  return {
    'cyclonedx-1.6.cjs': `${await cycloneDxCode()}\n`,
    'spdx-2.3.cjs': `${await spdxCode()}\n`
  }
}

export const VALIDATORS_DIR = outDir

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check')
  const stale = []
  for (const [name, code] of Object.entries(await generateValidators())) {
    const file = path.join(outDir, name)
    const current = await readFile(file, 'utf8').catch(() => undefined)
    if (current === code) continue
    if (check) stale.push(name)
    else await writeFile(file, code)
  }
  if (stale.length > 0) {
    process.stderr.write(
      `stale: ${stale.join(', ')}; run node scripts/build-sbom-validators.mjs\n`
    )
    process.exit(1)
  }
}
