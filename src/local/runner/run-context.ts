/** What one workflow run shares across its jobs: repositories, services, store. */
import type { LocalGitHubApi } from '../github/api.js'
import type { OidcIssuer } from '../oidc.js'

export interface CallerRepository {
  /** owner/name */
  repository: string
  /** A git repository holding the commit (checked out by actions/checkout). */
  dir: string
  sha: string
  /** refs/tags/v1.0.0, refs/heads/main, ... */
  ref: string
  /** The calling workflow: owner/name/.github/workflows/x.yml@ref. */
  workflowRef: string
  eventName: string
  event: Record<string, unknown>
  actor: string
  /** The repository's secrets (the top workflow's secrets context). */
  secrets?: Record<string, string>
}

/** The repository of Provenant's own workflows and actions: this installation. */
export interface WorkflowRepository {
  repository: string
  /** The installed package (action.yml, actions/, dist/, .github/workflows/). */
  root: string
  sha: string
  /** The ref callers pin (a commit SHA or refs/tags/vX). */
  ref: string
}

export interface RunServices {
  oidc: OidcIssuer
  github: LocalGitHubApi
  /**
   * The runner's Sigstore instance, seen by every step (INPUT_FULCIO_URL,
   * INPUT_REKOR_URL, INPUT_TSA_URL, INPUT_TRUSTED_ROOT): the local stack's.
   */
  instanceEnv: Record<string, string>
}

export interface RunContext {
  /** Where jobs get their workspaces and the run its artifact store. */
  runDir: string
  caller: CallerRepository
  provenant: WorkflowRepository
  services: RunServices
  runId: string
  log: (line: string) => void
  /** Secrets never printed (::add-mask:: and every job's tokens). */
  masks: Set<string>
  /** Jobs made to fail at their first step (tests inject failures). */
  failJobs: ReadonlySet<string>
}

export type JobResult = 'success' | 'failure' | 'skipped' | 'cancelled'

export interface JobRecord {
  id: string
  /** With the matrix values, as GitHub names a matrix job. */
  name: string
  result: JobResult
  outputs: Record<string, string>
  ms: number
  /** Failed, but `continue-on-error` kept the workflow (and its matrix) going. */
  continuedOnError?: boolean
}
