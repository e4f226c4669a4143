/**
 * The consensus job's I/O: every report.json under a directory (one per
 * rebuild job's uploaded artifact), optionally the release's own digests,
 * and consensus.json / consensus.md written beside them.
 */
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { glob } from 'tinyglobby'
import type { Consensus, RebuildRecord } from '../../lib/rebuild/consensus.js'
import {
  buildConsensus,
  parseRebuildRecord
} from '../../lib/rebuild/consensus.js'
import type { Statement } from '../../lib/intoto/statement.js'
import { toConsensusMarkdown } from '../../lib/rebuild/consensus-md.js'
import { buildConsensusStatement } from '../../lib/rebuild/consensus-statement.js'
import type { AttestationStore } from '../github/attestations.js'
import type { AttachResult } from '../release/attach.js'
import type { ReferenceDeps } from './reference.js'
import { loadReference } from './reference.js'
import { writeAtomic } from './write-report.js'

export interface ConsensusRun {
  /** Signs the consensus statement (DSSE); absent: written unsigned only. */
  sign?: (statement: Statement) => Promise<unknown>
  /** Stores the signed verdict with GitHub's attestations. */
  store?: AttestationStore
  /**
   * Attaches files (the verdict's statement and bundle) to the release;
   * answers attached: false when the release is immutable, and the verdict
   * then goes to `fallbackStore` instead.
   */
  attach?: (files: string[]) => Promise<AttachResult>
  fallbackStore?: AttestationStore
  reportsDir: string
  quorum: number | undefined
  /** A directory, checksums file or release tag to judge every rebuild against. */
  reference: string | undefined
  outputDir: string
}

export async function readRebuildRecords(
  dir: string
): Promise<RebuildRecord[]> {
  const files = (await glob(['**/report.json'], { cwd: dir, dot: true })).sort()
  return Promise.all(
    files.map(async (file) =>
      parseRebuildRecord(
        await readFile(path.join(dir, file), 'utf8'),
        path.dirname(file) === '.' ? file : path.dirname(file)
      )
    )
  )
}

export async function runConsensus(
  run: ConsensusRun,
  deps: ReferenceDeps
): Promise<{
  consensus: Consensus
  json: string
  markdown: string
  bundle?: string | undefined
  attestationUrl?: string | undefined
  releaseUrl?: string | undefined
}> {
  const records = await readRebuildRecords(run.reportsDir)
  let reference: { name: string; sha256: string }[] | undefined
  if (run.reference !== undefined) {
    const names = new Set(
      records.flatMap((r) => r.artifacts.map((a) => a.name))
    )
    const loaded = await loadReference(
      run.reference,
      (name) => names.has(name),
      deps
    )
    await loaded.cleanup()
    reference = loaded.artifacts.map((a) => ({
      name: a.name,
      sha256: a.sha256
    }))
  }
  const consensus = buildConsensus(records, run.quorum, reference)
  await mkdir(run.outputDir, { recursive: true })
  const json = path.join(run.outputDir, 'consensus.json')
  const markdown = path.join(run.outputDir, 'consensus.md')
  await writeAtomic(json, `${JSON.stringify(consensus, null, 2)}\n`)
  await writeAtomic(markdown, toConsensusMarkdown(consensus))
  const statement = buildConsensusStatement(consensus)
  const statementFile = path.join(run.outputDir, CONSENSUS_FILES.statement)
  await writeAtomic(statementFile, `${JSON.stringify(statement, null, 2)}\n`)
  if (!run.sign || statement.subject.length === 0) {
    return { consensus, json, markdown }
  }
  const signed = (await run.sign(statement)) as object
  const bundle = path.join(run.outputDir, CONSENSUS_FILES.bundle)
  await writeAtomic(bundle, `${JSON.stringify(signed)}\n`)
  const shipped = await shipVerdict(run, signed, [statementFile, bundle], deps)
  return { consensus, json, markdown, bundle, ...shipped }
}

/**
 * The signed verdict attached to the release (where `verify --release`
 * finds it) and/or stored with the attestations: --store stores it; an
 * immutable release, which takes no asset, sends it to the store instead.
 */
async function shipVerdict(
  run: ConsensusRun,
  signed: object,
  files: string[],
  deps: ReferenceDeps
): Promise<{ releaseUrl?: string; attestationUrl?: string }> {
  let releaseUrl: string | undefined
  let store = run.store
  if (run.attach) {
    const attached = await run.attach(files)
    if (attached.attached) releaseUrl = attached.htmlUrl
    else {
      deps.log(
        `note: ${attached.reason}; the signed verdict goes to the attestation store instead, where \`provenant verify --github-attestations --rebuilder-identity\` finds it`
      )
      store ??= run.fallbackStore
    }
  }
  const attestationUrl = store ? (await store.store(signed)).url : undefined
  return {
    ...(releaseUrl ? { releaseUrl } : {}),
    ...(attestationUrl ? { attestationUrl } : {})
  }
}

/** What the consensus job writes beside consensus.json. */
export const CONSENSUS_FILES = {
  statement: 'consensus.intoto.json',
  bundle: 'consensus.sigstore.json'
} as const
