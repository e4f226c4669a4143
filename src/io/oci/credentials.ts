/**
 * Registry credentials as users already hold them: Docker's config
 * (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`) and the
 * containers auth file skopeo and podman write (`$REGISTRY_AUTH_FILE`, else
 * `$XDG_RUNTIME_DIR/containers/auth.json`): `auths.<registry>.auth`
 * (base64 of user:password) or `username`/`password`, and
 * `identitytoken` (an OAuth2 refresh token). Credential helpers are not run.
 */
import { readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { InputError } from '../../lib/errors.js'

export type RegistryCredentials =
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'identity-token'; token: string }

const DOCKER_HUB_KEYS = [
  'https://index.docker.io/v1/',
  'index.docker.io',
  'docker.io',
  'registry-1.docker.io'
]

export function credentialFiles(env: NodeJS.ProcessEnv): string[] {
  const files: string[] = []
  if (env.REGISTRY_AUTH_FILE) files.push(env.REGISTRY_AUTH_FILE)
  else if (env.XDG_RUNTIME_DIR)
    files.push(path.join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'))
  files.push(
    path.join(
      env.DOCKER_CONFIG ?? path.join(env.HOME ?? os.homedir(), '.docker'),
      'config.json'
    )
  )
  return files
}

/** The first credentials any of the files holds for the registry; undefined for none. */
export async function findRegistryCredentials(
  registry: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<RegistryCredentials | undefined> {
  const keys = DOCKER_HUB_KEYS.includes(registry) ? DOCKER_HUB_KEYS : [registry]
  for (const file of credentialFiles(env)) {
    const text = await readFile(file, 'utf8').catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    })
    if (text === undefined) continue
    let config: { auths?: Record<string, Record<string, unknown>> }
    try {
      config = JSON.parse(text) as typeof config
    } catch (error) {
      throw new InputError(
        'OCI_CREDENTIALS_INVALID',
        `${file} is not JSON: fix it, or log in again (docker login, skopeo login)`,
        { cause: error }
      )
    }
    for (const [key, entry] of Object.entries(config.auths ?? {})) {
      const host = key.replace(/^https?:\/\//, '').replace(/\/.*$/, '')
      if (!keys.includes(key) && !keys.includes(host)) continue
      const found = toCredentials(entry, file)
      if (found) return found
    }
  }
  return undefined
}

function toCredentials(
  entry: Record<string, unknown>,
  file: string
): RegistryCredentials | undefined {
  if (typeof entry.identitytoken === 'string' && entry.identitytoken)
    return { kind: 'identity-token', token: entry.identitytoken }
  if (typeof entry.auth === 'string' && entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon <= 0) {
      throw new InputError(
        'OCI_CREDENTIALS_INVALID',
        `${file}: an "auth" entry is not base64 of user:password: log in again`
      )
    }
    return {
      kind: 'basic',
      username: decoded.slice(0, colon),
      password: decoded.slice(colon + 1)
    }
  }
  if (typeof entry.username === 'string' && typeof entry.password === 'string')
    return { kind: 'basic', username: entry.username, password: entry.password }
  return undefined
}
