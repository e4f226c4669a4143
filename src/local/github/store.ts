/**
 * The in-memory state of one local GitHub API: releases with their assets,
 * attestations, and the order in which releases were created, filled and
 * published. One store per server; tests read it through `state`.
 */

export interface StoredAsset {
  id: number
  name: string
  label: string | null
  contentType: string
  bytes: Uint8Array
  /** `sha256:<hex>` of the bytes, as GitHub reports it on assets. */
  digest: string
  downloadCount: number
  createdAt: string
}

export interface StoredRelease {
  id: number
  owner: string
  repo: string
  tagName: string
  targetCommitish: string
  name: string | null
  body: string | null
  draft: boolean
  prerelease: boolean
  createdAt: string
  publishedAt: string | null
  /**
   * Published while the repository had immutable releases on: no asset can
   * be added or removed, the tag cannot move, no way back to draft. A
   * published release of a repository without the setting stays mutable, as
   * on GitHub.
   */
  immutable: boolean
  assets: StoredAsset[]
}

export interface AttestationSubject {
  name?: string
  digest: Record<string, string>
}

export interface StoredAttestation {
  id: number
  owner: string
  repo: string
  repositoryId: number
  bundle: Record<string, unknown>
  predicateType: string | undefined
  subjects: AttestationSubject[]
  createdAt: string
}

export type ReleaseEventType = 'create' | 'upload' | 'publish'

export interface ReleaseEvent {
  type: ReleaseEventType
  releaseId: number
  /** The asset name, for uploads. */
  asset?: string
  at: string
}

export interface GitHubApiState {
  readonly releases: readonly StoredRelease[]
  readonly attestations: readonly StoredAttestation[]
  /** create / upload / publish, in the order the server accepted them. */
  readonly events: readonly ReleaseEvent[]
}

/** Distinct ranges, so a release id passed where an asset id belongs is a 404. */
const FIRST_RELEASE_ID = 1001
const FIRST_ASSET_ID = 50001
const FIRST_ATTESTATION_ID = 1
const FIRST_REPOSITORY_ID = 700001

export class GitHubStore implements GitHubApiState {
  readonly releases: StoredRelease[] = []
  readonly attestations: StoredAttestation[] = []
  readonly events: ReleaseEvent[] = []
  private readonly repositoryIds = new Map<string, number>()
  /** Repositories with immutable releases on (Settings > General > Releases). */
  private readonly immutableRepositories = new Set<string>()
  private nextIds = {
    release: FIRST_RELEASE_ID,
    asset: FIRST_ASSET_ID,
    attestation: FIRST_ATTESTATION_ID
  }

  nextId(kind: 'release' | 'asset' | 'attestation'): number {
    return this.nextIds[kind]++
  }

  /** A stable numeric id per repository (owner and name are case-insensitive). */
  repositoryId(owner: string, repo: string): number {
    const key = repoKey(owner, repo)
    let id = this.repositoryIds.get(key)
    if (id === undefined) {
      id = FIRST_REPOSITORY_ID + this.repositoryIds.size
      this.repositoryIds.set(key, id)
    }
    return id
  }

  immutableReleases(owner: string, repo: string): boolean {
    return this.immutableRepositories.has(repoKey(owner, repo))
  }

  setImmutableReleases(owner: string, repo: string, enabled: boolean): void {
    const key = repoKey(owner, repo)
    if (enabled) this.immutableRepositories.add(key)
    else this.immutableRepositories.delete(key)
  }

  /** Publishes a release now; it is immutable when its repository says so. */
  publish(release: StoredRelease, at: string): void {
    release.draft = false
    release.publishedAt = at
    release.immutable = this.immutableReleases(release.owner, release.repo)
    this.record({ type: 'publish', releaseId: release.id, at })
  }

  releasesOf(owner: string, repo: string): StoredRelease[] {
    const key = repoKey(owner, repo)
    return this.releases.filter((r) => repoKey(r.owner, r.repo) === key)
  }

  findRelease(
    owner: string,
    repo: string,
    id: string
  ): StoredRelease | undefined {
    return this.releasesOf(owner, repo).find((r) => String(r.id) === id)
  }

  findReleaseByTag(
    owner: string,
    repo: string,
    tag: string
  ): StoredRelease | undefined {
    return this.releasesOf(owner, repo).find((r) => r.tagName === tag)
  }

  findAsset(
    owner: string,
    repo: string,
    id: string
  ): { release: StoredRelease; asset: StoredAsset } | undefined {
    for (const release of this.releasesOf(owner, repo)) {
      const asset = release.assets.find((a) => String(a.id) === id)
      if (asset) return { release, asset }
    }
    return undefined
  }

  record(event: ReleaseEvent): void {
    this.events.push(event)
  }
}

function repoKey(owner: string, repo: string): string {
  return `${owner}/${repo}`.toLowerCase()
}
