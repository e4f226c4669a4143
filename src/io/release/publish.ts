/**
 * The release on GitHub, in the only order immutable releases allow:
 * create a draft, attach every asset, then publish once. A failure before
 * publishing leaves only the draft.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ServiceError } from '../../lib/errors.js'

export interface PublishTarget {
  apiUrl: string
  token: string
  repository: string
  tag: string
  name: string
  body: string
  commit: string
}

export interface PublishedRelease {
  id: number
  htmlUrl: string
  assets: string[]
}

export async function publishRelease(
  target: PublishTarget,
  files: readonly string[]
): Promise<PublishedRelease> {
  const api = async <T>(
    method: string,
    url: string,
    body?: string | Uint8Array,
    type = 'application/json'
  ): Promise<T> => {
    const response = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${target.token}`,
        accept: 'application/vnd.github+json',
        'content-type': type
      },
      ...(body === undefined ? {} : { body })
    })
    if (!response.ok) {
      throw new ServiceError(
        'github',
        `${method} ${new URL(url).pathname} answered ${response.status}: ${await response.text()}`,
        {
          status: response.status
        }
      )
    }
    return (await response.json()) as T
  }
  const base = `${target.apiUrl}/repos/${target.repository}/releases`
  const draft = await api<{ id: number; upload_url: string }>(
    'POST',
    base,
    JSON.stringify({
      tag_name: target.tag,
      name: target.name,
      body: target.body,
      draft: true,
      target_commitish: target.commit
    })
  )
  const uploadBase = draft.upload_url.replace(/\{.*\}$/, '')
  const assets: string[] = []
  for (const file of files) {
    const name = path.basename(file)
    await api(
      'POST',
      `${uploadBase}?name=${encodeURIComponent(name)}`,
      await readFile(file),
      'application/octet-stream'
    )
    assets.push(name)
  }
  const published = await api<{ id: number; html_url: string }>(
    'PATCH',
    `${base}/${draft.id}`,
    JSON.stringify({ draft: false })
  )
  return { id: published.id, htmlUrl: published.html_url, assets }
}
