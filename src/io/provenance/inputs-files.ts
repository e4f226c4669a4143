/**
 * The files the provenance inputs name besides the subjects: the SBOM
 * (sbom-path), another predicate (predicate-path) and a rebuild verdict
 * (reproducible-verdict). All are read and checked before anything is
 * signed, so a bad file fails the run with nothing written.
 */
import { createHash } from 'node:crypto'
import path from 'node:path'
import { InputError } from '../../lib/errors.js'
import type { ProvenanceInputs } from '../../lib/provenance/parse-inputs.js'
import type { SbomFile, SbomFormat } from '../../lib/provenance/sbom.js'
import {
  MAX_PREDICATE_BYTES,
  detectSbomFormat
} from '../../lib/provenance/sbom.js'
import { readInputFile } from './subjects.js'

export interface LoadedSbom {
  document: object
  format: SbomFormat
  file: SbomFile
}

export interface LoadedFiles {
  sbom: LoadedSbom | undefined
  predicate: { type: string; document: object } | undefined
  verdict: { file: string; document: unknown } | undefined
}

export async function loadInputFiles(
  inputs: Pick<
    ProvenanceInputs,
    'sbomPath' | 'predicate' | 'reproducibleVerdict'
  >,
  workspace: string
): Promise<LoadedFiles> {
  const resolve = (p: string): string => path.resolve(workspace, p)
  let sbom: LoadedSbom | undefined
  if (inputs.sbomPath !== undefined) {
    const bytes = await readInputFile('sbom-path', resolve(inputs.sbomPath))
    const document = parseJsonObject('sbom-path', inputs.sbomPath, bytes)
    const format = detectSbomFormat(document, 'sbom-path')
    sbom = {
      document,
      format,
      file: {
        name: path.basename(inputs.sbomPath),
        sha256: createHash('sha256').update(bytes).digest('hex'),
        predicateBytes: Buffer.byteLength(JSON.stringify(document))
      }
    }
  }
  let predicate: LoadedFiles['predicate']
  if (inputs.predicate !== undefined) {
    const file = inputs.predicate.path
    const bytes = await readInputFile('predicate-path', resolve(file))
    const document = parseJsonObject('predicate-path', file, bytes)
    if (Buffer.byteLength(JSON.stringify(document)) > MAX_PREDICATE_BYTES) {
      throw new InputError(
        'PROVENANCE_PREDICATE_TOO_LARGE',
        `input "predicate-path": ${file} is larger than GitHub's 16 MB predicate limit; attest a smaller predicate or one that references the data by digest`
      )
    }
    predicate = { type: inputs.predicate.type, document }
  }
  let verdict: LoadedFiles['verdict']
  if (inputs.reproducibleVerdict !== undefined) {
    const file = inputs.reproducibleVerdict
    const bytes = await readInputFile('reproducible-verdict', resolve(file))
    verdict = {
      file,
      document: parseJsonObject('reproducible-verdict', file, bytes)
    }
  }
  return { sbom, predicate, verdict }
}

function parseJsonObject(input: string, file: string, bytes: Buffer): object {
  let value: unknown
  try {
    value = JSON.parse(bytes.toString('utf8'))
  } catch (error) {
    throw new InputError(
      'PROVENANCE_FILE_NOT_JSON',
      `input "${input}": ${file} is not JSON (${error instanceof Error ? error.message : String(error)})`,
      { cause: error }
    )
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(
      'PROVENANCE_FILE_NOT_OBJECT',
      `input "${input}": ${file} must hold a JSON object`
    )
  }
  return value
}
