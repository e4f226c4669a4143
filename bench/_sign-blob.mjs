#!/usr/bin/env node
/**
 * Signing each file with its own certificate, on sigstore-js: for every
 * file a new OIDC token, a new key, a new Fulcio certificate, a Rekor entry
 * and (with TSA_URL) a timestamp, written as `<file>.sigstore.json`.
 *
 * With one file this is what `cosign sign-blob` does each time a release
 * script calls it in a loop (cosign is not installable here, so this stands
 * in for it); bench/sign.mjs runs it once per file. With many files it
 * signs them all from one process, `--concurrency` at a time, and prints
 * `{"durationMs": ...}` timed from after its imports, as `provenant sign`
 * times itself.
 *
 * usage: node bench/_sign-blob.mjs [--concurrency N] FILE...
 *   env: FULCIO_URL, REKOR_URL, TSA_URL (optional), and the runner's
 *   ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN
 */
import { readFile, writeFile } from 'node:fs/promises'
import {
  CIContextProvider,
  FulcioSigner,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness
} from '@sigstore/sign'
import { bundleToJSON } from '@sigstore/bundle'

const started = performance.now()
const args = process.argv.slice(2)
let concurrency = 1
if (args[0] === '--concurrency') {
  concurrency = Number(args[1])
  args.splice(0, 2)
}
const env = (name) => {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set`)
  return value
}
const witnesses = [new RekorWitness({ rekorBaseURL: env('REKOR_URL') })]
if (process.env.TSA_URL) {
  witnesses.push(new TSAWitness({ tsaBaseURL: process.env.TSA_URL }))
}

async function signWithItsOwnCertificate(file) {
  const signer = new FulcioSigner({
    fulcioBaseURL: env('FULCIO_URL'),
    identityProvider: new CIContextProvider('sigstore')
  })
  const builder = new MessageSignatureBundleBuilder({ signer, witnesses })
  const bundle = await builder.create({ data: await readFile(file) })
  await writeFile(`${file}.sigstore.json`, JSON.stringify(bundleToJSON(bundle)))
}

const queue = [...args]
const worker = async () => {
  for (let file = queue.shift(); file; file = queue.shift()) {
    await signWithItsOwnCertificate(file)
  }
}
await Promise.all(Array.from({ length: concurrency }, worker))
if (args.length > 1) {
  console.log(JSON.stringify({ durationMs: performance.now() - started }))
}
