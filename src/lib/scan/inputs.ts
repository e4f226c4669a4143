/**
 * The scan action's inputs: one table for actions/scan/action.yml and the
 * `provenant scan` flags, and the parser both go through. Every problem is
 * collected and reported at once.
 */
import { InputError } from '../errors.js'
import type { InputSource } from '../inputs/index.js'
import {
  collectProblems,
  defineInputs,
  parseBoolean,
  parseChoice,
  parseList,
  readRaw
} from '../inputs/index.js'
import type { SeverityLevel } from './severity.js'

export const SCAN_FORMATS = ['table', 'json', 'sarif', 'cyclonedx'] as const
export type ScanFormat = (typeof SCAN_FORMATS)[number]

export const FAIL_ON_LEVELS = [
  'critical',
  'high',
  'medium',
  'low',
  'unknown',
  'none'
] as const
export type FailOnLevel = (typeof FAIL_ON_LEVELS)[number]

/** Where OSV publishes its per-ecosystem exports (<url>/<Ecosystem>/all.zip). */
export const DEFAULT_OSV_URL =
  'https://osv-vulnerabilities.storage.googleapis.com'

export const SCAN_INPUTS = defineInputs({
  sbom: {
    kind: 'list',
    default: '.',
    description:
      'What to scan, paths or globs, newline or space separated, resolved inside the workspace: CycloneDX 1.4-1.6 or SPDX 2.2/2.3 JSON SBOMs from any tool are read as they are; a directory (its lockfiles) or any other file (wheel, sdist, npm .tgz) is described first as the sbom action would.'
  },
  db: {
    kind: 'list',
    description:
      'OSV advisory databases, newline or space separated: directories of OSV JSON/YAML files, zips of them (OSV all.zip exports), or single OSV files. When empty: the OSV export of each ecosystem in the SBOMs is downloaded into cache-dir (or, with download false, taken from it).'
  },
  download: {
    kind: 'boolean',
    default: 'true',
    description:
      "Download the OSV exports into cache-dir when db is empty (conditional requests: an unchanged export is not downloaded again). false: never use the network (the CLI's --offline); scan against db, or the copies already in cache-dir."
  },
  'osv-url': {
    kind: 'string',
    default: DEFAULT_OSV_URL,
    description:
      'Where the OSV exports are downloaded from (<osv-url>/<Ecosystem>/all.zip) when db is empty.'
  },
  'cache-dir': {
    kind: 'string',
    description:
      'Cache of downloaded OSV exports and built indexes. When empty: $RUNNER_TOOL_CACHE/provenant, else $XDG_CACHE_HOME/provenant, else ~/.cache/provenant.'
  },
  'fail-on': {
    kind: 'list',
    default: 'high',
    description:
      'Severities that fail the scan, separated by commas or spaces: critical, high, medium or low (that level and above), unknown (advisories without a severity; only when named), none (never fail).'
  },
  vex: {
    kind: 'list',
    description:
      'VEX documents, newline or space separated: OpenVEX or CycloneDX VEX JSON. not_affected and fixed statements take a finding out of the gate (listed with their reason); analysis inside a scanned CycloneDX SBOM is read too.'
  },
  ignore: {
    kind: 'list',
    description:
      'Vulnerability ids (or aliases) to take out of the gate, separated by commas or spaces; listed as ignored.'
  },
  'report-format': {
    kind: 'string',
    default: 'table',
    description:
      'What the log (or output) shows: table, json, sarif (SARIF 2.1.0) or cyclonedx (CycloneDX 1.6 vulnerability report with the VEX analysis).'
  },
  output: {
    kind: 'string',
    description:
      'File to write the report-format into instead of the log, resolved inside the workspace.'
  },
  'reports-dir': {
    kind: 'string',
    description:
      'Directory to write every report into (scan-report.json, scan-report.sarif, scan-report.cdx.json), resolved inside the workspace and created when missing. When empty: none for the CLI; the workspace root for the action.'
  }
})

export type ScanInputName = keyof typeof SCAN_INPUTS

export interface ScanInputs {
  paths: string[]
  databases: string[]
  offline: boolean
  osvUrl: string
  cacheDir: string | undefined
  failOn: SeverityLevel[]
  vexFiles: string[]
  ignore: string[]
  format: ScanFormat
  output: string | undefined
  reportsDir: string | undefined
}

const split = (raw: string | undefined): string[] =>
  parseList(raw?.replaceAll(',', ' '))

export function parseFailOn(raw: string | undefined): SeverityLevel[] {
  const levels = split(raw).map((v) => v.toLowerCase())
  const bad = levels.filter(
    (l) => !(FAIL_ON_LEVELS as readonly string[]).includes(l)
  )
  if (bad.length > 0)
    throw new InputError(
      'SCAN_FAIL_ON',
      `input "fail-on" has ${bad.map((b) => `"${b}"`).join(', ')}: use ${FAIL_ON_LEVELS.join(', ')}`
    )
  if (levels.includes('none') && levels.length > 1)
    throw new InputError(
      'SCAN_FAIL_ON',
      `input "fail-on" says none together with ${levels.filter((l) => l !== 'none').join(', ')}: give none alone, or levels`
    )
  return levels.filter((l): l is SeverityLevel => l !== 'none')
}

export function parseScanInputs(source: InputSource): ScanInputs {
  const problems = collectProblems()
  const raw = (name: ScanInputName): string | undefined =>
    problems.attempt(() => readRaw(SCAN_INPUTS, source, name), undefined)
  const paths = parseList(raw('sbom'))
  if (paths.length === 0)
    problems.problems.push(
      new InputError(
        'SCAN_NO_PATH',
        'input "sbom" names nothing: give an SBOM, a directory or an artifact'
      )
    )
  const osvUrl = raw('osv-url') ?? DEFAULT_OSV_URL
  if (!/^https?:\/\/[^\s]+$/.test(osvUrl))
    problems.problems.push(
      new InputError(
        'SCAN_OSV_URL',
        `input "osv-url" must be an http(s) URL, not "${osvUrl}"`
      )
    )
  const inputs: ScanInputs = {
    paths,
    databases: parseList(raw('db')),
    offline: !problems.attempt(
      () => parseBoolean('download', raw('download')),
      true
    ),
    osvUrl,
    cacheDir: raw('cache-dir'),
    failOn: problems.attempt(() => parseFailOn(raw('fail-on')), []),
    vexFiles: parseList(raw('vex')),
    ignore: split(raw('ignore')),
    format:
      problems.attempt(
        () =>
          parseChoice(
            'report-format',
            raw('report-format')?.toLowerCase(),
            SCAN_FORMATS
          ),
        'table'
      ) ?? 'table',
    output: raw('output'),
    reportsDir: raw('reports-dir')
  }
  problems.throwIfAny()
  return inputs
}
