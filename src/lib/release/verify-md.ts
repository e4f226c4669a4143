/**
 * VERIFY.md: the exact commands a consumer runs in the downloaded release
 * folder. Every line binds the caller: the repository the release belongs
 * to, the reusable workflow that signed it, and (provenant) the tag, so an
 * artifact of another repository signed through the same reusable workflow
 * fails them all. Then cosign and gh, one line per file.
 */
import { PROVENANT_VERSION } from '../version.js'
import { provenantCommandPrefix, toCommand } from '../sign/verify-commands.js'

export interface VerifyMdParts {
  /** The release's name, e.g. "acme/widget v1.0.0". */
  title: string
  /** The signer identity (SAN): the reusable workflow at its ref. */
  certificateIdentity: string
  certificateOidcIssuer: string
  /** owner/name of the repository the release belongs to (the caller). */
  repository: string
  /** The tag the provenance must name as its source. */
  sourceTag: string
  /** The signed files (artifacts, SBOMs, SHA256SUMS), by name. */
  signedFiles: readonly string[]
  /** The artifacts the provenance attests (for gh attestation verify). */
  attestedFiles: readonly string[]
  /** Images released with it (registry/repository@sha256:<hex>). */
  images?: readonly string[]
  /** What `--require` asks of every artifact. */
  require: readonly string[]
  /**
   * A trusted_root.json kept outside the release (a private instance or
   * the local stack's); absent for the public-good instance.
   */
  trustedRoot?: string
  /** The release was made on the local stack (`provenant release --local`). */
  local?: boolean
  /** Who signed the rebuild verdict, when one is shipped signed. */
  rebuilderIdentity?: string
  /** The provenance file for gh's --bundle (offline, private instances). */
  provenanceBundle?: string
}

