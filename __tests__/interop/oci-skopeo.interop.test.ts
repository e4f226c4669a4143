/**
 * Image signatures and a tool nobody here wrote: Debian's skopeo
 * (containers/image) reads the signatures `provenant sign --key` pushed to
 * cosign's `.sig` tag (`use-sigstore-attachments`) and copies them out in
 * its own sigstore form; openssl checks each signature over its payload
 * with the public key, and the payload names the image's digest. When the
 * signature is replaced, openssl and `provenant verify` both refuse it.
 *
 * Debian's skopeo 1.9.3 carries a Debian-local patch that disables
 * sigstore in it ("Debian-local change: sigstore disabled"): a policy.json
 * with `sigstoreSigned` is refused whatever the signature, and `copy
 * --sign-by-sigstore-private-key` stops before signing. So the signature
 * check is openssl's here, and a signature written as skopeo writes it
 * (no Rekor entry) is made by removing the entry from ours.
 */
import crypto from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runProvenant } from '../helpers/cli.js'
import { withEnv } from '../helpers/env.js'
import { buildLayout, pushTag } from '../helpers/oci-images.js'
import { exec } from '../helpers/sbom-interop.js'
import { startRegistry, type LocalRegistry } from '../helpers/sbom-image.js'

interface SkopeoSignature {
  mimeType: string
  payload: string
  annotations: Record<string, string>
}

