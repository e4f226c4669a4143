/**
 * verify, end to end, shared by the CLI and the action: resolve the
 * arguments, load each folder's evidence once, check every artifact's
 * signatures with the one BundleChecker (trust gathered once by the
 * caller), then hold it all to the policy and build the report.
 */
import type { Logger } from '../../lib/ports.js'
import { SILENT_LOGGER } from '../../lib/ports.js'
import type { VerifyInputs } from '../../lib/verify/parse-inputs.js'
import type {
  ArtifactEvidence,
  ArtifactSubject
} from '../../lib/verify/evidence.js'
import { emptyEvidence } from '../../lib/verify/evidence.js'
import {
  BUNDLE_SUFFIXES,
  signatureFilesFor
} from '../../lib/verify/discovery.js'
import { evaluateArtifact } from '../../lib/verify/evaluate.js'
import type { MinisignPublicKey } from '../../lib/verify/minisign.js'
import { parseMinisignPublicKey } from '../../lib/verify/minisign.js'
import type { VerifyReport } from '../../lib/verify/report.js'
import { buildReport } from '../../lib/verify/report.js'
import type { LoadedAttestations } from './attestations.js'
import { addDocument, loadAttestationFile } from './attestations.js'
import {
  addExplicitSignatures,
  loadExplicitEvidence,
  needsBytes
} from './explicit-evidence.js'
import { addFileSignatures } from './file-evidence.js'
import { hashFile, mapLimit, readRegularFile } from './files.js'
import type { LoadedFolder } from './folder.js'
import { loadFolder } from './folder.js'
import { BundleChecker } from './sigstore.js'
import { expectBundles, helpWithChecks } from './signature-checks.js'
import type { UnverifiedEntry } from './listing.js'
import type {
  DigestTarget,
  FileTarget,
  FolderListing,
  Targets
} from './targets.js'
import type { loadVexContext } from './vex-context.js'
import { resolveTargets } from './targets.js'
import type { GatheredTrust } from './trust.js'
import path from 'node:path'

/** Files hashed and checked at the same time. */
export const VERIFY_CONCURRENCY = 8

export interface VerifyRunDeps {
  trust: GatheredTrust
  /** Relative artifact paths are resolved against it. */
  cwd: string
  githubApiUrl: string
  /** Where registry credentials are read; process.env when absent. */
  registryEnv?: Readonly<Record<string, string | undefined>>
  /** Called as each file is checked (the CLI shows it on a terminal). */
  onProgress?: (done: number, total: number, label: string) => void
  /** Environment (cache folders) and log of the OSV index for --require vex. */
  env?: Readonly<Record<string, string | undefined>>
  logger?: Logger
}

type Checked = { subject: ArtifactSubject; evidence: ArtifactEvidence }

/** What every artifact's check reads: the trust, the folders loaded once, the evidence given explicitly. */
interface RunContext {
  inputs: VerifyInputs
  deps: VerifyRunDeps
  checker: BundleChecker
  minisignKey: MinisignPublicKey | undefined
  folders: Map<string, LoadedFolder>
  explicit: Awaited<ReturnType<typeof loadExplicitEvidence>>
  /** The attestations of --provenance-path. */
  extra: LoadedAttestations
  /**
   * Bundles' signature checks finish on the worker thread while the next
   * files are read; their verdicts are all in before anything is judged.
   */
  settling: Promise<unknown>[]
}

