/** Publishes a release with assets on the embedded local GitHub API. */
import type { LocalGitHubApi } from '../../src/local/github/api.js'

export async function publishRelease(
  api: LocalGitHubApi,
  repository: string,
  tag: string,
  assets: Record<string, Uint8Array | string>
): Promise<void> {
  const auth = { authorization: `Bearer ${api.token}` }
  const created = await fetch(`${api.url}/repos/${repository}/releases`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ tag_name: tag, draft: true })
  })
  const release = (await created.json()) as { id: number; upload_url: string }
  for (const [name, bytes] of Object.entries(assets)) {
    const url = release.upload_url.replace(
      '{?name,label}',
      `?name=${encodeURIComponent(name)}`
    )
    const res = await fetch(url, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/octet-stream' },
      body: typeof bytes === 'string' ? bytes : Buffer.from(bytes)
    })
    if (res.status !== 201) throw new Error(`upload of ${name}: ${res.status}`)
  }
  const published = await fetch(
    `${api.url}/repos/${repository}/releases/${release.id}`,
    {
      method: 'PATCH',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ draft: false })
    }
  )
  if (published.status !== 200) throw new Error(`publish: ${published.status}`)
}
