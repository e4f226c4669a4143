/**
 * Attestation routes of the local GitHub API: store a Sigstore bundle for a
 * repository, and list bundles by the digest of a subject of their in-toto
 * statement, per repository or across an owner's repositories. As GitHub,
 * a digest nothing was attested for answers 404.
 */
import type { LocalRequest, LocalResponse } from '../http-server.js'
import type { GitHubRouteContext } from './context.js'
import type { StoredAttestation } from './store.js'
import {
  isObject,
  notFound,
  readJsonObject,
  validationFailed
} from './responses.js'
import {
  hasSubjectDigest,
  readStatementSummary
} from './attestation-subjects.js'
import { pagedAnswer } from './paging.js'

const SUBJECT_DIGEST = /^([a-z0-9]+):([0-9a-fA-F]+)$/

export function mountAttestationRoutes(ctx: GitHubRouteContext): void {
  const { route, store } = ctx
  route('POST', '/repos/:owner/:repo/attestations', (req) =>
    createAttestation(ctx, req)
  )
  const origin = (): string => new URL(ctx.baseUrl()).origin
  route('GET', '/repos/:owner/:repo/attestations/:subject_digest', (req) =>
    listAttestations(
      store.attestations,
      req,
      origin(),
      (a) =>
        sameName(a.owner, req.params.owner!) &&
        sameName(a.repo, req.params.repo!)
    )
  )
  route('GET', '/orgs/:org/attestations/:subject_digest', (req) =>
    listAttestations(store.attestations, req, origin(), (a) =>
      sameName(a.owner, req.params.org!)
    )
  )
}

function createAttestation(
  { store, now }: GitHubRouteContext,
  req: LocalRequest
): LocalResponse {
  const json = readJsonObject(req)
  if (!json.ok) return json.response
  const { bundle } = json.value
  if (!isObject(bundle) || typeof bundle.mediaType !== 'string') {
    return validationFailed('Attestation', 'bundle', 'invalid')
  }
  const { owner, repo } = req.params as { owner: string; repo: string }
  const attestation: StoredAttestation = {
    id: store.nextId('attestation'),
    owner,
    repo,
    repositoryId: store.repositoryId(owner, repo),
    bundle,
    ...readStatementSummary(bundle),
    createdAt: now().toISOString()
  }
  store.attestations.push(attestation)
  return { status: 201, body: { id: attestation.id } }
}

function listAttestations(
  all: readonly StoredAttestation[],
  req: LocalRequest,
  origin: string,
  inScope: (a: StoredAttestation) => boolean
): LocalResponse {
  const match = SUBJECT_DIGEST.exec(req.params.subject_digest!)
  if (!match) {
    return validationFailed('Attestation', 'subject_digest', 'invalid')
  }
  const algorithm = match[1]!
  const hex = match[2]!
  const predicateType = req.query.get('predicate_type')
  const found = all.filter(
    (a) =>
      inScope(a) &&
      hasSubjectDigest(a.subjects, algorithm, hex) &&
      (predicateType === null || a.predicateType === predicateType)
  )
  if (found.length === 0) return notFound()
  return pagedAnswer(
    found.map((a) => ({ bundle: a.bundle, repository_id: a.repositoryId })),
    req,
    origin,
    (attestations) => ({ attestations })
  )
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}
