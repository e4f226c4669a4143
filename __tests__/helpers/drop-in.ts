/**
 * The cosign and gh lines of a VERIFY.md as Provenant's drop-ins run them:
 * `cosign verify-blob …` → `provenant verify …` and `gh attestation verify
 * …` → `provenant verify …` (docs/verify.md, "Coming from cosign, gh or
 * slsa-verifier"), the flags unchanged. The real cosign and gh are not
 * installable here (gh 2.23 has no `attestation`); these lines exercise the
 * same flags through Provenant, and DOCUMENTED_FLAGS checks that each flag
 * is one the real tool documents.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { verifyCommands } from '../../src/lib/release/verify-md.js'

/**
 * Every flag of the two commands, as their reference pages list them:
 * cosign verify-blob: https://github.com/sigstore/cosign/blob/main/doc/cosign_verify-blob.md
 * gh attestation verify: https://cli.github.com/manual/gh_attestation_verify
 */
export const DOCUMENTED_FLAGS: Record<'cosign' | 'gh', readonly string[]> = {
  cosign: [
    '--bundle',
    '--ca-intermediates',
    '--ca-roots',
    '--certificate',
    '--certificate-chain',
    '--certificate-github-workflow-name',
    '--certificate-github-workflow-ref',
    '--certificate-github-workflow-repository',
    '--certificate-github-workflow-sha',
    '--certificate-github-workflow-trigger',
    '--certificate-identity',
    '--certificate-identity-regexp',
    '--certificate-oidc-issuer',
    '--certificate-oidc-issuer-regexp',
    '--insecure-ignore-sct',
    '--insecure-ignore-tlog',
    '--key',
    '--max-workers',
    '--new-bundle-format',
    '--offline',
    '--private-infrastructure',
    '--rekor-url',
    '--rfc3161-timestamp',
    '--sct',
    '--signature',
    '--sk',
    '--slot',
    '--timestamp-certificate-chain',
    '--trusted-root',
    '--use-signed-timestamps'
  ],
  gh: [
    '--bundle',
    '--bundle-from-oci',
    '--cert-identity',
    '--cert-identity-regex',
    '--cert-oidc-issuer',
    '--custom-trusted-root',
    '--deny-self-hosted-runners',
    '--digest-alg',
    '--format',
    '--hostname',
    '--jq',
    '--limit',
    '--no-public-good',
    '--owner',
    '--predicate-type',
    '--repo',
    '--signer-digest',
    '--signer-repo',
    '--signer-workflow',
    '--source-digest',
    '--source-ref',
    '--template',
    '--use-bundle-from-registry'
  ]
}

export interface DropInLine {
  tool: 'cosign' | 'gh'
  /** As VERIFY.md writes it. */
  words: string[]
  /** The flags it passes (`--name`). */
  flags: string[]
  /** `provenant` argv: `verify` and the same flags and files. */
  provenant: string[]
}

export async function dropInLines(folder: string): Promise<DropInLine[]> {
  const markdown = await readFile(path.join(folder, 'VERIFY.md'), 'utf8')
  const lines: DropInLine[] = []
  for (const words of verifyCommands(markdown)) {
    const flags = words.filter((w) => w.startsWith('--'))
    if (words[0] === 'cosign' && words[1] === 'verify-blob') {
      lines.push({
        tool: 'cosign',
        words,
        flags,
        provenant: ['verify', ...words.slice(2)]
      })
    } else if (words[0] === 'gh' && words[1] === 'attestation') {
      lines.push({
        tool: 'gh',
        words,
        flags,
        provenant: ['verify', ...words.slice(3)]
      })
    }
  }
  return lines
}
