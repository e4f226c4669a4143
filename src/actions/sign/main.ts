/**
 * actions/sign: signs every file, then sets the outputs and writes the job
 * summary. The only place this action writes outputs.
 */
import * as core from '@actions/core'
import type { SignFilesDeps } from '../../io/sign/sign-files.js'
import { signFiles } from '../../io/sign/sign-files.js'
import type { SignInputs } from '../../lib/sign/inputs.js'
import { buildSignSummary } from '../../lib/sign/summary.js'
import { setOutputs } from '../common/action-io.js'

export const OUTPUTS = [
  'bundles',
  'signatures',
  'certificates',
  'certificate-identity',
  'certificate-oidc-issuer',
  'verify-commands',
  'images'
] as const

export type SignOutputs = Record<(typeof OUTPUTS)[number], string>

export async function run(
  inputs: SignInputs,
  deps: SignFilesDeps
): Promise<SignOutputs> {
  const result = await signFiles(inputs, deps)
  const lines = (values: (string | undefined)[]): string =>
    values.filter((v): v is string => v !== undefined).join('\n')
  const outputs: SignOutputs = {
    bundles: lines(result.files.map((f) => f.bundle)),
    signatures: lines(result.files.map((f) => f.signature)),
    certificates: lines(result.files.map((f) => f.certificate)),
    'certificate-identity': result.identity ?? '',
    'certificate-oidc-issuer': result.issuer ?? '',
    'verify-commands': lines([
      ...result.files.flatMap((f) => f.verifyCommands),
      ...result.images.flatMap((i) => i.verifyCommands)
    ]),
    images: lines(result.images.map((i) => `oci://${i.reference}`))
  }
  setOutputs(outputs)

  const summary = buildSignSummary({
    ...result,
    files: [
      ...result.files.map((f) => ({ ...f, file: f.relativePath })),
      ...result.images.map((i) => ({
        file: `oci://${i.reference}`,
        sha256: i.digest.slice('sha256:'.length),
        logIndex: i.logIndex,
        verifyCommands: i.verifyCommands
      }))
    ]
  })
  if (result.files.length > 0 || result.images.length > 0) {
    try {
      await core.summary
        .addHeading(summary.heading, 2)
        .addRaw(`<p>${summary.text}</p>`, true)
        .addTable([
          summary.header.map((data) => ({ data, header: true })),
          ...summary.rows
        ])
        .write()
    } catch (error) {
      core.warning(
        `could not write the job summary: ${error instanceof Error ? error.message : String(error)}`
      )
    }
  }
  return outputs
}
