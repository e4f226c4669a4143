/**
 * Job permissions as GitHub grants them: `permissions:` of the job, else
 * of the workflow; `{}` grants nothing; a called workflow cannot widen what
 * its caller granted. What a job may reach follows from them: only
 * `id-token: write` gets the OIDC request variables, and the job's GitHub
 * token carries exactly its scopes (the local GitHub API enforces them).
 */
import { InputError } from '../../lib/errors.js'

export type Access = 'none' | 'read' | 'write'
export type Permissions = Record<string, Access>

/** The scopes GitHub knows; read-all / write-all expand to these. */
const SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses'
]
const RANK: Record<Access, number> = { none: 0, read: 1, write: 2 }

/** `permissions:` as written (undefined: not given). */
export function parsePermissions(
  value: unknown,
  where: string
): Permissions | undefined {
  if (value === undefined || value === null) return undefined
  if (value === 'read-all' || value === 'write-all') {
    const access: Access = value === 'read-all' ? 'read' : 'write'
    return Object.fromEntries(SCOPES.map((s) => [s, access]))
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(
      'RUNNER_PERMISSIONS',
      `${where}: permissions must be read-all, write-all or a mapping of scope: read | write | none`
    )
  }
  const granted: Permissions = {}
  for (const [scope, access] of Object.entries(
    value as Record<string, unknown>
  )) {
    if (access !== 'read' && access !== 'write' && access !== 'none') {
      throw new InputError(
        'RUNNER_PERMISSIONS',
        `${where}: permissions.${scope} is "${JSON.stringify(access)}": use read, write or none`
      )
    }
    granted[scope] = access
  }
  return granted
}

/**
 * A called workflow's job asks no more than the caller granted; GitHub
 * refuses such a run before it starts, and so does the runner.
 */
export function assertWithin(
  asked: Permissions,
  granted: Permissions,
  where: string
): void {
  const wider = Object.entries(asked).filter(
    ([scope, access]) => RANK[access] > RANK[granted[scope] ?? 'none']
  )
  if (wider.length > 0) {
    throw new InputError(
      'RUNNER_PERMISSIONS',
      `${where} asks for ${wider.map(([s, a]) => `${s}: ${a}`).join(', ')}, more than its caller grants (${describe(granted)}): widen the calling job's permissions`
    )
  }
}

export function allows(
  permissions: Permissions,
  scope: string,
  access: Access
): boolean {
  return RANK[permissions[scope] ?? 'none'] >= RANK[access]
}

export function describe(permissions: Permissions): string {
  const given = Object.entries(permissions).filter(([, a]) => a !== 'none')
  return given.length === 0
    ? 'none'
    : given.map(([s, a]) => `${s}: ${a}`).join(', ')
}
