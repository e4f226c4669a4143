/**
 * `--release` as a user writes it: `owner/repo@tag`, or the address of a
 * release page (`https://github.com/owner/repo/releases/tag/v1.2.3`).
 */
import { InputError } from '../errors.js'

export interface ReleaseRef {
  owner: string
  repo: string
  tag: string
}

const NAME = /^[A-Za-z0-9_.-]+$/
const SHORT = /^([^/@\s]+)\/([^/@\s]+)@(\S+)$/
const PAGE = /^\/([^/]+)\/([^/]+)\/releases\/tag\/([^/?#]+)\/?$/

export function parseReleaseRef(value: string): ReleaseRef {
  const given = value.trim()
  const short = SHORT.exec(given)
  const page = short ? undefined : pagePath(given)
  const parts = short ?? page
  if (parts) {
    const [, owner, repo, tag] = parts as unknown as [
      string,
      string,
      string,
      string
    ]
    const decodedTag = short ? tag : decodeURIComponent(tag)
    if (NAME.test(owner) && NAME.test(repo) && decodedTag !== '') {
      return { owner, repo, tag: decodedTag }
    }
  }
  throw new InputError(
    'VERIFY_RELEASE_REF',
    `--release has "${value}": give owner/repo@tag (acme/widget@v1.2.3) or a release address (https://github.com/acme/widget/releases/tag/v1.2.3)`
  )
}

function pagePath(value: string): RegExpExecArray | undefined {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
  return PAGE.exec(url.pathname) ?? undefined
}
