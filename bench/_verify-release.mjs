/**
 * The bench's release for bench/verify.mjs: COUNT small files signed on
 * `provenant local` with @sigstore/sign (one Fulcio certificate and one key
 * for every bundle, as `provenant sign` does), cached with the trusted root
 * they verify against and the signer's identity (policy.json).
 */
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto'
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { bundleToJSON } from '@sigstore/bundle'
import {
  CIContextProvider,
  FulcioSigner,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness
} from '@sigstore/sign'
import { startStack } from './_stack.mjs'

const SIGN_CONCURRENCY = 16

/** One Fulcio certificate and one key for every bundle, as `provenant sign` does. */
function oneCertificateSigner(fulcioURL) {
  const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const keyHolder = {
    sign: async (data) => ({
      signature: sign('sha256', data, keys.privateKey),
      key: {
        $case: 'publicKey',
        publicKey: keys.publicKey
          .export({ format: 'pem', type: 'spki' })
          .toString()
      }
    })
  }
  const fulcio = new FulcioSigner({
    fulcioBaseURL: fulcioURL,
    identityProvider: new CIContextProvider('sigstore'),
    keyHolder
  })
  let certificate
  return {
    async sign(data) {
      certificate ??= fulcio
        .sign(Buffer.from('certificate request'))
        .then((s) => s.key)
      const key = await certificate
      const { signature } = await keyHolder.sign(data)
      return { signature, key }
    }
  }
}

export async function makeBundles(CLI, CACHE, COUNT) {
  await rm(CACHE, { recursive: true, force: true })
  const dir = path.join(CACHE, 'release')
  await mkdir(dir, { recursive: true })
  const stack = await startStack(CLI, CACHE)
  try {
    Object.assign(process.env, stack.env)
    const signer = oneCertificateSigner(stack.env.INPUT_FULCIO_URL)
    const witnesses = [
      new RekorWitness({ rekorBaseURL: stack.env.INPUT_REKOR_URL }),
      new TSAWitness({ tsaBaseURL: stack.env.INPUT_TSA_URL })
    ]
    const builder = new MessageSignatureBundleBuilder({ signer, witnesses })
    const names = Array.from(
      { length: COUNT },
      (_, i) => `artifact-${String(i).padStart(4, '0')}.bin`
    )
    let next = 0
    const started = performance.now()
    await Promise.all(
      Array.from({ length: SIGN_CONCURRENCY }, async () => {
        while (next < names.length) {
          const name = names[next++]
          const data = randomBytes(1024)
          await writeFile(path.join(dir, name), data)
          const bundle = bundleToJSON(await builder.create({ data }))
          await writeFile(
            path.join(dir, `${name}.sigstore.json`),
            JSON.stringify(bundle)
          )
        }
      })
    )
    const identity = `https://github.com/${stack.env.GITHUB_WORKFLOW_REF}`
    const issuer = new URL(stack.env.ACTIONS_ID_TOKEN_REQUEST_URL).origin
    await writeFile(
      path.join(CACHE, 'policy.json'),
      JSON.stringify({ identity, issuer })
    )
    console.log(
      `signed ${COUNT} bundles in ${((performance.now() - started) / 1000).toFixed(1)} s (cached in ${CACHE})`
    )
  } finally {
    await stack.stop()
  }
}

export async function cached(CACHE, COUNT) {
  try {
    const names = await readdir(path.join(CACHE, 'release'))
    await readFile(path.join(CACHE, 'policy.json'))
    return names.filter((n) => n.endsWith('.sigstore.json')).length === COUNT
  } catch {
    return false
  }
}
