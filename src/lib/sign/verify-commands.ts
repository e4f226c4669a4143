/**
 * The exact commands a consumer runs to verify what was signed: Provenant's
 * own (the conformance `verify-bundle` form), cosign's, and for in-toto
 * attestations `gh attestation verify`.
 */
import { PROVENANT_VERSION } from '../version.js'
import type { SigstoreChoice } from './instance.js'

/**
 * The words that run Provenant's CLI in every command Provenant prints
 * (one place, so an installed version can be named here).
 */
export function provenantCommandPrefix(): string[] {
  return ['npx', '--yes', `provenant@${PROVENANT_VERSION}`]
}

export type VerifySubject =
  | { kind: 'certificate'; identity: string; issuer: string }
  /** Keyed mode: the consumer holds the public key in this file. */
  | { kind: 'key'; publicKeyPath: string }

export interface VerifyCommandInput {
  /** The artifact as the consumer names it (a relative path reads best). */
  file: string
  bundle: string
  subject: VerifySubject
  instance: SigstoreChoice
  /** A trusted_root.json for a private or local instance. */
  trustedRoot?: string
  /** 'message': a signature over the file; 'dsse': an in-toto attestation. */
  content?: 'message' | 'dsse'
  /**
   * owner/name of the repository the signing run belonged to (the
   * certificate's source repository): with a GitHub workflow identity, every
   * command is bound to it, since a reusable workflow's identity is shared
   * by every repository that calls it.
   */
  repository?: string
}

const GITHUB_WORKFLOW_SAN =
  /^https:\/\/github\.com\/([^/]+\/[^/]+\/\.github\/workflows\/[^@]+)@/

/** The placeholder for GitHub's trusted root in cosign commands. */
export const GITHUB_TRUSTED_ROOT_FILE = 'github-trusted-root.json'

export function buildVerifyCommands(input: VerifyCommandInput): string[] {
  const trustedRoot =
    input.trustedRoot ??
    (input.instance === 'github' ? GITHUB_TRUSTED_ROOT_FILE : undefined)
  const subjectFlags = toSubjectFlags(input.subject)
  const trustFlags = trustedRoot ? ['--trusted-root', trustedRoot] : []
  const staging = input.instance === 'staging' ? ['--staging'] : []

  const workflow =
    input.subject.kind === 'certificate'
      ? GITHUB_WORKFLOW_SAN.exec(input.subject.identity)?.[1]
      : undefined
  const bound = workflow && input.repository ? input.repository : undefined
  const provenant =
    bound && input.subject.kind === 'certificate' && input.content !== 'dsse'
      ? [
          'verify',
          input.file,
          ...staging,
          '--repo',
          bound,
          '--signer-workflow',
          workflow!,
          '--certificate-oidc-issuer',
          input.subject.issuer,
          '--require',
          'signature',
          ...trustFlags
        ]
      : [
          'verify-bundle',
          ...staging,
          '--bundle',
          input.bundle,
          ...subjectFlags,
          ...trustFlags,
          input.file
        ]
  const commands = [
    toCommand([...provenantCommandPrefix(), ...provenant]),
    toCommand([
      'cosign',
      input.content === 'dsse' ? 'verify-blob-attestation' : 'verify-blob',
      '--bundle',
      input.bundle,
      ...subjectFlags,
      ...(bound ? ['--certificate-github-workflow-repository', bound] : []),
      ...trustFlags,
      ...(input.instance === 'github' ? ['--use-signed-timestamps'] : []),
      input.file
    ])
  ]
  if (
    input.content === 'dsse' &&
    input.repository &&
    input.subject.kind === 'certificate' &&
    (input.instance === 'public-good' || input.instance === 'github')
  ) {
    commands.push(
      toCommand([
        'gh',
        'attestation',
        'verify',
        input.file,
        '--repo',
        input.repository,
        ...(workflow ? ['--signer-workflow', workflow] : []),
        '--bundle',
        input.bundle
      ])
    )
  }
  return commands
}

/** The flags naming who must have signed: certificate identity and issuer, or the key. */
export function toSubjectFlags(subject: VerifySubject): string[] {
  return subject.kind === 'certificate'
    ? [
        '--certificate-identity',
        subject.identity,
        '--certificate-oidc-issuer',
        subject.issuer
      ]
    : ['--key', subject.publicKeyPath]
}

/** A command line quoted for POSIX shells (words without specials stay bare). */
export function toCommand(words: readonly string[]): string {
  return words.map(quoteWord).join(' ')
}

function quoteWord(word: string): string {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word
  return `'${word.replaceAll("'", `'\\''`)}'`
}
