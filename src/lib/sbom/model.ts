/**
 * The dependency graph every SBOM source produces and every SBOM format is
 * written from: one model, two formats (CycloneDX 1.6 and SPDX 2.3).
 * Lockfile readers fill it; writers never look at a lockfile.
 */

/** purl types Provenant writes. */
export type Ecosystem =
  | 'npm'
  | 'pypi'
  | 'golang'
  | 'cargo'
  | 'deb'
  | 'apk'
  | 'rpm'
  | 'oci'
  | 'generic'

/**
 * What a component is, for the job summary's counts: a package of the
 * operating system (dpkg, apk, rpm), a language package (the default),
 * code vendored inside another component, or a module linked into a binary.
 */
export type ComponentKind = 'os' | 'language' | 'vendored' | 'binary-module'

/**
 * required: needed at run time; optional: optional/peer/os-specific at run
 * time; dev: only for development (CycloneDX `excluded`, SPDX DEV_DEPENDENCY_OF).
 */
export type Scope = 'required' | 'optional' | 'dev'

export type HashAlgorithm = 'MD5' | 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512'

export interface Hash {
  algorithm: HashAlgorithm
  /** Lower-case hex. */
  value: string
}

/** Where a component comes from, said honestly (never dropped). */
export type Origin =
  | { kind: 'registry'; url?: string }
  | { kind: 'git'; url: string; commit?: string }
  | { kind: 'url'; url: string }
  /**
   * A local path: an archive (counted as a package) or, with `directory`, a
   * folder of the tree that is not a workspace member (npm `file:../lib`, a go.mod
   * local replace, uv/Pipfile/Cargo path packages): the project's own code, not
   * a third-party package.
   */
  | { kind: 'file'; path: string; directory?: boolean }
  | { kind: 'workspace'; path: string }
  | { kind: 'alias'; alias: string }

export interface Component {
  /** Unique within the graph; used as CycloneDX bom-ref and SPDX id seed. */
  ref: string
  ecosystem: Ecosystem
  name: string
  /** Exact version as locked ('' only when the source has none, e.g. a git dependency without a tag). */
  version: string
  /** Package URL (purl spec), e.g. pkg:npm/%40scope/name@1.2.3 */
  purl: string
  hashes: Hash[]
  /** SPDX license expressions or names, as the source carries them. */
  licenses: string[]
  scope: Scope
  origin: Origin
  /** Extra facts (e.g. `provenant:os`, `go.sum h1` text, resolved URL), sorted by key when written. */
  properties: Record<string, string>
  /** undefined: a language package. */
  kind?: ComponentKind
  /**
   * The ref of the component (or root) that carries this one inside it
   * (vendored code): CycloneDX nests it, SPDX writes CONTAINS.
   */
  containedBy?: string
}

export interface Dependency {
  /** The depending component's ref, or the root's. */
  ref: string
  dependsOn: string[]
}

export interface RootComponent {
  ref: string
  ecosystem: Ecosystem
  name: string
  version: string
  purl: string
  /** 'application' for a source tree or a binary, 'library' / 'file' for an artifact, 'container' for an image. */
  type: 'application' | 'library' | 'file' | 'container'
  hashes: Hash[]
  licenses: string[]
  /** Extra facts about the subject itself (e.g. an artifact's RECORD entries), sorted by key when written. */
  properties?: Record<string, string>
}

export interface DependencyGraph {
  root: RootComponent
  components: Component[]
  dependencies: Dependency[]
  /** The files read, relative to the tree (lockfiles, manifests, archive members). */
  sources: string[]
}

/** Reads a file of the tree by its relative path (POSIX separators); undefined when absent. */
export type TreeReader = (relativePath: string) => string | undefined
