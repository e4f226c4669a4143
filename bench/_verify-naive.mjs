/**
 * The naive script of bench/verify.mjs: for every bundle of a release
 * folder, the trust material rebuilt (read trusted_root.json,
 * TrustedRoot.fromJSON, toTrustMaterial, new Verifier) and sigstore-js
 * called, as a loop over `cosign verify-blob` would. Prints the loop's wall
 * and CPU time as JSON (its own start-up not counted).
 *
 * usage: node bench/_verify-naive.mjs <release-dir> <trusted_root.json> <policy JSON>
 */
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { bundleFromJSON } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify'

const THRESHOLDS = {
  tlogThreshold: 1,
  ctlogThreshold: 1,
  timestampThreshold: 1
}

const [dir, trustedRoot, policyJson] = process.argv.slice(2)
const policy = JSON.parse(policyJson)
const names = (await readdir(dir)).filter((n) => n.endsWith('.bin')).sort()
const started = performance.now()
const cpuStarted = process.cpuUsage()
for (const name of names) {
  const data = await readFile(path.join(dir, name))
  const bundle = JSON.parse(
    await readFile(path.join(dir, `${name}.sigstore.json`), 'utf8')
  )
  const trust = toTrustMaterial(
    TrustedRoot.fromJSON(JSON.parse(await readFile(trustedRoot, 'utf8')))
  )
  new Verifier(trust, THRESHOLDS).verify(
    toSignedEntity(bundleFromJSON(bundle), data),
    {
      subjectAlternativeName: policy.identity,
      extensions: { issuer: policy.issuer }
    }
  )
}
const cpu = process.cpuUsage(cpuStarted)
console.log(
  JSON.stringify({
    ms: performance.now() - started,
    cpuMs: (cpu.user + cpu.system) / 1000
  })
)