export async function runVerify(
  inputs: VerifyInputs,
  deps: VerifyRunDeps
): Promise<VerifyReport> {
  const targets = await resolveTargets(inputs.artifacts, deps.cwd)
  expectBundles(bundlesIn(targets.folders))
  const checker = new BundleChecker(deps.trust)
  const ctx: RunContext = {
    inputs,
    deps,
    checker,
    minisignKey: await readMinisignKey(inputs.minisignKey, deps.cwd),
    folders: await loadFolders(targets.folders, inputs, deps.cwd, checker),
    extra: inputs.provenancePath
      ? await loadAttestationFile(
          path.resolve(deps.cwd, inputs.provenancePath),
          inputs.provenancePath,
          checker
        )
      : { attestations: [], rebuilds: [], notes: [] },
    explicit: await loadExplicitEvidence(inputs, deps.cwd, checker),
    settling: []
  }
  let checked = 0
  const fileSubjects = await mapLimit(
    targets.files,
    VERIFY_CONCURRENCY,
    async (target: FileTarget) => {
      deps.onProgress?.(++checked, targets.files.length, target.name)
      return checkFile(ctx, target)
    }
  )
  const unverifiedSubjects = await mapLimit(
    targets.unverified,
    VERIFY_CONCURRENCY,
    unverifiedFile
  )
  const digestSubjects = await mapLimit(
    targets.digests,
    VERIFY_CONCURRENCY,
    async (target: DigestTarget): Promise<Checked> => {
      const evidence = emptyEvidence()
      await addSharedEvidence(ctx, evidence, { sha256: target.sha256 }, [
        ...ctx.folders.values()
      ])
      const subject: ArtifactSubject = {
        label: target.label,
        digests: { sha256: target.sha256 }
      }
      return { subject, evidence }
    }
  )
  const imageSubjects = await checkImages(ctx, targets.images)
  helpWithChecks()
  await Promise.all(ctx.settling)
  const all = [
    ...fileSubjects,
    ...unverifiedSubjects,
    ...digestSubjects,
    ...imageSubjects
  ]
  const artifactsBySha256 = new Map(
    all.map((a) => [a.subject.digests.sha256, a.subject.label])
  )
  const vex = inputs.policy.require.includes('vex')
    ? await loadVex(inputs, deps, targets.folders, ctx.folders)
    : undefined
  const reports = all.map((a) =>
    evaluateArtifact(a.subject, a.evidence, inputs.policy, {
      artifactsBySha256,
      ...(vex ? { vex } : {})
    })
  )
  return buildReport(reports, inputs.policy.require, deps.trust.summary)
}

/** The Sigstore bundles the folders hold, by their names. */
function bundlesIn(folders: readonly FolderListing[]): number {
  let count = 0
  for (const folder of folders)
    for (const name of folder.names)
      if (BUNDLE_SUFFIXES.some((s) => name.endsWith(s))) count++
  return count
}

/** Each folder's evidence, loaded once for every artifact in it. */
async function loadFolders(
  targets: Targets['folders'],
  inputs: VerifyInputs,
  cwd: string,
  checker: BundleChecker
): Promise<Map<string, LoadedFolder>> {
  const folders = new Map<string, LoadedFolder>()
  for (const f of targets) {
    folders.set(
      f.dir,
      await loadFolder(f.dir, f.display, f.names, f.discovery, checker, {
        trustedRoot: inputs.trustedRoot
          ? path.resolve(cwd, inputs.trustedRoot)
          : undefined,
        keepSbomDocuments: inputs.policy.require.includes('vex')
      })
    )
  }
  return folders
}

/**
 * The evidence that is not beside one file: the explicit signature flags,
 * the shared folders' attestations, SBOMs and checksums, --provenance-path,
 * and the GitHub attestations of the digest.
 */
async function addSharedEvidence(
  ctx: RunContext,
  evidence: ArtifactEvidence,
  artifact: { sha256: string; bytes?: Buffer },
  shared: LoadedFolder[]
): Promise<void> {
  const { inputs, deps, checker, extra } = ctx
  addExplicitSignatures(ctx.explicit, artifact, checker, deps.trust, evidence)
  for (const folder of shared) {
    evidence.attestations.push(...folder.attestations)
    evidence.rebuilds.push(...folder.rebuilds)
    evidence.sboms.push(...folder.sboms)
    evidence.checksums.push(...folder.checksums)
    evidence.notes.push(...folder.notes)
  }
  evidence.attestations.push(...extra.attestations)
  evidence.rebuilds.push(...extra.rebuilds)
  evidence.notes.push(...extra.notes)
  if (inputs.githubAttestations && inputs.policy.repo) {
    // Loaded only when used, as the registry and VEX code below: most runs
    // never reach the network, and its stack is a third of verify's start-up.
    const { fetchGitHubAttestations } = await import('./github.js')
    const found = await fetchGitHubAttestations({
      apiUrl: deps.githubApiUrl,
      repo: inputs.policy.repo,
      sha256: artifact.sha256,
      ...(inputs.githubToken ? { token: inputs.githubToken } : {})
    })
    const loaded: LoadedAttestations = {
      attestations: [],
      rebuilds: [],
      notes: found.notes
    }
    for (const a of found.attestations)
      addDocument(a.bundle, a.source, checker, loaded)
    evidence.attestations.push(...loaded.attestations)
    evidence.notes.push(...loaded.notes)
  }
}

