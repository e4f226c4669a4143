/**
 * The evidence a release folder shares among its assets, loaded once per
 * folder: attestations, SBOM files, checksum files and rebuild verdicts,
 * with the Sigstore bundles found beside SBOM and checksum files.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { catchVerification } from '../../lib/verify/codes.js'
import type { Discovery } from '../../lib/verify/discovery.js'
import {
  checksumTarget,
  signatureFilesFor
} from '../../lib/verify/discovery.js'
import type {
  AttestationEvidence,
  ChecksumEvidence,
  RebuildEvidence,
  SbomFileEvidence,
  SignatureEvidence
} from '../../lib/verify/evidence.js'
import { parseChecksumFile } from '../../lib/verify/checksums.js'
import { toRebuildEntries } from '../../lib/verify/rebuild.js'
import type { SbomSummary } from '../../lib/verify/sbom.js'
import { assertSbom } from '../../lib/verify/sbom.js'
import { loadAttestationFile } from './attestations.js'
import { digestsOf, readJson, readJsonValue } from './files.js'
import { readBundleFile } from './file-evidence.js'
import type { BundleChecker } from './sigstore.js'

export interface LoadedFolder {
  /** The folder as the user wrote it, for labels. */
  display: string
  names: ReadonlySet<string>
  attestations: AttestationEvidence[]
  rebuilds: RebuildEvidence[]
  sboms: SbomFileEvidence[]
  /** Each SBOM file's parsed JSON, by name, when asked for (`--require vex` reads them again). */
  sbomDocuments: Map<string, unknown>
  checksums: ChecksumEvidence[]
  notes: string[]
}

export async function loadFolder(
  dir: string,
  display: string,
  names: readonly string[],
  discovery: Discovery,
  checker: BundleChecker,
  options: {
    /** The file given with --trusted-root, which is trust material after all. */
    trustedRoot?: string | undefined
    /** Keep each SBOM file's parsed JSON (sbomDocuments). */
    keepSbomDocuments?: boolean
  } = {}
): Promise<LoadedFolder> {
  const { trustedRoot } = options
  const set = new Set(names)
  const label = (name: string) => path.join(display, name)
  const loaded: LoadedFolder = {
    display,
    names: set,
    attestations: [],
    rebuilds: [],
    sboms: [],
    sbomDocuments: new Map(),
    checksums: [],
    notes: discovery.folder.ignored
      .filter((n) => path.resolve(dir, n) !== trustedRoot)
      .map(
        (n) =>
          `${label(n)} is not used as trust material: pass it with --trusted-root if you trust it`
      )
  }
  for (const name of [
    ...discovery.folder.attestations,
    ...discovery.folder.statements
  ]) {
    const found = await loadAttestationFile(
      path.join(dir, name),
      label(name),
      checker
    )
    loaded.attestations.push(...found.attestations)
    loaded.rebuilds.push(...found.rebuilds)
    loaded.notes.push(...found.notes)
  }
  for (const name of discovery.folder.sboms) {
    const { entry, document } = await loadSbomFile(
      dir,
      name,
      set,
      label,
      checker
    )
    loaded.sboms.push(entry)
    if (options.keepSbomDocuments && document !== undefined)
      loaded.sbomDocuments.set(name, document)
  }
  for (const name of discovery.folder.checksums) {
    const bytes = await readFile(path.join(dir, name))
    const target = checksumTarget(name)
    const signature = await checkBeside(dir, name, bytes, set, label, checker)
    loaded.checksums.push({
      source: label(name),
      file: parseChecksumFile(bytes.toString('utf8')),
      ...(target ? { target } : {}),
      ...(signature ? { signature } : {})
    })
  }
  for (const name of discovery.folder.rebuildReports) {
    const read = await readJsonValue(path.join(dir, name))
    const entries = read.ok ? toRebuildEntries(read.value) : undefined
    if (entries)
      loaded.rebuilds.push({ source: label(name), entries, signed: false })
  }
  return loaded
}

/**
 * An SBOM file: read, summarised, and its signature beside it checked; a
 * problem recorded, not thrown. Its parsed JSON comes back beside it.
 */
async function loadSbomFile(
  dir: string,
  name: string,
  names: ReadonlySet<string>,
  label: (name: string) => string,
  checker: BundleChecker
): Promise<{ entry: SbomFileEvidence; document?: unknown }> {
  const read = await readJson(path.join(dir, name))
  const entry: SbomFileEvidence = { source: label(name) }
  if (!read.ok) {
    entry.problem = {
      code: 'VERIFY_SBOM_INVALID',
      reason: `${label(name)} is ${read.reason}`
    }
    return { entry }
  }
  let summary: SbomSummary | undefined
  const problem = catchVerification(() => {
    summary = assertSbom(read.value, label(name))
  })
  if (problem) entry.problem = problem
  if (summary) entry.sbom = summary
  const signature = await checkBeside(
    dir,
    name,
    read.bytes,
    names,
    label,
    checker
  )
  if (signature) entry.signature = signature
  return { entry, document: read.value }
}

/** The first Sigstore bundle beside an evidence file, checked over its bytes. */
async function checkBeside(
  dir: string,
  name: string,
  bytes: Buffer,
  names: ReadonlySet<string>,
  label: (name: string) => string,
  checker: BundleChecker
): Promise<SignatureEvidence | undefined> {
  const bundleName = signatureFilesFor(name, names).bundles[0]
  if (!bundleName) return undefined
  const source = label(bundleName)
  const parsed = await readBundleFile(
    path.join(dir, bundleName),
    source,
    checker
  )
  if (!parsed.ok) return { source, form: 'bundle', result: parsed }
  const result = checker.checkMessage(parsed.bundle, {
    sha256: digestsOf(bytes).sha256,
    bytes
  })
  return { source, form: 'bundle', result }
}
