/**
 * Files added to a release already published, as the consensus job of
 * reproducibility.yml adds the signed rebuild verdict: allowed on GitHub
 * unless the repository has immutable releases on, in which case the
 * release reports `immutable: true` (or refuses the upload with 422) and
 * nothing is added. An asset of the same name and digest stays; one with
 * another digest is replaced. Every call is retried as publishing is.
 */
import { InputError } from '../../lib/errors.js'
import { gitHubDetailOf, gitHubStatusOf } from '../github/client.js'
import type { PublishOptions, UploadTarget } from './release-api.js'
import { createApi, uploadAssets } from './release-api.js'

export interface AttachTarget {
  apiUrl: string
  token: string
  /** owner/name */
  repository: string
  tag: string
}

export type AttachResult =
  | { attached: true; htmlUrl: string; uploaded: string[] }
  | { attached: false; reason: string }

interface ReleaseJson extends UploadTarget {
  id: number
  html_url: string
  immutable?: boolean
}

export async function attachToRelease(
  target: AttachTarget,
  files: readonly string[],
  options: PublishOptions = {}
): Promise<AttachResult> {
  const api = createApi(target, options)
  const base = `/repos/${target.repository}/releases`
  const release = await api
    .call<ReleaseJson>(`${base}/tags/${encodeURIComponent(target.tag)}`, {})
    .catch((error: unknown) => {
      if (gitHubStatusOf(error) === 404) {
        throw new InputError(
          'ATTACH_NO_RELEASE',
          `${target.repository} has no published release ${target.tag} to attach to: give the tag of a published release`,
          { cause: error }
        )
      }
      throw error
    })
  const immutable = `release ${target.tag} of ${target.repository} is immutable (published with immutable releases on) and takes no new asset`
  if (release.immutable === true) return { attached: false, reason: immutable }
  let uploaded: string[]
  try {
    uploaded = await uploadAssets(api, base, release, files)
  } catch (error) {
    // The setting turned on since the release was read: nothing added.
    if (
      gitHubStatusOf(error) === 422 &&
      /immutable/i.test(`${gitHubDetailOf(error)} ${String(error)}`)
    ) {
      return { attached: false, reason: immutable }
    }
    throw error
  }
  return { attached: true, htmlUrl: release.html_url, uploaded }
}
