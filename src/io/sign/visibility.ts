/**
 * The repository's visibility, from the event payload the runner writes at
 * GITHUB_EVENT_PATH. In Actions, when the payload does not say, it is taken
 * as private (as actions/attest does): a private repository's file names
 * must not land in the public transparency log by accident.
 */
import { readFile } from 'node:fs/promises'
import type { RepositoryVisibility } from '../../lib/sign/instance.js'

interface EventPayload {
  repository?: { visibility?: unknown; private?: unknown }
}

export async function readRepositoryVisibility(
  env: Readonly<Record<string, string | undefined>>
): Promise<RepositoryVisibility | undefined> {
  const inActions = env.GITHUB_ACTIONS === 'true'
  const eventPath = env.GITHUB_EVENT_PATH
  let payload: EventPayload | undefined
  if (eventPath) {
    payload = await readFile(eventPath, 'utf8').then(
      (text) => JSON.parse(text) as EventPayload,
      () => undefined
    )
  }
  const repository = payload?.repository
  const visibility = repository?.visibility
  if (
    visibility === 'public' ||
    visibility === 'private' ||
    visibility === 'internal'
  ) {
    return visibility
  }
  if (typeof repository?.private === 'boolean') {
    return repository.private ? 'private' : 'public'
  }
  return inActions ? 'private' : undefined
}
