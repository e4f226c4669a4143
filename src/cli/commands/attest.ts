/**
 * `provenant attest <file>...`: the provenance action's core from the
 * command line. Every action input is a flag of the same name; arguments of
 * the form sha256:<hex> (or sha512:<hex>) are subject digests, the others
 * subject paths; `--local` attests against the embedded local stack (and
 * writes its trusted_root.json beside the outputs); `--json` prints what was
 * written and stored.
 */
import { openFence } from '../../io/fs/path-fence.js'
import type { AttestDeps, AttestResult } from '../../io/provenance/attest.js'
import { attestProvenance } from '../../io/provenance/attest.js'
import { githubApiUrl, githubServerUrl } from '../../io/github/environment.js'
import { readRepositoryVisibility } from '../../io/sign/visibility.js'
import type { InputSource } from '../../lib/inputs/index.js'
import { PROVENANCE_INPUTS } from '../../lib/provenance/inputs.js'
import type { ProvenanceInputs } from '../../lib/provenance/parse-inputs.js'
import { parseProvenanceInputs } from '../../lib/provenance/parse-inputs.js'
import { isImageReference } from '../../lib/oci/reference.js'
import { looksLikeDigest } from '../../lib/subject/digest.js'
import { existsSync } from 'node:fs'
import type { Command } from '../command.js'
import {
  JSON_FLAG,
  LOCAL_FLAG,
  parseInputFlags,
  withArguments
} from '../input-flags.js'
import { type CliOutput, stderrLogger } from '../output.js'

const USAGE =
  'provenant attest <file|sha256:hex|oci://registry/repository@sha256:digest>... [--push-to-registry] [--output-dir DIR] [--single-subject] [--sbom-path FILE] [--local] [--json] [--<input> VALUE]...'

const ATTEST_FLAGS = {
  ...PROVENANCE_INPUTS,
  local: LOCAL_FLAG,
  json: JSON_FLAG
}

export const attestCommand: Command = {
  name: 'attest',
  summary: 'SLSA build provenance (and SBOM) attestations, signed and stored',
  usage: USAGE,
  details:
    'The subjects may also be given as arguments: files, globs, sha256:<hex> digests, or oci:// images (a tag is resolved to its digest once).',
  flags: ATTEST_FLAGS,
  async run(argv, output) {
    const { values, positionals, flags } = parseInputFlags(argv, ATTEST_FLAGS)
    const source = withPositionals(flags, positionals)
    const env = process.env
    const base = {
      fence: openFence(process.cwd()),
      visibility: await readRepositoryVisibility(env),
      logger: stderrLogger(output),
      onSecret: () => undefined
    }
    const attest = (
      inputs: ProvenanceInputs,
      deps: Pick<AttestDeps, 'env' | 'serverUrl' | 'apiUrl' | 'githubToken'>
    ): Promise<AttestResult> => attestProvenance(inputs, { ...base, ...deps })

    let result: AttestResult
    let trustedRoot: string | undefined
    if (values.local === true) {
      // Loaded only here: the embedded stack is most of the CLI's code.
      const { attestWithLocalStack } = await import('./attest-local.js')
      ;({ result, trustedRoot } = await attestWithLocalStack(source, attest))
    } else {
      const inputs = parseProvenanceInputs(source)
      trustedRoot = inputs.signing.trustedRoot
      result = await attest(inputs, {
        env,
        serverUrl: githubServerUrl(env),
        apiUrl: githubApiUrl(env),
        githubToken: inputs.githubToken ?? env.GITHUB_TOKEN
      })
    }
    print(output, result, trustedRoot, values.json === true)
    return 0
  }
}

/** Positional arguments: digests join subject-digest, the rest subject-path. */
function withPositionals(
  flags: InputSource,
  positionals: readonly string[]
): InputSource {
  // `sha256:zz` is a digest spelt wrong (parseDigest says so), not a file.
  const isDigest = (p: string): boolean =>
    looksLikeDigest(p) || (/^sha\d+:/i.test(p) && !existsSync(p))
  const images = positionals.filter(isImageReference)
  const rest = positionals.filter((p) => !isImageReference(p))
  const digests = rest.filter(isDigest)
  const paths = rest.filter((p) => !isDigest(p))
  return withArguments(flags, {
    'subject-path': paths,
    'subject-digest': digests,
    images
  })
}

function print(
  output: CliOutput,
  result: AttestResult,
  trustedRoot: string | undefined,
  json: boolean
): void {
  if (json) {
    output.out(
      JSON.stringify(
        {
          subjects: result.subjects,
          bundles: result.bundles,
          intotoJsonl: result.intotoJsonl,
          buildProvenance: result.buildProvenance,
          summary: result.summary,
          attestationIds: result.attestationIds,
          attestationUrls: result.attestationUrls,
          storeWarning: result.storeWarning ?? null,
          pushed: result.pushed,
          certificateIdentity: result.identity ?? null,
          certificatesIssued: result.certificatesIssued,
          trustedRoot: trustedRoot ?? null
        },
        null,
        2
      )
    )
    return
  }
  for (const b of result.bundles) output.out(b.path)
  output.out(result.intotoJsonl)
  output.out(result.buildProvenance)
  for (const url of result.attestationUrls) output.err(`stored: ${url}`)
  for (const p of result.pushed)
    output.err(
      `pushed: ${p.image} ${p.predicateType}${p.tag ? ` ${p.tag}` : ''}${p.referrer ? ` ${p.referrer}` : ''}`
    )
  if (trustedRoot) output.err(`trusted root: ${trustedRoot}`)
}
