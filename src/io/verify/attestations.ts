/**
 * Attestation files: `*.intoto.jsonl` (one Sigstore bundle per line, as
 * slsa-github-generator and Provenant write them), a single bundle JSON,
 * and in-toto statements written unsigned (a rebuild's
 * `rebuild.intoto.json`). Each bundle is verified once and shared by every
 * artifact its statement names.
 */
import path from 'node:path'
import type {
  AttestationEvidence,
  RebuildEvidence
} from '../../lib/verify/evidence.js'
import { fromStatement, isRebuildStatement } from '../../lib/verify/rebuild.js'
import { isObject, toStatement } from '../../lib/verify/statement.js'
import type { BundleChecker } from './sigstore.js'
import { InputError } from '../../lib/errors.js'
import { readRegularFile } from './files.js'

export interface LoadedAttestations {
  attestations: AttestationEvidence[]
  rebuilds: RebuildEvidence[]
  notes: string[]
}

/** Every line (or the one document) of an attestation file. */
export async function loadAttestationFile(
  file: string,
  label: string,
  checker: BundleChecker
): Promise<LoadedAttestations> {
  const loaded: LoadedAttestations = {
    attestations: [],
    rebuilds: [],
    notes: []
  }
  let text: string
  try {
    text = (await readRegularFile(file, label)).toString('utf8')
  } catch (error) {
    if (error instanceof InputError) throw error
    loaded.notes.push(
      `${label}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})`
    )
    return loaded
  }
  const documents = splitDocuments(text)
  documents.forEach(({ json, line, error }) => {
    const source = documents.length > 1 ? `${label}#${line}` : label
    if (error !== undefined) {
      loaded.notes.push(`${source}: not JSON, skipped (${error})`)
      return
    }
    addDocument(json, source, checker, loaded)
  })
  return loaded
}

interface Document {
  json?: unknown
  line: number
  error?: string
}

function splitDocuments(text: string): Document[] {
  const whole = text.trim()
  if (whole === '') return []
  try {
    return [{ json: JSON.parse(whole) as unknown, line: 1 }]
  } catch {
    // JSON lines
  }
  return text.split('\n').flatMap((raw, index): Document[] => {
    if (raw.trim() === '') return []
    try {
      return [{ json: JSON.parse(raw) as unknown, line: index + 1 }]
    } catch (error) {
      return [{ line: index + 1, error: (error as Error).message }]
    }
  })
}

/** A bundle is verified; an unsigned statement or envelope counts only as a rebuild verdict. */
export function addDocument(
  json: unknown,
  source: string,
  checker: BundleChecker,
  loaded: LoadedAttestations
): void {
  if (isObject(json) && 'verificationMaterial' in json) {
    const parsed = checker.parse(json)
    if (!parsed.ok) {
      loaded.notes.push(`${source}: ${parsed.reason}; skipped`)
      return
    }
    if (parsed.bundle.content.$case !== 'dsseEnvelope') {
      loaded.notes.push(
        `${source}: a message signature, not an attestation; skipped`
      )
      return
    }
    const check = checker.checkEnvelope(parsed.bundle)
    if (!check.statement) {
      loaded.notes.push(
        `${source}: ${check.result.ok ? 'no statement' : check.result.reason}; skipped`
      )
      return
    }
    loaded.attestations.push({
      source,
      statement: check.statement,
      result: check.result
    })
    return
  }
  const statement = toStatement(unwrapEnvelope(json))
  if (statement && isRebuildStatement(statement)) {
    loaded.rebuilds.push({
      source: `${source} (unsigned)`,
      entries: fromStatement(statement),
      signed: false
    })
  } else {
    loaded.notes.push(
      `${source}: not a Sigstore bundle; unsigned statements are not evidence, skipped`
    )
  }
}

function unwrapEnvelope(json: unknown): unknown {
  if (
    isObject(json) &&
    typeof json.payload === 'string' &&
    typeof json.payloadType === 'string'
  ) {
    try {
      return JSON.parse(
        Buffer.from(json.payload, 'base64').toString('utf8')
      ) as unknown
    } catch {
      return undefined
    }
  }
  return json
}

export function labelOf(file: string, base: string): string {
  return path.relative(base, file) || path.basename(file)
}
