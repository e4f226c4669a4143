/**
 * The release on GitHub through the REST API, in the only order immutable
 * releases allow: find or create the draft for the tag, upload every asset
 * it lacks (a re-run resumes: assets already there with the same digest
 * stay, a differing one is replaced), then publish once. A failure before
 * publishing leaves only the draft. Every call goes through the GitHub
 * client: retried on 429, 5xx, rate limits and network errors with bounded
 * backoff.
 */
import path from 'node:path'
import { InputError } from '../../lib/errors.js'
import {
  createApi,
  type PublishOptions,
  type UploadTarget,
  uploadAssets
} from './release-api.js'

export type { PublishOptions } from './release-api.js'

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
  /** Assets this run uploaded (fewer than assets on a resumed run). */
  uploaded: string[]
}

interface ReleaseJson extends UploadTarget {
  id: number
  tag_name: string
  draft: boolean
  html_url: string
}

export async function publishRelease(
  target: PublishTarget,
  files: readonly string[],
  options: PublishOptions = {}
): Promise<PublishedRelease> {
  const api = createApi(target, options)
  const base = `/repos/${target.repository}/releases`
  assertDistinctNames(files)
  const existing = (await api.client.paginate<ReleaseJson>(base)).find(
    (r) => r.tag_name === target.tag
  )
  if (existing && !existing.draft) {
    throw new InputError(
      'RELEASE_ALREADY_PUBLISHED',
      `release ${target.tag} of ${target.repository} is already published and immutable: release a new tag`
    )
  }
  const draft =
    existing ??
    (await api.call<ReleaseJson>(base, {
      method: 'POST',
      json: {
        tag_name: target.tag,
        name: target.name,
        body: target.body,
        draft: true,
        target_commitish: target.commit
      }
    }))
  if (existing)
    options.log?.(
      `resuming the draft of ${target.tag} (${existing.assets.length} asset(s) there)`
    )
  const uploaded = await uploadAssets(api, base, draft, files)
  const published = await api.call<ReleaseJson>(`${base}/${draft.id}`, {
    method: 'PATCH',
    json: { draft: false, body: target.body, name: target.name }
  })
  return {
    id: published.id,
    htmlUrl: published.html_url,
    assets: files.map((f) => path.basename(f)),
    uploaded
  }
}

function assertDistinctNames(files: readonly string[]): void {
  const names = files.map((f) => path.basename(f))
  const twice = names.filter((n, i) => names.indexOf(n) !== i)
  if (twice.length > 0) {
    throw new InputError(
      'RELEASE_DUPLICATE_ASSET',
      `two files would be the release asset ${twice[0]}: give each asset a distinct file name`
    )
  }
}
