/**
 * VERIFY.md: the exact commands a consumer runs on a release folder. Its
 * first `provenant verify ...` line, run from the folder, verifies the whole
 * folder; then cosign and gh for those who use them.
 */
export interface VerifyMdParts {
  /** The release's name, e.g. "@provenant-demo/hello 1.0.0". */
  title: string
  /** The signer identity (SAN) every certificate must carry. */
  certificateIdentity: string
  certificateOidcIssuer: string
  /** owner/name, for gh attestation verify. */
  repository: string
  /** The signed files (artifacts, SBOMs, SHA256SUMS), by name. */
  signedFiles: readonly string[]
  /** What `--require` asks of every artifact. */
  require: readonly string[]
  /** The trusted root file in the folder (a private instance or the local stack), if any. */
  trustedRoot?: string
  /** Who signed the rebuild verdict, when one is shipped signed. */
  rebuilderIdentity?: string
}

export function buildVerifyMd(parts: VerifyMdParts): string {
  const trust = parts.trustedRoot ? ` --trusted-root ${parts.trustedRoot}` : ''
  const provenant = [
    `provenant verify .${trust}`,
    `--certificate-identity '${parts.certificateIdentity}'`,
    `--certificate-oidc-issuer '${parts.certificateOidcIssuer}'`,
    `--require ${parts.require.join(',')}`,
    ...(parts.rebuilderIdentity
      ? [`--rebuilder-identity '${parts.rebuilderIdentity}'`]
      : [])
  ].join(' ')
  const cosign = parts.signedFiles.map((file) =>
    [
      `cosign verify-blob --bundle '${file}.sigstore.json'`,
      parts.trustedRoot ? `--trusted-root ${parts.trustedRoot}` : '',
      `--certificate-identity '${parts.certificateIdentity}'`,
      `--certificate-oidc-issuer '${parts.certificateOidcIssuer}'`,
      `'${file}'`
    ]
      .filter(Boolean)
      .join(' ')
  )
  return [
    `# Verifying ${parts.title}`,
    '',
    'Run this in the folder that holds the downloaded release: it checks every',
    "artifact's signature, identity, provenance, SBOM, checksum and rebuild verdict.",
    '',
    '```sh',
    provenant,
    '```',
    '',
    '## With cosign',
    '',
    '```sh',
    ...cosign,
    '```',
    '',
    '## With the GitHub CLI (attestations stored with GitHub)',
    '',
    '```sh',
    `gh attestation verify <artifact> --repo ${parts.repository}`,
    '```',
    ''
  ].join('\n')
}

/** The first `provenant verify` command of a VERIFY.md, as its argv. */
export function firstVerifyCommand(markdown: string): string[] | undefined {
  const line = markdown
    .split('\n')
    .find((l) => l.startsWith('provenant verify '))
  if (!line) return undefined
  return [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]!)
}
