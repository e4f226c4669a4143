/**
 * `provenant verify [artifact | sha256:<hex> | directory]... [flags]`:
 * the release checked against the policy, a table on stdout (or --json),
 * exit 0 only when every artifact verified, 1 when a check failed.
 */
import path from 'node:path'
import { EXIT_OK, EXIT_VERIFICATION_FAILED } from '../../lib/errors.js'
import { VERIFY_INPUTS } from '../../lib/verify/inputs.js'
import { parseVerifyInputs } from '../../lib/verify/parse-inputs.js'
import { renderText } from '../../lib/verify/render.js'
import { githubApiUrl } from '../../io/github/environment.js'
import { runVerify } from '../../io/verify/run.js'
import { gatherTrust } from '../../io/verify/trust.js'
import { readPublicKey } from '../../io/verify/verify-bundle.js'
import type { Command } from '../command.js'
import { createProgress } from '../progress.js'
import { parseInputFlags } from '../input-flags.js'
import { stderrLogger } from '../output.js'
import {
  aliasValue,
  parseFormat,
  VERIFY_CLI_FLAGS
} from '../../lib/verify/cli-flags.js'
import { verifiedProvenance } from '../../lib/verify/report.js'

/** The action's table but `subjects`: the CLI takes the subjects as arguments. */
const VERIFY_TABLE: Omit<typeof VERIFY_INPUTS, 'subjects'> = Object.fromEntries(
  Object.entries(VERIFY_INPUTS).filter(([name]) => name !== 'subjects')
) as Omit<typeof VERIFY_INPUTS, 'subjects'>

const VERIFY_FLAGS = {
  ...VERIFY_TABLE,
  ...VERIFY_CLI_FLAGS
}

export const verifyCommand: Command = {
  name: 'verify',
  summary:
    'verify release artifacts: signatures, identity, provenance, SBOMs, checksums',
  usage:
    'provenant verify (<file | directory | sha256:<hex>>... | --release OWNER/REPO@TAG) (--certificate-identity ID | --certificate-identity-regexp RE | --repo OWNER/NAME | --signer-workflow WF | --source-uri URI | --public-key FILE) [--certificate-oidc-issuer URL] [--require signature,provenance,sbom,checksum,reproducible] [--trusted-root FILE] [--offline] [--json]',
  details:
    'Each argument is a file, a release folder (every file in it), or a sha256:<hex> digest. cosign, gh attestation verify and slsa-verifier spellings of the flags are taken too.',
  flags: VERIFY_FLAGS,
  async run(argv, output) {
    const { values, positionals, flags } = parseInputFlags(argv, VERIFY_FLAGS)
    const json = parseFormat(values.format, values.json === true)
    let source = (name: string): string | undefined =>
      flags(name) ??
      aliasValue(values, name) ??
      (name === 'github-token' ? process.env.GITHUB_TOKEN : undefined)
    let artifacts = positionals
    if (values.release !== undefined) {
      const { fetchReleaseTarget } = await import('./verify-release.js')
      const release = await fetchReleaseTarget(
        String(values.release),
        positionals,
        source,
        output
      )
      source = release.source
      artifacts = [release.folder]
    }
    const inputs = parseVerifyInputs(source, { artifacts })
    const cwd = process.cwd()
    const trust = await gatherTrust({
      offline: inputs.offline,
      ...(inputs.trustedRoot
        ? { trustedRoot: path.resolve(cwd, inputs.trustedRoot) }
        : {}),
      ...(inputs.key
        ? { publicKey: await readPublicKey(path.resolve(cwd, inputs.key)) }
        : {})
    })
    const progress = createProgress()
    const report = await runVerify(inputs, {
      trust,
      cwd,
      githubApiUrl: githubApiUrl(process.env),
      onProgress: progress.report,
      env: process.env,
      logger: stderrLogger(output)
    }).finally(() => progress.end())
    output.out(json ? JSON.stringify(report, null, 2) : renderText(report))
    if (values['print-provenance'] === true && report.verified) {
      for (const statement of verifiedProvenance(report))
        output.out(JSON.stringify(statement))
    }
    return report.verified ? EXIT_OK : EXIT_VERIFICATION_FAILED
  }
}
