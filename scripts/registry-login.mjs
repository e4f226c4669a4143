#!/usr/bin/env node
/**
 * Logs a job of the publish workflow in to the registries of its images, as
 * `docker login` does: a docker config.json (mode 0600) in <dir> with the
 * user name and token for each registry named in IMAGES (oci:// references,
 * whitespace separated), and DOCKER_CONFIG=<dir> appended to GITHUB_ENV so
 * the next steps' Provenant actions read it. Nothing is printed.
 *
 * usage: REGISTRY_USERNAME=… REGISTRY_TOKEN=… IMAGES=… node scripts/registry-login.mjs <dir>
 */
import { appendFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

const [dir] = process.argv.slice(2)
const { IMAGES = '', REGISTRY_USERNAME = '', REGISTRY_TOKEN = '' } = process.env
const fail = (message) => {
  process.stderr.write(`::error::${message}\n`)
  process.exit(2)
}
if (!dir) fail('usage: registry-login.mjs <dir>')
if (!REGISTRY_USERNAME) fail('input "registry-username" is empty')
if (!REGISTRY_TOKEN) {
  fail(
    'registry-username is set but the secret "registry_token" is empty: pass it from the calling job (secrets: { registry_token: ... })'
  )
}

const hosts = new Set()
for (const image of IMAGES.split(/\s+/).filter(Boolean)) {
  const match = /^oci:\/\/([^/]+)\//.exec(image)
  if (!match) {
    fail(
      `input "images": "${image}" is not oci://<registry>/<repository>:<tag> or @sha256:<digest>`
    )
  }
  hosts.add(match[1])
}
const auth = Buffer.from(`${REGISTRY_USERNAME}:${REGISTRY_TOKEN}`).toString(
  'base64'
)
const auths = Object.fromEntries([...hosts].map((host) => [host, { auth }]))
await mkdir(dir, { recursive: true, mode: 0o700 })
await writeFile(path.join(dir, 'config.json'), JSON.stringify({ auths }), {
  mode: 0o600
})
if (process.env.GITHUB_ENV) {
  await appendFile(process.env.GITHUB_ENV, `DOCKER_CONFIG=${dir}\n`)
}
