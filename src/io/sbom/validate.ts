/**
 * Every SBOM is checked against its format's official schema before it is
 * kept: CycloneDX 1.6 with the strict schema of @cyclonedx/cyclonedx-library,
 * SPDX 2.3 with the published SPDX JSON schema. Both are precompiled
 * (scripts/build-sbom-validators.mjs, with the library's ajv options), so a
 * run pays no schema compilation; tests hold them to the library's
 * Validation.JsonStrictValidator and to the schema files.
 */
import { InternalError } from '../../lib/errors.js'
import type { SbomFormat } from '../../lib/sbom/document.js'
import validateCycloneDx from './validators/cyclonedx-1.6.cjs'
import type { SchemaValidator } from './validators/schema-validator.cjs'
import validateSpdx from './validators/spdx-2.3.cjs'

const VALIDATORS: Readonly<Record<SbomFormat, SchemaValidator>> = {
  cyclonedx: validateCycloneDx,
  spdx: validateSpdx
}

const SCHEMA_NAMES: Readonly<Record<SbomFormat, string>> = {
  cyclonedx: 'CycloneDX 1.6 (strict)',
  spdx: 'SPDX 2.3'
}

const MAX_REPORTED_PROBLEMS = 5

/**
 * Schema problems of a document, as `path: message`; empty when valid. The
 * document is its JSON text, or the JSON data that is written as that text
 * (JSON.stringify keeps everything a schema sees), which spares a re-parse.
 */
export function findSchemaProblems(
  format: SbomFormat,
  document: string | object
): string[] {
  const validate = VALIDATORS[format]
  let data: unknown = document
  if (typeof document === 'string') {
    try {
      data = JSON.parse(document)
    } catch (error) {
      return [`not JSON: ${(error as Error).message}`]
    }
  }
  if (validate(data)) return []
  return (validate.errors ?? []).map(
    (e) =>
      `${e.instancePath || '/'}: ${e.message ?? e.keyword} (${e.schemaPath})`
  )
}

/** An invalid document is a bug in Provenant: the run fails with an InternalError. */
export function assertValidSbom(
  format: SbomFormat,
  document: string | object,
  file: string
): void {
  const problems = findSchemaProblems(format, document)
  if (problems.length === 0) return
  const shown = problems.slice(0, MAX_REPORTED_PROBLEMS).join('; ')
  throw new InternalError(
    'SBOM_SCHEMA_INVALID',
    `${file} does not validate against the ${SCHEMA_NAMES[format]} schema (a bug in Provenant; nothing was written): ${shown}`
  )
}
