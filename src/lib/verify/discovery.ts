/**
 * Discovery, pure: from the names in a release folder, which files are
 * release assets and which are evidence about them. A folder means every
 * file that is not itself evidence; each asset gets the signatures named
 * after it, and shares the folder's attestations, SBOMs, checksum files and
 * rebuild verdicts (those name their artifacts inside).
 */

export const BUNDLE_SUFFIXES = ['.sigstore.json', '.sigstore', '.bundle']

export type EvidenceKind =
  | 'bundle'
  | 'signature'
  | 'certificate'
  | 'minisig'
  | 'attestations'
  | 'statement'
  | 'sbom'
  | 'checksums'
  | 'rebuild-report'
  | 'trust'
  | 'public-key'
  | 'summary'

const RULES: readonly (readonly [RegExp, EvidenceKind])[] = [
  [/\.(sigstore\.json|sigstore|bundle)$/, 'bundle'],
  [/\.sig$/, 'signature'],
  [/\.(crt|pem|cert)$/, 'certificate'],
  [/\.minisig$/, 'minisig'],
  [/\.intoto\.jsonl$/, 'attestations'],
  [/\.intoto\.json$/, 'statement'],
  [/^sbom[-_.].*\.json$|\.(cdx|cyclonedx|spdx)\.json$|^bom\.json$/i, 'sbom'],
  [
    /^(SHA256SUMS|SHA512SUMS)(\.txt)?$|checksums\.txt$|\.(sha256|sha512|sha256sum|sha512sum)$/i,
    'checksums'
  ],
  [
    /^(report|rebuild-report|rebuild)\.(json|md)$|\.rebuild\.json$/,
    'rebuild-report'
  ],
  [/^(trusted_root|signing_config)\.json$/, 'trust'],
  [/\.pub$/, 'public-key'],
  [
    /^build-provenance\.json$|^VERIFY\.md$|^scan-report\.(json|sarif)$/,
    'summary'
  ]
]

/** The kind of evidence a file name says it is; undefined for a release asset. */
export function classifyName(name: string): EvidenceKind | undefined {
  for (const [pattern, kind] of RULES) if (pattern.test(name)) return kind
  return undefined
}

export interface SignatureFiles {
  /** Sigstore bundles: <name>.sigstore.json, .sigstore, .bundle. */
  bundles: string[]
  /** A cosign-style <name>.sig with its <name>.crt (or .pem). */
  legacy?: { signature: string; certificate: string | undefined }
  minisig?: string
}

export interface FolderEvidence {
  attestations: string[]
  statements: string[]
  sboms: string[]
  checksums: string[]
  rebuildReports: string[]
  /** Files Provenant never trusts from beside a release (pass --trusted-root). */
  ignored: string[]
}

export interface Discovery {
  /** Release assets, sorted. */
  assets: string[]
  folder: FolderEvidence
}

export function discover(names: readonly string[]): Discovery {
  const visible = names.filter((n) => !n.startsWith('.')).sort()
  const folder: FolderEvidence = {
    attestations: [],
    statements: [],
    sboms: [],
    checksums: [],
    rebuildReports: [],
    ignored: []
  }
  const assets: string[] = []
  const present = new Set(visible)
  for (const name of visible) {
    const kind = classifyName(name)
    if (kind === undefined) assets.push(name)
    else if (kind === 'attestations') folder.attestations.push(name)
    // A bundle named after no file here (a rebuild's rebuild.sigstore.json)
    // is an attestation: its statement names the artifacts it is about.
    else if (kind === 'bundle' && !present.has(bundleStem(name)))
      folder.attestations.push(name)
    else if (kind === 'statement') folder.statements.push(name)
    else if (kind === 'sbom') folder.sboms.push(name)
    else if (kind === 'checksums') folder.checksums.push(name)
    else if (kind === 'rebuild-report' && name.endsWith('.json'))
      folder.rebuildReports.push(name)
    else if (kind === 'trust') folder.ignored.push(name)
  }
  return { assets, folder }
}

/** `app.tgz` for `app.tgz.sigstore.json` (and .sigstore, .bundle). */
function bundleStem(name: string): string {
  const suffix = BUNDLE_SUFFIXES.find((s) => name.endsWith(s)) ?? ''
  return name.slice(0, name.length - suffix.length)
}

/** The signature files named after `name` among `names`. */
export function signatureFilesFor(
  name: string,
  names: ReadonlySet<string>
): SignatureFiles {
  const bundles = BUNDLE_SUFFIXES.map((s) => `${name}${s}`).filter((n) =>
    names.has(n)
  )
  const files: SignatureFiles = { bundles }
  const signature = `${name}.sig`
  if (names.has(signature)) {
    const certificate = ['.crt', '.pem', '.cert']
      .map((s) => `${name}${s}`)
      .find((n) => names.has(n))
    files.legacy = { signature, certificate }
  }
  if (names.has(`${name}.minisig`)) files.minisig = `${name}.minisig`
  return files
}

/** For `<name>.sha256` holding only a digest: the file it is about. */
export function checksumTarget(checksumFile: string): string | undefined {
  const match = /^(.+)\.(sha256|sha512|sha256sum|sha512sum)$/i.exec(
    checksumFile
  )
  return match ? match[1] : undefined
}
