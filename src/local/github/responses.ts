/**
 * GitHub-shaped answers for the local GitHub API: error bodies with
 * `message`, `documentation_url` and `status`, 422 validation errors, and
 * JSON request bodies parsed the way GitHub rejects them.
 */
import type { LocalRequest, LocalResponse } from '../http-server.js'

export const DOCUMENTATION_URL = 'https://docs.github.com/rest'

export function githubError(
  status: number,
  message: string,
  extra: Record<string, unknown> = {}
): LocalResponse {
  return {
    status,
    body: {
      message,
      ...extra,
      documentation_url: DOCUMENTATION_URL,
      status: String(status)
    }
  }
}

export function badCredentials(): LocalResponse {
  return githubError(401, 'Bad credentials')
}

/** 403 as GitHub answers a token without the scope or the repository. */
export function notAccessible(): LocalResponse {
  return githubError(403, 'Resource not accessible by integration')
}

export function notFound(): LocalResponse {
  return githubError(404, 'Not Found')
}

/** 422 with one entry in `errors`, e.g. ('ReleaseAsset', 'name', 'already_exists'). */
export function validationFailed(
  resource: string,
  field: string,
  code: string
): LocalResponse {
  return githubError(422, 'Validation Failed', {
    errors: [{ resource, field, code }]
  })
}

export type JsonObjectResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; response: LocalResponse }

/** The request body as a JSON object; GitHub answers 400 to anything else. */
export function readJsonObject(req: LocalRequest): JsonObjectResult {
  const problem = {
    ok: false,
    response: githubError(400, 'Problems parsing JSON')
  } as const
  let value: unknown
  try {
    value = JSON.parse(req.body.toString('utf8') || '{}')
  } catch {
    return problem
  }
  return isObject(value) ? { ok: true, value } : problem
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
