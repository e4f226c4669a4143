/**
 * The JSON shapes GitHub's REST API gives releases and release assets,
 * built from the local store. URLs point back at the local server.
 */
import type { StoredAsset, StoredRelease } from './store.js'

export function toReleaseJson(
  base: string,
  release: StoredRelease
): Record<string, unknown> {
  const repoPath = `${enc(release.owner)}/${enc(release.repo)}`
  const url = `${base}/repos/${repoPath}/releases/${release.id}`
  return {
    url,
    html_url: `${base}/${repoPath}/releases/tag/${enc(release.tagName)}`,
    assets_url: `${url}/assets`,
    upload_url: `${base}/uploads/repos/${repoPath}/releases/${release.id}/assets{?name,label}`,
    id: release.id,
    tag_name: release.tagName,
    target_commitish: release.targetCommitish,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: release.prerelease,
    immutable: release.immutable,
    created_at: release.createdAt,
    published_at: release.publishedAt,
    assets: release.assets.map((asset) => toAssetJson(base, release, asset))
  }
}

export function toAssetJson(
  base: string,
  release: StoredRelease,
  asset: StoredAsset
): Record<string, unknown> {
  const repoPath = `${enc(release.owner)}/${enc(release.repo)}`
  return {
    url: `${base}/repos/${repoPath}/releases/assets/${asset.id}`,
    browser_download_url: toDownloadUrl(base, release, asset.name),
    id: asset.id,
    name: asset.name,
    label: asset.label,
    state: 'uploaded',
    content_type: asset.contentType,
    size: asset.bytes.byteLength,
    digest: asset.digest,
    download_count: asset.downloadCount,
    created_at: asset.createdAt,
    updated_at: asset.createdAt
  }
}

export function toDownloadUrl(
  base: string,
  release: StoredRelease,
  name: string
): string {
  return `${base}/download/${enc(release.owner)}/${enc(release.repo)}/${enc(release.tagName)}/${enc(name)}`
}

const enc = encodeURIComponent
