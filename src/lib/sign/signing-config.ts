/**
 * A Sigstore SigningConfig (v0.2, `signing_config.json`) -> the services to
 * sign with. Among the entries valid now and of an API version this client
 * speaks, the one that started most recently wins, as in sigstore-js.
 */
import { InputError } from '../errors.js'
import type { ConfiguredServices } from './instance.js'

export const SIGNING_CONFIG_V02_MEDIA_TYPE =
  'application/vnd.dev.sigstore.signingconfig.v0.2+json'

const MAX_CA_API_VERSION = 1
const MAX_TLOG_API_VERSION = 2
const MAX_TSA_API_VERSION = 1

interface ServiceJson {
  url?: unknown
  majorApiVersion?: unknown
  validFor?: { start?: unknown; end?: unknown }
}

interface SelectedService {
  url: string
  majorApiVersion: number
}

export function parseSigningConfig(
  json: unknown,
  now: Date,
  inputName = 'signing-config'
): ConfiguredServices {
  const config = json as Record<string, unknown> | null
  if (
    typeof config !== 'object' ||
    config === null ||
    config.mediaType !== SIGNING_CONFIG_V02_MEDIA_TYPE
  ) {
    throw new InputError(
      'SIGN_SIGNING_CONFIG_FORMAT',
      `input "${inputName}" is not a Sigstore signing config v0.2 (mediaType "${SIGNING_CONFIG_V02_MEDIA_TYPE}")`
    )
  }
  for (const [field, key] of [
    ['rekorTlogConfig', 'rekorTlogUrls'],
    ['tsaConfig', 'tsaUrls']
  ] as const) {
    const selector = (config[field] as { selector?: unknown } | undefined)
      ?.selector
    if (
      selector !== undefined &&
      selector !== 'ANY' &&
      Array.isArray(config[key]) &&
      (config[key] as unknown[]).length > 0
    ) {
      throw new InputError(
        'SIGN_SIGNING_CONFIG_SELECTOR',
        `input "${inputName}": ${field}.selector ${JSON.stringify(selector)} is not supported (only ANY)`
      )
    }
  }
  const ca = select(config.caUrls, MAX_CA_API_VERSION, now)
  const tlog = select(config.rekorTlogUrls, MAX_TLOG_API_VERSION, now)
  const tsa = select(config.tsaUrls, MAX_TSA_API_VERSION, now)
  if (!ca && !tlog && !tsa) {
    throw new InputError(
      'SIGN_SIGNING_CONFIG_EMPTY',
      `input "${inputName}" names no service valid now that this client supports (Fulcio v1, Rekor v1/v2, TSA v1)`
    )
  }
  return {
    ...(ca ? { fulcioUrl: ca.url } : {}),
    ...(tlog ? { rekor: tlog } : {}),
    ...(tsa ? { tsaUrl: tsa.url } : {})
  }
}

function select(
  list: unknown,
  maxApiVersion: number,
  now: Date
): SelectedService | undefined {
  if (!Array.isArray(list)) return undefined
  const candidates = (list as ServiceJson[])
    .map((s) => ({
      url: typeof s.url === 'string' ? s.url.replace(/\/+$/, '') : '',
      majorApiVersion:
        typeof s.majorApiVersion === 'number' ? s.majorApiVersion : 1,
      start: toTime(s.validFor?.start) ?? 0,
      end: toTime(s.validFor?.end)
    }))
    .filter(
      (s) =>
        s.url !== '' &&
        s.majorApiVersion <= maxApiVersion &&
        s.start <= now.getTime() &&
        (s.end === undefined || s.end >= now.getTime())
    )
    .sort((a, b) => b.start - a.start)
  const best = candidates[0]
  return best
    ? { url: best.url, majorApiVersion: best.majorApiVersion }
    : undefined
}

function toTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined
  const time = Date.parse(value)
  return Number.isNaN(time) ? undefined : time
}
