/**
 * VERIFY.md: the exact commands a consumer runs on a release folder. Its
 * first line, `npx --yes provenant@<version> verify ...` (the exact version
 * that made the release), run from the folder, verifies the whole folder;
 * then cosign and gh for those who use them.
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
  /** The Provenant version the commands name (npx provenant@<version>). */
  provenantVersion: string
}

export function buildVerifyMd(parts: VerifyMdParts): string {
  const trust = parts.trustedRoot ? ` --trusted-root ${parts.trustedRoot}` : ''
  const provenant = [
    `npx --yes provenant@${parts.provenantVersion} verify .${trust}`,
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
    `With Provenant installed (\`npm install -g provenant@${parts.provenantVersion}\`, or its`,
    'single executable), run `provenant verify` with the same flags.',
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

const VERIFY_LINE = /^(?:npx --yes provenant@\S+|provenant) verify /

/**
 * The first verify command of a VERIFY.md, as the argv of an installed
 * `provenant` (`npx --yes provenant@<version>` read as `provenant`).
 */
export function firstVerifyCommand(markdown: string): string[] | undefined {
  const line = markdown.split('\n').find((l) => VERIFY_LINE.test(l))
  if (!line) return undefined
  const argv = [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]!)
  return argv[0] === 'npx' ? ['provenant', ...argv.slice(3)] : argv
}