describe('skopeo reads provenant sign --key image signatures', () => {
  let dir: string
  let registry: LocalRegistry
  let restoreEnv: () => void
  let digest: string
  let keyFile: string
  let publicFile: string
  let registriesD: string
  let copies = 0

  /** skopeo copy to a dir: layout; the sigstore signatures it carried along. */
  const skopeoSignatures = async (): Promise<SkopeoSignature[]> => {
    const target = path.join(dir, `copy-${++copies}`)
    await exec('skopeo', [
      '--policy',
      path.join(dir, 'accept.json'),
      '--registries.d',
      registriesD,
      'copy',
      '--src-tls-verify=false',
      `docker://${registry.host}/app@${digest}`,
      `dir:${target}`
    ])
    const prefix = '\u0000sigstore-json\n'
    const text = await readFile(path.join(target, 'signature-1'), 'utf8')
    expect(text.startsWith(prefix)).toBe(true)
    return [JSON.parse(text.slice(prefix.length)) as SkopeoSignature]
  }

  /** openssl's verdict on one signature over its payload. */
  const opensslVerify = async (s: SkopeoSignature): Promise<boolean> => {
    const payload = path.join(dir, `payload-${copies}`)
    const signature = path.join(dir, `signature-${copies}.der`)
    await writeFile(payload, Buffer.from(s.payload, 'base64'))
    await writeFile(
      signature,
      Buffer.from(
        s.annotations['dev.cosignproject.cosign/signature']!,
        'base64'
      )
    )
    return exec('openssl', [
      'dgst',
      '-sha256',
      '-verify',
      publicFile,
      '-signature',
      signature,
      payload
    ]).then(
      ({ stdout }) => stdout.includes('Verified OK'),
      () => false
    )
  }

  const provenantVerify = () =>
    runProvenant([
      'verify',
      `oci://${registry.host}/app@${digest}`,
      '--key',
      publicFile,
      '--trusted-root',
      path.join(dir, 'trusted_root.json'),
      '--json'
    ])

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'provenant-oci-skopeo-'))
    restoreEnv = withEnv({
      NO_PROXY: '127.0.0.1,localhost',
      no_proxy: '127.0.0.1,localhost',
      DOCKER_CONFIG: path.join(dir, 'docker'),
      REGISTRY_AUTH_FILE: path.join(dir, 'auth.json'),
      SIGSTORE_ID_TOKEN: undefined,
      GITHUB_ACTIONS: undefined
    })
    registry = await startRegistry(path.join(dir, 'registry'))
    const layout = await buildLayout(dir, ['signed'])
    digest = await pushTag(layout, 'signed', `${registry.host}/app:signed`)
    const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', {
      namedCurve: 'P-256'
    })
    keyFile = path.join(dir, 'key.pem')
    await writeFile(
      keyFile,
      privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    )
    publicFile = path.join(dir, 'key.pub')
    await writeFile(
      publicFile,
      publicKey.export({ type: 'spki', format: 'pem' }).toString()
    )
    await writeFile(
      path.join(dir, 'accept.json'),
      JSON.stringify({ default: [{ type: 'insecureAcceptAnything' }] })
    )
    registriesD = path.join(dir, 'registries.d')
    await mkdir(registriesD)
    await writeFile(
      path.join(registriesD, 'local.yaml'),
      `docker:\n  ${registry.host}:\n    use-sigstore-attachments: true\n`
    )
  }, 120_000)

  afterAll(async () => {
    restoreEnv()
    await registry.stop()
    await rm(dir, { recursive: true, force: true })
  })

  it('skopeo carries the signature along; openssl verifies it over a payload naming the digest', async () => {
    const signed = await runProvenant([
      'sign',
      '--local',
      '--key',
      keyFile,
      '--output-dir',
      dir,
      `oci://${registry.host}/app:signed`
    ])
    expect(signed.code).toBe(0)
    const [signature] = await skopeoSignatures()
    expect(signature!.mimeType).toBe(
      'application/vnd.dev.cosign.simplesigning.v1+json'
    )
    const payload = JSON.parse(
      Buffer.from(signature!.payload, 'base64').toString('utf8')
    ) as {
      critical: {
        identity: { 'docker-reference': string }
        image: { 'docker-manifest-digest': string }
        type: string
      }
    }
    expect(payload.critical).toEqual({
      identity: { 'docker-reference': `${registry.host}/app` },
      image: { 'docker-manifest-digest': digest },
      type: 'cosign container image signature'
    })
    expect(await opensslVerify(signature!)).toBe(true)
    expect((await provenantVerify()).code).toBe(0)
  }, 60_000)

  it('once the signature is replaced, openssl and provenant verify refuse it', async () => {
    const url = `http://${registry.host}/v2/app/manifests/${digest.replace(':', '-')}.sig`
    const accept = 'application/vnd.oci.image.manifest.v1+json'
    const manifest = (await (
      await fetch(url, { headers: { accept } })
    ).json()) as { layers: { annotations: Record<string, string> }[] }
    const other = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' })
    for (const layer of manifest.layers) {
      layer.annotations['dev.cosignproject.cosign/signature'] = crypto
        .sign('sha256', Buffer.from('another payload'), other.privateKey)
        .toString('base64')
    }
    const put = await fetch(url, {
      method: 'PUT',
      headers: { 'content-type': accept },
      body: JSON.stringify(manifest)
    })
    expect(put.status).toBe(201)
    const [signature] = await skopeoSignatures()
    expect(await opensslVerify(signature!)).toBe(false)
    const verified = await provenantVerify()
    expect(verified.code).toBe(1)
    expect(verified.out).toContain('VERIFY_SIGNATURE_INVALID')
  }, 60_000)

  it('a key provenant generate-key-pair made (cosign format): signed, carried by skopeo, checked by openssl; unlogged only with --insecure-ignore-tlog', async () => {
    const restore = withEnv({ COSIGN_PASSWORD: 'image-signing-passphrase' })
    try {
      const prefix = path.join(dir, 'cosign')
      const made = await runProvenant([
        'generate-key-pair',
        '--output-key-prefix',
        prefix
      ])
      expect(made.code).toBe(0)
      expect(await readFile(`${prefix}.key`, 'utf8')).toContain(
        'ENCRYPTED SIGSTORE PRIVATE KEY'
      )
      publicFile = `${prefix}.pub`
      const layout = await buildLayout(path.join(dir, 'cosign-image'), ['c'])
      digest = await pushTag(layout, 'c', `${registry.host}/app:c`)
      const signed = await runProvenant([
        'sign',
        '--local',
        '--key',
        `${prefix}.key`,
        '--oci-format',
        'legacy',
        '--output-dir',
        dir,
        `oci://${registry.host}/app:c`
      ])
      expect(signed.code).toBe(0)
      const [signature] = await skopeoSignatures()
      expect(await opensslVerify(signature!)).toBe(true)
      expect((await provenantVerify()).code).toBe(0)
    } finally {
      restore()
    }
    // As skopeo writes it: the signature alone, no Rekor entry.
    const url = `http://${registry.host}/v2/app/manifests/${digest.replace(':', '-')}.sig`
    const accept = 'application/vnd.oci.image.manifest.v1+json'
    const manifest = (await (
      await fetch(url, { headers: { accept } })
    ).json()) as { layers: { annotations: Record<string, string> }[] }
    for (const layer of manifest.layers)
      delete layer.annotations['dev.sigstore.cosign/bundle']
    await fetch(url, {
      method: 'PUT',
      headers: { 'content-type': accept },
      body: JSON.stringify(manifest)
    })
    const unlogged = await provenantVerify()
    expect(unlogged.code).toBe(1)
    expect(unlogged.out).toContain('VERIFY_SIGNATURE_UNLOGGED')
    const accepted = await runProvenant([
      'verify',
      `oci://${registry.host}/app@${digest}`,
      '--key',
      publicFile,
      '--trusted-root',
      path.join(dir, 'trusted_root.json'),
      '--insecure-ignore-tlog'
    ])
    expect(accepted.code).toBe(0)
  }, 120_000)
})
