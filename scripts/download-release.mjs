#!/usr/bin/env node
/**
 * Downloads every asset of a published release through the GitHub REST API
 * (GITHUB_API_URL, GH_TOKEN or GITHUB_TOKEN), as a consumer gets it: the
 * publish workflow's verify job runs it, with nothing but Node.
 *
 * usage: node scripts/download-release.mjs <owner/name> <tag> <dir> [--wait-minutes N]
 *   --wait-minutes N: wait up to N minutes for the release to be published
 *   with at least one asset (reproducibility.yml waits for publish.yml).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

const ATTEMPTS = 5
const [repository, tag, dir, flag, minutes] = process.argv.slice(2)
const waitMs = flag === '--wait-minutes' ? Number(minutes) * 60_000 : 0
if (!repository || !tag || !dir || (flag !== undefined && !(waitMs >= 0))) {
  process.stderr.write(
    'usage: download-release.mjs <owner/name> <tag> <dir> [--wait-minutes N]\n'
  )
  process.exit(2)
}
const POLL_MS = 30_000
const api = process.env.GITHUB_API_URL || 'https://api.github.com'
const token = process.env.GH_TOKEN || process.env.GITHUB_TOKEN
const headers = token ? { authorization: `Bearer ${token}` } : {}

async function get(url, accept) {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url, {
      headers: { ...headers, accept }
    }).catch((error) => ({ ok: false, status: 0, error }))
    if (response.ok) return response
    const retryable =
      response.status === 0 || response.status === 429 || response.status >= 500
    if (!retryable || attempt >= ATTEMPTS) {
      throw new Error(
        `GET ${new URL(url).pathname} answered ${response.status}`
      )
    }
    await new Promise((r) => setTimeout(r, 500 * 2 ** attempt))
  }
}

async function published() {
  const deadline = Date.now() + waitMs
  for (;;) {
    try {
      const release = await (
        await get(
          `${api}/repos/${repository}/releases/tags/${encodeURIComponent(tag)}`,
          'application/vnd.github+json'
        )
      ).json()
      if (release.assets.length > 0 || Date.now() >= deadline) return release
    } catch (error) {
      if (Date.now() >= deadline) throw error
    }
    await new Promise((r) => setTimeout(r, POLL_MS))
  }
}

const release = await published()
if (release.assets.length === 0) {
  throw new Error(`release ${tag} of ${repository} has no assets`)
}
await mkdir(dir, { recursive: true })
for (const asset of release.assets) {
  if (path.basename(asset.name) !== asset.name || asset.name.startsWith('.')) {
    throw new Error(
      `the asset name ${JSON.stringify(asset.name)} is not a plain file name`
    )
  }
  const bytes = await (
    await get(asset.url, 'application/octet-stream')
  ).arrayBuffer()
  await writeFile(path.join(dir, asset.name), Buffer.from(bytes))
}
process.stdout.write(
  `${release.assets.length} assets of ${repository} ${tag} in ${dir}\n`
)
