/**
 * The data of one rebuild: per-artifact results and the explanation of every
 * difference. report.json is this model; report.md, the job summary and the
 * verdict statement are views of it.
 */

export type ArtifactStatus = 'match' | 'mismatch' | 'missing' | 'extra'

/** Why two archives differ, as a producer would go about fixing it. */
export const DIFFERENCE_CATEGORIES = [
  'timestamps',
  'file-order',
  'permissions',
  'ownership',
  'build-path',
  'compression',
  'content'
] as const
export type DifferenceCategory = (typeof DIFFERENCE_CATEGORIES)[number]

export interface Difference {
  category: DifferenceCategory
  /** The archive member, `outer.tar.gz!/inner.whl!/path` when nested; absent for the artifact itself. */
  entry?: string
  /** What differs: mtime, mode, uid, gname, order, added, removed, content, gzip mtime, method, ... */
  what: string
  reference?: string
  rebuilt?: string
  /** A short unified diff (reference -> rebuilt), for text content. */
  diff?: string
}

export type Explainer = 'builtin' | 'diffoscope'

export interface DiffoscopeResult {
  /** The full text report, relative to the report directory. */
  report: string
  /** The first lines of the report. */
  excerpt: string
  exitCode: number | null
  timedOut: boolean
}

export interface Explanation {
  explainer: Explainer
  /** tar, tar.gz, zip, gzip, or file (not an archive the built-in explainer reads). */
  format: string
  categories: DifferenceCategory[]
  /** Differences per category, the omitted ones included. */
  counts: Partial<Record<DifferenceCategory, number>>
  differences: Difference[]
  /** Differences found but not listed (the list is capped). */
  omitted: number
  /** Why the explanation is partial, when it is. */
  note?: string
  diffoscope?: DiffoscopeResult
}

export interface DigestInfo {
  sha256: string
  size?: number
}

export interface ArtifactResult {
  name: string
  status: ArtifactStatus
  rebuilt?: DigestInfo & { path: string }
  reference?: DigestInfo
  explanation?: Explanation
}

export type ReferenceKind = 'directory' | 'checksums' | 'release'

export interface ReferenceInfo {
  kind: ReferenceKind
  /** The reference input as given. */
  location: string
  /** For a release: owner/repo, tag and its URL. */
  repository?: string
  tag?: string
  url?: string
  /** Reference entries the artifact globs do not name (signatures, SBOMs, ...). */
  ignored: string[]
}

export interface SourceInfo {
  /** Where the source came from: a git URL, or the repository directory. */
  repository: string
  commit: string
  /** The revision as given (source-ref). */
  ref: string
  /** The commit's committer time, in seconds: SOURCE_DATE_EPOCH. */
  committerTime: number
}

export interface BuildInfo {
  command: string
  workingDirectory: string
  artifacts: string[]
  /** The environment the build ran with (credentials in proxy URLs redacted). */
  environment: Record<string, string>
  umask: string
  /** Tool -> first line of its version output, for the tools found. */
  tools: Record<string, string>
  os: string
  durationMs: number
}

export interface RebuilderIdentity {
  /** A run URL on GitHub Actions; `local:<host>` elsewhere. */
  id: string
  kind: 'github-actions' | 'local'
  provenant: string
  details: Record<string, string>
}
