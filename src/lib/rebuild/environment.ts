/**
 * The normalised build environment: a few host variables a build needs to
 * run at all (PATH, HOME, proxies, CA bundles), then the variables that pin
 * what builds commonly leak (time, time zone, locale, hash seeds), then the
 * user's `env` input over both. Nothing else of the host leaks in: no
 * tokens, no runner variables.
 */

export const PASSTHROUGH_VARIABLES = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'TMPDIR',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'ALL_PROXY',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'NODE_EXTRA_CA_CERTS',
  'REQUESTS_CA_BUNDLE',
  'PIP_CERT'
] as const

export function buildNormalisedEnv(
  committerTime: number
): Record<string, string> {
  return {
    SOURCE_DATE_EPOCH: String(committerTime),
    TZ: 'UTC',
    LC_ALL: 'C.UTF-8',
    LANG: 'C.UTF-8',
    PYTHONHASHSEED: '0'
  }
}

export function buildRebuildEnv(
  host: Readonly<Record<string, string | undefined>>,
  committerTime: number,
  extra: Readonly<Record<string, string>>
): Record<string, string> {
  const env: Record<string, string> = {}
  for (const name of PASSTHROUGH_VARIABLES) {
    const value = host[name]
    if (value !== undefined) env[name] = value
  }
  return { ...env, ...buildNormalisedEnv(committerTime), ...extra }
}

/** The environment as recorded in reports: user:password in proxy URLs masked. */
export function toRecordedEnv(
  env: Readonly<Record<string, string>>
): Record<string, string> {
  const recorded: Record<string, string> = {}
  for (const name of Object.keys(env).sort()) {
    recorded[name] = env[name]!.replace(/\/\/[^/@\s]+@/g, '//***@')
  }
  return recorded
}
