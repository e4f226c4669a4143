/**
 * slsa-verifier --source-versioned-tag: the built tag is a semantic version
 * of the line the user names. vX accepts any vX.*.*, vX.Y any vX.Y.*, and
 * vX.Y.Z only that patch (with its pre-release, build metadata ignored).
 * Versions are read as Go's golang.org/x/mod/semver reads them: a leading
 * "v", shorthands vX and vX.Y, pre-release and build only on vX.Y.Z.
 */
import { verificationFailure } from './codes.js'

const SEMVER =
  /^v(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)?)?$/

interface Semver {
  major: string
  minor?: string
  patch?: string
  prerelease: string
}

export function parseGoSemver(v: string): Semver | undefined {
  const m = SEMVER.exec(v)
  if (!m) return undefined
  if (m[4] && !validPrerelease(m[4])) return undefined
  return {
    major: m[1]!,
    ...(m[2] !== undefined ? { minor: m[2] } : {}),
    ...(m[3] !== undefined ? { patch: m[3] } : {}),
    prerelease: m[4] ?? ''
  }
}

/** Numeric pre-release identifiers carry no leading zero. */
function validPrerelease(pre: string): boolean {
  return pre
    .slice(1)
    .split('.')
    .every((id) => !/^\d+$/.test(id) || id === '0' || !id.startsWith('0'))
}

/** The built tag (from the certificate's refs/tags/ ref) against the wanted line. */
export function assertVersionedTag(tag: string, wanted: string): void {
  const fail = (message: string): never => {
    throw verificationFailure('VERIFY_SOURCE_REF_MISMATCH', message)
  }
  const expected = parseGoSemver(wanted)
  if (!expected) {
    return fail(
      `--source-versioned-tag ${wanted} is not a semantic version (vX, vX.Y or vX.Y.Z)`
    )
  }
  const built = parseGoSemver(tag)
  if (!built)
    return fail(`built from tag ${tag}, which is not a semantic version`)
  const actual = {
    major: built.major,
    minor: built.minor ?? '0',
    patch: `${built.patch ?? '0'}${built.prerelease}`
  }
  if (actual.major !== expected.major) {
    fail(
      `built from tag ${tag}: major version v${actual.major}, not v${expected.major} (--source-versioned-tag ${wanted})`
    )
  }
  if (expected.minor !== undefined && actual.minor !== expected.minor) {
    fail(
      `built from tag ${tag}: minor version ${actual.minor}, not ${expected.minor} (--source-versioned-tag ${wanted})`
    )
  }
  const wantedPatch =
    expected.patch !== undefined
      ? `${expected.patch}${expected.prerelease}`
      : undefined
  if (wantedPatch !== undefined && actual.patch !== wantedPatch) {
    fail(
      `built from tag ${tag}: patch version ${actual.patch}, not ${wantedPatch} (--source-versioned-tag ${wanted})`
    )
  }
}

/**
 * A builder ref slsa-verifier trusts: refs/tags/vX.Y.Z, all three parts,
 * no pre-release and no build metadata.
 */
export function isReleaseTagRef(ref: string | undefined): boolean {
  const tag = ref?.startsWith('refs/tags/') ? ref.slice(10) : undefined
  const v = tag !== undefined ? parseGoSemver(tag) : undefined
  return (
    v !== undefined &&
    v.patch !== undefined &&
    v.prerelease === '' &&
    !tag!.includes('+')
  )
}
