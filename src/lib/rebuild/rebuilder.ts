/**
 * Who rebuilt: on GitHub Actions the run (its URL is the identity, with the
 * workflow, runner image and OS); elsewhere the host. Read from an
 * environment record passed in, never read from the process environment here.
 */
import type { RebuilderIdentity } from './model.js'

type Env = Readonly<Record<string, string | undefined>>

const RUNNER_DETAILS: Readonly<Record<string, string>> = {
  workflowRef: 'GITHUB_WORKFLOW_REF',
  repository: 'GITHUB_REPOSITORY',
  runnerEnvironment: 'RUNNER_ENVIRONMENT',
  runnerOs: 'RUNNER_OS',
  runnerArch: 'RUNNER_ARCH',
  runnerName: 'RUNNER_NAME',
  imageOs: 'ImageOS',
  imageVersion: 'ImageVersion'
}

export function toRebuilderIdentity(
  env: Env,
  hostname: string,
  provenantVersion: string
): RebuilderIdentity {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env
  if (env.GITHUB_ACTIONS === 'true' && GITHUB_REPOSITORY && GITHUB_RUN_ID) {
    const details: Record<string, string> = {}
    for (const [key, name] of Object.entries(RUNNER_DETAILS)) {
      const value = env[name]
      if (value) details[key] = value
    }
    const server = GITHUB_SERVER_URL ?? 'https://github.com'
    const attempt = env.GITHUB_RUN_ATTEMPT ?? '1'
    return {
      id: `${server}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}/attempts/${attempt}`,
      kind: 'github-actions',
      provenant: provenantVersion,
      details
    }
  }
  return {
    id: `local:${hostname}`,
    kind: 'local',
    provenant: provenantVersion,
    details: {}
  }
}

/** The repository: its origin remote (credentials dropped), else its directory. */
export function toRepositoryUri(
  remoteUrl: string | undefined,
  root: string
): string {
  if (remoteUrl) return remoteUrl.replace(/\/\/[^/@]+@/, '//')
  return `file://${root}`
}
