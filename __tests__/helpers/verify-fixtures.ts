/**
 * A small signed release on the local stack, as the sign, sbom and
 * provenance features write one: two artifacts with Sigstore bundles,
 * `multiple.intoto.jsonl` (SLSA v1 provenance and a CycloneDX SBOM
 * attestation), an SBOM file, SHA256SUMS and a rebuild report.
 */
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { InputSource } from '../../src/lib/inputs/index.js'
import type { VerifyInputs } from '../../src/lib/verify/parse-inputs.js'
import { parseVerifyInputs } from '../../src/lib/verify/parse-inputs.js'
import type { ReleaseSigner } from './local-release.js'

const CORPUS = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'verify-corpus'
)

/** A JSON file of __tests__/fixtures/verify-corpus (path relative to it). */
export function corpusJson(relative: string): unknown {
  return JSON.parse(readFileSync(path.join(CORPUS, relative), 'utf8'))
}

/** Every certificate and RFC 3161 timestamp (DER) in the corpus's bundles. */
export function corpusDer(): Buffer<ArrayBuffer>[] {
  const found: Buffer<ArrayBuffer>[] = []
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) visit(file)
      else if (entry.name.endsWith('.sigstore.json')) {
        const text = readFileSync(file, 'utf8')
        for (const m of text.matchAll(
          /"(?:rawBytes|signedTimestamp)":\s*"([A-Za-z0-9+/=]+)"/g
        )) {
          found.push(Buffer.from(m[1]!, 'base64'))
        }
      }
    }
  }
  visit(CORPUS)
  return found
}

export const sha256 = (data: Buffer | string): string =>
  createHash('sha256').update(data).digest('hex')

export interface Subject {
  name: string
  digest: Record<string, string>
}

export interface ProvenanceFields {
  repository?: string
  ref?: string
  builderId?: string
  runnerEnvironment?: string
}

/** SLSA v1 provenance as the provenance feature writes it for a GitHub run. */
export function slsaStatement(
  subjects: Subject[],
  fields: ProvenanceFields = {}
): object {
  const repository = fields.repository ?? 'provenant-demo/hello'
  const ref = fields.ref ?? 'refs/heads/main'
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: subjects,
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref,
            repository: `https://github.com/${repository}`,
            path: '.github/workflows/release.yml'
          }
        },
        internalParameters: {
          github: {
            event_name: 'push',
            repository_id: '800000001',
            repository_owner_id: '900000001',
            runner_environment: fields.runnerEnvironment ?? 'github-hosted'
          }
        },
        resolvedDependencies: [
          {
            uri: `git+https://github.com/${repository}@${ref}`,
            digest: { gitCommit: '3f786850e387550fdab836ed7e6dc881de23001b' }
          }
        ]
      },
      runDetails: {
        builder: {
          id:
            fields.builderId ??
            'https://github.com/provenant-demo/hello/.github/workflows/release.yml@refs/heads/main'
        },
        metadata: {
          invocationId:
            'https://github.com/provenant-demo/hello/actions/runs/1/attempts/1'
        }
      }
    }
  }
}

export function cyclonedx(component?: {
  name: string
  sha256: string
}): object {
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    metadata: component
      ? {
          component: {
            type: 'file',
            name: component.name,
            hashes: [{ alg: 'SHA-256', content: component.sha256 }]
          }
        }
      : {},
    components: [{ type: 'library', name: 'left-pad', version: '1.3.0' }]
  }
}

export function sbomStatement(
  subjects: Subject[],
  sbom: object = cyclonedx()
): object {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: subjects,
    predicateType: 'https://cyclonedx.org/bom',
    predicate: sbom
  }
}

export interface Release {
  dir: string
  files: Record<string, Buffer>
  subjects: Subject[]
}

export const ARTIFACTS: Record<string, string> = {
  'hello-1.0.0.tar.gz': 'source archive bytes\n',
  'hello-1.0.0-py3-none-any.whl': 'wheel bytes\n'
}

/** Writes the release into `dir`, every signature by `signer`. */
export async function writeRelease(
  dir: string,
  signer: ReleaseSigner
): Promise<Release> {
  await mkdir(dir, { recursive: true })
  const files: Record<string, Buffer> = {}
  const subjects: Subject[] = []
  for (const [name, text] of Object.entries(ARTIFACTS)) {
    const data = Buffer.from(text)
    files[name] = data
    subjects.push({ name, digest: { sha256: sha256(data) } })
    await writeFile(path.join(dir, name), data)
    await writeJson(
      path.join(dir, `${name}.sigstore.json`),
      await signer.message(data)
    )
  }
  const lines = [
    await signer.attest(slsaStatement(subjects)),
    await signer.attest(sbomStatement([subjects[0]!]))
  ]
  await writeFile(
    path.join(dir, 'multiple.intoto.jsonl'),
    lines.map((l) => `${JSON.stringify(l)}\n`).join('')
  )
  await writeJson(path.join(dir, 'sbom-source.cyclonedx.json'), cyclonedx())
  await writeFile(
    path.join(dir, 'SHA256SUMS'),
    subjects.map((s) => `${s.digest.sha256}  ${s.name}\n`).join('')
  )
  await writeJson(path.join(dir, 'report.json'), {
    reproducible: true,
    artifacts: subjects.map((s) => ({
      name: s.name,
      sha256: s.digest.sha256,
      reproducible: true
    }))
  })
  return { dir, files, subjects }
}

export async function writeJson(file: string, value: unknown): Promise<void> {
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`)
}

/** VerifyInputs as the action or the CLI would parse them from these inputs. */
export function verifyInputs(
  values: Record<string, string>,
  artifacts?: string[]
): VerifyInputs {
  const source: InputSource = (name) => values[name]
  return parseVerifyInputs(source, artifacts ? { artifacts } : {})
}
