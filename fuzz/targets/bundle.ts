/** A Sigstore bundle's JSON, as `verify` reads it before any check. */
import { bundleFromJSON } from '@sigstore/bundle'
import {
  bundleShapeProblems,
  timestampWindowProblems
} from '../../src/lib/verify/bundle-checks.js'
import { normalizeBundleJson } from '../../src/lib/verify/normalize-bundle.js'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FuzzTarget } from './support.js'

const FIXTURES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../__tests__/fixtures/verify-corpus'
)

const target: FuzzTarget = {
  run(data) {
    let json: unknown
    try {
      json = JSON.parse(data.toString('utf8'))
    } catch {
      return
    }
    // Outside verify's try, as in io/verify/sigstore.ts: these must not throw.
    if (bundleShapeProblems(json).length > 0) return
    const normalized = normalizeBundleJson(json, { keepRfc3161: true })
    try {
      timestampWindowProblems(normalized)
      bundleFromJSON(normalizeBundleJson(normalized, { keepRfc3161: false }))
    } catch {
      // Reported by verify as VERIFY_BUNDLE_INVALID.
    }
  },
  seeds: () =>
    readdirSync(FIXTURES, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.sigstore.json'))
      .map((f) => readFileSync(path.join(FIXTURES, f))),
  dictionary: [
    '"mediaType":',
    'application/vnd.dev.sigstore.bundle.v0.3+json',
    '"verificationMaterial":',
    '"tlogEntries":',
    '"inclusionProof":',
    '"inclusionPromise":',
    '"checkpoint":',
    '"timestampVerificationData":',
    '"rfc3161Timestamps":',
    '"messageSignature":',
    '"dsseEnvelope":',
    '"certificate":',
    '"rawBytes":'
  ]
}
export default target