/** The reusable workflow of an identity: owner/repo/path.yml, without the ref. */
export function toSignerWorkflow(identity: string): string {
  return identity.replace(/^https:\/\/github\.com\//, '').replace(/@.*$/, '')
}

/** The `provenant verify` line: the whole policy of the release in one command. */
function provenantCommand(parts: VerifyMdParts, trust: string[]): string {
  return toCommand([
    ...provenantCommandPrefix(),
    'verify',
    '.',
    ...trust,
    '--repo',
    parts.repository,
    '--signer-workflow',
    toSignerWorkflow(parts.certificateIdentity),
    '--source-tag',
    parts.sourceTag,
    '--certificate-oidc-issuer',
    parts.certificateOidcIssuer,
    '--require',
    parts.require.join(','),
    ...(parts.rebuilderIdentity
      ? ['--rebuilder-identity', parts.rebuilderIdentity]
      : [])
  ])
}

/** One `cosign verify-blob` line per signed file. */
function cosignCommands(parts: VerifyMdParts, trust: string[]): string[] {
  return parts.signedFiles.map((file) =>
    toCommand([
      'cosign',
      'verify-blob',
      '--bundle',
      `${file}.sigstore.json`,
      ...cosignIdentityFlags(parts, trust),
      file
    ])
  )
}

/** cosign's flags that hold a signature to the release's signer. */
function cosignIdentityFlags(
  parts: VerifyMdParts,
  trust: readonly string[]
): string[] {
  return [
    ...trust,
    '--certificate-identity',
    parts.certificateIdentity,
    '--certificate-oidc-issuer',
    parts.certificateOidcIssuer,
    '--certificate-github-workflow-repository',
    parts.repository
  ]
}

/** One `gh attestation verify` line per attested file. */
function ghCommands(parts: VerifyMdParts): string[] {
  return parts.attestedFiles.map((file) =>
    toCommand([
      'gh',
      'attestation',
      'verify',
      file,
      '--repo',
      parts.repository,
      '--signer-workflow',
      toSignerWorkflow(parts.certificateIdentity),
      ...(parts.trustedRoot
        ? [
            '--bundle',
            parts.provenanceBundle ?? 'provenance.intoto.jsonl',
            '--custom-trusted-root',
            parts.trustedRoot,
            '--cert-oidc-issuer',
            parts.certificateOidcIssuer
          ]
        : [])
    ])
  )
}

export function buildVerifyMd(parts: VerifyMdParts): string {
  const trust = parts.trustedRoot ? ['--trusted-root', parts.trustedRoot] : []
  const signerWorkflow = toSignerWorkflow(parts.certificateIdentity)
  const provenant = provenantCommand(parts, trust)
  const cosign = cosignCommands(parts, trust)
  const gh = ghCommands(parts)
  return [
    `# Verifying ${parts.title}`,
    '',
    ...trustNote(parts),
    'Run this in the folder that holds the downloaded release: it checks every',
    "artifact's signature, that it was signed by the reusable workflow",
    `${signerWorkflow} for ${parts.repository} at ${parts.sourceTag},`,
    'and its provenance, SBOM, checksum and rebuild verdict.',
    '',
    '```sh',
    provenant,
    '```',
    '',
    `With Provenant installed (\`npm install -g provenant@${PROVENANT_VERSION}\`, or its`,
    'single executable), run `provenant verify` with the same flags.',
    '',
    '## With cosign',
    '',
    '```sh',
    ...cosign,
    '```',
    '',
    '## With the GitHub CLI (one line per artifact)',
    '',
    '```sh',
    ...gh,
    '```',
    '',
    ...imageLines(parts, trust, signerWorkflow),
    ...bindingNotes(parts.signedFiles)
  ].join('\n')
}

/**
 * The files beside the artifacts and what binds each one: a careful
 * consumer should know which are evidence, which are reports, and who
 * could have written them.
 */
const BINDINGS: readonly (readonly [RegExp, string])[] = [
  [
    /^build-provenance\.json$/,
    'a readable summary of `provenance.intoto.jsonl`, signed; verify decides on the signed attestation, never on the summary.'
  ],
  [
    /^(rebuild-report\.(json|md)|rebuild\.intoto\.json)$/,
    "the rebuild job's report, signed by the release workflow as the file it shipped. The rebuild job runs the project's build, so this is a claim, not an independent verdict: that is reproducibility.yml's consensus verdict (`consensus.sigstore.json`), signed by a job that runs no build code and checked with `--rebuilder-identity`."
  ],
  [
    /^scan-report\.(json|sarif)$/,
    'the vulnerability scan of the SBOMs below, run before anything was signed (a finding at the threshold without VEX stops the release); signed.'
  ],
  [
    /^sbom[-_.].*\.json$/,
    'an SBOM of the release, signed; the provenance and the cosign lines above check it.'
  ]
]

function bindingNotes(signedFiles: readonly string[]): string[] {
  const notes = signedFiles.flatMap((file) => {
    const rule = BINDINGS.find(([pattern]) => pattern.test(file))
    return rule ? [`- \`${file}\`: ${rule[1]}`] : []
  })
  if (notes.length === 0) return []
  return ['## What the other files are', '', ...notes, '']
}

/** Provenant and cosign lines for each image, by digest: the signature and the provenance beside it. */
function imageLines(
  parts: VerifyMdParts,
  trust: readonly string[],
  signerWorkflow: string
): string[] {
  const images = parts.images ?? []
  if (images.length === 0) return []
  const cosignFlags = cosignIdentityFlags(parts, trust)
  return [
    '## Container images',
    '',
    'Each image is checked by digest: its signature and SLSA provenance, stored',
    "beside it in the registry (cosign's .sig/.att tags and Sigstore bundle referrers).",
    '',
    '```sh',
    ...images.flatMap((image) => [
      toCommand([
        ...provenantCommandPrefix(),
        'verify',
        `oci://${image}`,
        ...trust,
        '--repo',
        parts.repository,
        '--signer-workflow',
        signerWorkflow,
        '--certificate-oidc-issuer',
        parts.certificateOidcIssuer,
        '--require',
        'signature,provenance'
      ]),
      toCommand(['cosign', 'verify', ...cosignFlags, image]),
      toCommand([
        'cosign',
        'verify-attestation',
        '--type',
        'slsaprovenance1',
        ...cosignFlags,
        image
      ])
    ]),
    '```',
    ''
  ]
}

function trustNote(parts: VerifyMdParts): string[] {
  if (parts.local) {
    return [
      '> **A local release.** It was signed on the local stack of',
      '> `provenant release --local`: the trusted root these commands name is',
      "> that stack's, kept outside the release. A real release is checked",
      "> against Sigstore's public-good root, which provenant, cosign and gh",
      '> fetch themselves: never trust a trusted_root.json that came with a',
      '> download.',
      ''
    ]
  }
  if (parts.trustedRoot) {
    return [
      `> Signed on a private Sigstore instance: ${parts.trustedRoot} is its`,
      '> trusted root, obtained from its operator (never from the download).',
      ''
    ]
  }
  return []
}

/** The first `provenant verify` command of a VERIFY.md, as its argv. */
export function firstVerifyCommand(markdown: string): string[] | undefined {
  const line = markdown
    .split('\n')
    .find((l) => / verify \./.test(l) && !l.startsWith('#'))
  if (!line) return undefined
  const argv = commandWords(line)
  // `npx --yes provenant@<version>` read as an installed `provenant`.
  return argv[0] === 'npx' ? ['provenant', ...argv.slice(3)] : argv
}

/** Every command line of a VERIFY.md's code blocks, as argv. */
export function verifyCommands(markdown: string): string[][] {
  const lines: string[][] = []
  let inside = false
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) inside = !inside
    else if (inside && line.trim() !== '') lines.push(commandWords(line))
  }
  return lines
}

function commandWords(line: string): string[] {
  return [...line.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) =>
    m[1] !== undefined ? m[1].replaceAll(`'\\''`, "'") : m[2]!
  )
}