/** A file: hashed (read whole only when a signature needs its bytes), its own signatures and the shared evidence. */
async function checkFile(
  ctx: RunContext,
  target: FileTarget
): Promise<Checked> {
  const folder = ctx.folders.get(target.folder.dir)!
  const files = signatureFilesFor(target.name, folder.names)
  const withBytes =
    needsBytes(ctx.explicit) ||
    files.bundles.length > 0 ||
    files.legacy !== undefined ||
    (files.minisig !== undefined && ctx.minisignKey !== undefined)
  const hashed = await hashFile(target.path, withBytes, target.label)
  const artifact = {
    sha256: hashed.digests.sha256,
    ...(hashed.bytes ? { bytes: hashed.bytes } : {})
  }
  const evidence = emptyEvidence()
  await addFileSignatures(
    files,
    artifact,
    {
      dir: target.folder.dir,
      display: target.folder.display,
      checker: ctx.checker,
      trust: ctx.deps.trust,
      ...(ctx.minisignKey ? { minisignKey: ctx.minisignKey } : {}),
      settling: ctx.settling
    },
    evidence
  )
  await addSharedEvidence(ctx, evidence, artifact, [folder])
  const subject: ArtifactSubject = {
    name: target.name,
    label: target.label,
    digests: hashed.digests
  }
  return { subject, evidence }
}

/** A file the listing could not vouch for: reported, with the reason, as failed. */
async function unverifiedFile(entry: UnverifiedEntry): Promise<Checked> {
  const hashed = await hashFile(entry.path, false, entry.label)
  const evidence = emptyEvidence()
  evidence.signatures.push({
    source: entry.label,
    form: 'bundle',
    result: {
      ok: false,
      code: 'VERIFY_FILE_UNVERIFIED',
      reason: entry.reason
    }
  })
  const subject: ArtifactSubject = {
    name: path.basename(entry.path),
    label: entry.label,
    digests: hashed.digests
  }
  return { subject, evidence }
}

/** Each image's signatures and attestations from its registry, plus the shared evidence. */
async function checkImages(
  ctx: RunContext,
  images: readonly string[]
): Promise<Checked[]> {
  if (images.length === 0) return []
  const { createRegistryClients } = await import('../oci/registries.js')
  const { collectImageEvidence } = await import('../oci/verify-image.js')
  const clients = createRegistryClients({
    insecureRegistries: ctx.inputs.insecureRegistries,
    env: ctx.deps.registryEnv ?? process.env
  })
  return mapLimit(images, VERIFY_CONCURRENCY, async (label: string) => {
    const found = await collectImageEvidence(label, {
      clients,
      checker: ctx.checker,
      trust: ctx.deps.trust
    })
    await addSharedEvidence(
      ctx,
      found.evidence,
      { sha256: found.subject.digests.sha256 },
      []
    )
    return found
  })
}

/** For --require vex: the folders' SBOMs and the advisories they are held to. */
async function loadVex(
  inputs: VerifyInputs,
  deps: VerifyRunDeps,
  folders: Targets['folders'],
  loaded: ReadonlyMap<string, LoadedFolder>
): ReturnType<typeof loadVexContext> {
  const { loadVexContext } = await import('./vex-context.js')
  return loadVexContext(
    folders.map((f) => {
      const parsed = loaded.get(f.dir)?.sbomDocuments
      return {
        dir: f.dir,
        display: f.display,
        sboms: f.discovery.folder.sboms,
        ...(parsed ? { parsed } : {})
      }
    }),
    {
      databases: inputs.vexDatabases,
      osvUrl: inputs.osvUrl,
      offline: inputs.offline
    },
    {
      cwd: deps.cwd,
      env: deps.env ?? {},
      logger: deps.logger ?? SILENT_LOGGER
    }
  )
}

async function readMinisignKey(
  raw: string | undefined,
  cwd: string
): Promise<MinisignPublicKey | undefined> {
  if (raw === undefined) return undefined
  const text = await readRegularFile(path.resolve(cwd, raw), '--minisign-key')
    .then((bytes) => bytes.toString('utf8'))
    .catch(() => raw)
  return parseMinisignPublicKey(text, '--minisign-key')
}
