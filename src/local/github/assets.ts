/**
 * Release asset routes of the local GitHub API: upload (on the `/uploads`
 * prefix, as uploads.github.com), list, get as JSON or as bytes, and the
 * browser download URL. An immutable release (published while its
 * repository had immutable releases on) takes no upload and loses no asset:
 * 422, as on GitHub; any other release, draft or published, takes both.
 */
import { sha256Digest } from '../../lib/digest.js'
import type { LocalRequest, LocalResponse } from '../http-server.js'
import type { GitHubRouteContext, ReleaseParams } from './context.js'
import type { StoredAsset } from './store.js'
import { githubError, notFound, validationFailed } from './responses.js'
import { toAssetJson } from './views.js'
import { pagedAnswer } from './paging.js'

export const IMMUTABLE_UPLOAD_MESSAGE =
  'Cannot upload assets to an immutable release.'
const OCTET_STREAM = 'application/octet-stream'

export function mountAssetRoutes(ctx: GitHubRouteContext): void {
  const { route, store, baseUrl } = ctx
  const releases = '/repos/:owner/:repo/releases'

  route('POST', `/uploads${releases}/:release_id/assets`, (req) =>
    uploadAsset(ctx, req)
  )
  route('GET', `${releases}/assets/:asset_id`, ({ params, headers }) => {
    const found = store.findAsset(params.owner!, params.repo!, params.asset_id!)
    if (!found) return notFound()
    if (headers.accept?.includes(OCTET_STREAM)) return sendBytes(found.asset)
    return {
      status: 200,
      body: toAssetJson(baseUrl(), found.release, found.asset)
    }
  })
  route('DELETE', `${releases}/assets/:asset_id`, ({ params }) => {
    const found = store.findAsset(params.owner!, params.repo!, params.asset_id!)
    if (!found) return notFound()
    if (found.release.immutable) {
      return githubError(422, IMMUTABLE_UPLOAD_MESSAGE)
    }
    found.release.assets.splice(found.release.assets.indexOf(found.asset), 1)
    return { status: 204 }
  })
  route('GET', `${releases}/:release_id/assets`, (req) => {
    const { params } = req
    const release = store.findRelease(
      params.owner!,
      params.repo!,
      params.release_id!
    )
    if (!release) return notFound()
    return pagedAnswer(
      release.assets.map((asset) => toAssetJson(baseUrl(), release, asset)),
      req,
      new URL(baseUrl()).origin
    )
  })
  route('GET', '/download/:owner/:repo/:tag/:name', ({ params }) => {
    const release = store.findReleaseByTag(
      params.owner!,
      params.repo!,
      params.tag!
    )
    const asset = release?.assets.find((a) => a.name === params.name)
    return asset ? sendBytes(asset) : notFound()
  })
}

function uploadAsset(
  { store, now, baseUrl }: GitHubRouteContext,
  req: LocalRequest
): LocalResponse {
  const { owner, repo, release_id } = req.params as ReleaseParams
  const release = store.findRelease(owner, repo, release_id)
  if (!release) return notFound()
  if (release.immutable) return githubError(422, IMMUTABLE_UPLOAD_MESSAGE)
  const name = req.query.get('name')
  if (!name) return validationFailed('ReleaseAsset', 'name', 'missing_field')
  if (release.assets.some((a) => a.name === name)) {
    return validationFailed('ReleaseAsset', 'name', 'already_exists')
  }
  const at = now().toISOString()
  const asset: StoredAsset = {
    id: store.nextId('asset'),
    name,
    label: req.query.get('label'),
    contentType: req.headers['content-type'] ?? OCTET_STREAM,
    bytes: new Uint8Array(req.body),
    digest: sha256Digest(req.body),
    downloadCount: 0,
    createdAt: at
  }
  release.assets.push(asset)
  store.record({ type: 'upload', releaseId: release.id, asset: name, at })
  return { status: 201, body: toAssetJson(baseUrl(), release, asset) }
}

function sendBytes(asset: StoredAsset): LocalResponse {
  asset.downloadCount += 1
  return { status: 200, body: asset.bytes, contentType: OCTET_STREAM }
}
