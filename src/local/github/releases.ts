/**
 * Release routes of the local GitHub API: create, get (by id, by tag,
 * latest), list and update, and the repository's immutable-releases
 * setting. As on GitHub, a published release stays editable (assets, tag,
 * back to draft) unless the repository had immutable releases on when it
 * was published: then only its title and notes can change.
 */
import type { LocalRequest, LocalResponse } from '../http-server.js'
import type { GitHubRouteContext, ReleaseParams } from './context.js'
import type { StoredRelease } from './store.js'
import {
  githubError,
  notFound,
  readJsonObject,
  validationFailed
} from './responses.js'
import { parseReleaseFields } from './release-fields.js'
import { toReleaseJson } from './views.js'
import { pagedAnswer } from './paging.js'

const IMMUTABLE_RELEASE_MESSAGE = 'Cannot modify an immutable release.'

export function mountReleaseRoutes(ctx: GitHubRouteContext): void {
  const { route, store, baseUrl } = ctx
  const ok = (status: number, release: StoredRelease): LocalResponse => ({
    status,
    body: toReleaseJson(baseUrl(), release)
  })
  const base = '/repos/:owner/:repo/releases'

  route('POST', base, (req) => createRelease(ctx, req, ok))
  route('GET', base, (req) =>
    pagedAnswer(
      store
        .releasesOf(req.params.owner!, req.params.repo!)
        .toSorted((a, b) => b.id - a.id)
        .map((release) => toReleaseJson(baseUrl(), release)),
      req,
      new URL(baseUrl()).origin
    )
  )
  route('GET', `${base}/latest`, ({ params }) => {
    const latest = store
      .releasesOf(params.owner!, params.repo!)
      .filter((r) => !r.draft && !r.prerelease)
      .at(-1)
    return latest ? ok(200, latest) : notFound()
  })
  // Drafts are not found by tag: only published releases have a tag yet.
  route('GET', `${base}/tags/:tag`, ({ params }) => {
    const release = store.findReleaseByTag(
      params.owner!,
      params.repo!,
      params.tag!
    )
    return release && !release.draft ? ok(200, release) : notFound()
  })
  route('GET', `${base}/:release_id`, ({ params }) => {
    const release = store.findRelease(
      params.owner!,
      params.repo!,
      params.release_id!
    )
    return release ? ok(200, release) : notFound()
  })
  route('PATCH', `${base}/:release_id`, (req) => updateRelease(ctx, req, ok))
  mountImmutableSettingRoutes(ctx)
}

/**
 * GET / PUT / DELETE /repos/{owner}/{repo}/immutable-releases: whether
 * releases published from now on are immutable (GitHub's repository
 * setting; releases already published keep what they had).
 */
function mountImmutableSettingRoutes({ route, store }: GitHubRouteContext) {
  const setting = '/repos/:owner/:repo/immutable-releases'
  route('GET', setting, ({ params }) => ({
    status: 200,
    body: {
      enabled: store.immutableReleases(params.owner!, params.repo!),
      enforced_by_owner: false
    }
  }))
  for (const [method, enabled] of [
    ['PUT', true],
    ['DELETE', false]
  ] as const) {
    route(method, setting, ({ params }) => {
      store.setImmutableReleases(params.owner!, params.repo!, enabled)
      return { status: 204 }
    })
  }
}

type Answer = (status: number, release: StoredRelease) => LocalResponse

function createRelease(
  { store, now }: GitHubRouteContext,
  req: LocalRequest,
  ok: Answer
): LocalResponse {
  const json = readJsonObject(req)
  if (!json.ok) return json.response
  const parsed = parseReleaseFields(json.value)
  if (!parsed.ok) return parsed.response
  const { fields } = parsed
  const { owner, repo } = req.params as { owner: string; repo: string }
  if (fields.tag_name === undefined) {
    return validationFailed('Release', 'tag_name', 'missing_field')
  }
  if (store.findReleaseByTag(owner, repo, fields.tag_name)) {
    return validationFailed('Release', 'tag_name', 'already_exists')
  }
  const at = now().toISOString()
  const draft = fields.draft ?? false
  const release: StoredRelease = {
    immutable: false,
    id: store.nextId('release'),
    owner,
    repo,
    tagName: fields.tag_name,
    targetCommitish: fields.target_commitish ?? 'main',
    name: fields.name ?? null,
    body: fields.body ?? null,
    draft,
    prerelease: fields.prerelease ?? false,
    createdAt: at,
    publishedAt: null,
    assets: []
  }
  store.releases.push(release)
  store.record({ type: 'create', releaseId: release.id, at })
  if (!draft) store.publish(release, at)
  return ok(201, release)
}

function updateRelease(
  { store, now }: GitHubRouteContext,
  req: LocalRequest,
  ok: Answer
): LocalResponse {
  const { owner, repo, release_id } = req.params as ReleaseParams
  const release = store.findRelease(owner, repo, release_id)
  if (!release) return notFound()
  const json = readJsonObject(req)
  if (!json.ok) return json.response
  const parsed = parseReleaseFields(json.value)
  if (!parsed.ok) return parsed.response
  const { fields } = parsed

  const retags =
    fields.tag_name !== undefined && fields.tag_name !== release.tagName
  if (release.immutable && (fields.draft === true || retags)) {
    return githubError(422, IMMUTABLE_RELEASE_MESSAGE)
  }
  if (retags && store.findReleaseByTag(owner, repo, fields.tag_name!)) {
    return validationFailed('Release', 'tag_name', 'already_exists')
  }

  if (fields.tag_name !== undefined) release.tagName = fields.tag_name
  if (fields.target_commitish !== undefined) {
    release.targetCommitish = fields.target_commitish
  }
  if (fields.name !== undefined) release.name = fields.name
  if (fields.body !== undefined) release.body = fields.body
  if (fields.prerelease !== undefined) release.prerelease = fields.prerelease
  if (release.draft && fields.draft === false) {
    store.publish(release, now().toISOString())
  } else if (!release.draft && fields.draft === true) {
    release.draft = true
    release.publishedAt = null
  }
  return ok(200, release)
}
