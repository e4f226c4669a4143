/**
 * `provenant vex`: an OpenVEX v0.2.0 document from statement lines
 * `ID:purl:status[:justification]` (the purl is the product; with a
 * product purl given, the line's purl is a subcomponent of it). The
 * document's @id is derived from its content, so the same statements give
 * the same id.
 */
import { createHash } from 'node:crypto'
import { InputError } from '../../errors.js'
import { VEX_STATUSES, type VexStatus } from '../vex.js'

export const OPENVEX_CONTEXT = 'https://openvex.dev/ns/v0.2.0'

export const OPENVEX_JUSTIFICATIONS = [
  'component_not_present',
  'vulnerable_code_not_present',
  'vulnerable_code_not_in_execute_path',
  'vulnerable_code_cannot_be_controlled_by_adversary',
  'inline_mitigations_already_exist'
] as const

export interface StatementLine {
  vulnerability: string
  purl: string
  status: VexStatus
  justification?: string
}

const LINE = /^([^:\s]+):(pkg:[^\s]+?):([a-z_]+)(?::([a-z_]*))?$/

export function parseStatementLine(line: string): StatementLine {
  const match = LINE.exec(line.trim())
  const fix =
    'write it as ID:purl:status[:justification], e.g. GHSA-xxxx-xxxx-xxxx:pkg:npm/lodash@4.17.20:not_affected:vulnerable_code_not_in_execute_path'
  if (!match)
    throw new InputError(
      'VEX_STATEMENT_SYNTAX',
      `--statement "${line}" cannot be read: ${fix}`
    )
  const status = match[3] as VexStatus
  if (!VEX_STATUSES.includes(status))
    throw new InputError(
      'VEX_STATEMENT_STATUS',
      `--statement "${line}" has status "${match[3]}": use ${VEX_STATUSES.join(', ')}`
    )
  const justification = match[4] || undefined
  if (
    justification &&
    !(OPENVEX_JUSTIFICATIONS as readonly string[]).includes(justification)
  )
    throw new InputError(
      'VEX_STATEMENT_JUSTIFICATION',
      `--statement "${line}" has justification "${justification}": use ${OPENVEX_JUSTIFICATIONS.join(', ')}`
    )
  if (status === 'not_affected' && !justification)
    throw new InputError(
      'VEX_STATEMENT_JUSTIFICATION',
      `--statement "${line}" says not_affected without a justification: add one of ${OPENVEX_JUSTIFICATIONS.join(', ')}`
    )
  return {
    vulnerability: match[1]!,
    purl: match[2]!,
    status,
    ...(justification ? { justification } : {})
  }
}

export interface OpenVexOptions {
  author: string
  timestamp: string
  /** The product the statements' purls are subcomponents of. */
  product?: string
  /** impact_statement for not_affected, action_statement for affected. */
  note?: string
}

export function buildOpenVex(
  lines: readonly StatementLine[],
  options: OpenVexOptions
): Record<string, unknown> {
  const statements = lines.map((s) => ({
    vulnerability: { name: s.vulnerability },
    timestamp: options.timestamp,
    products: [
      options.product
        ? { '@id': options.product, subcomponents: [{ '@id': s.purl }] }
        : { '@id': s.purl }
    ],
    status: s.status,
    ...(s.justification ? { justification: s.justification } : {}),
    ...(options.note && s.status === 'not_affected'
      ? { impact_statement: options.note }
      : {}),
    ...(s.status === 'affected'
      ? { action_statement: options.note ?? 'Upgrade to a fixed version.' }
      : {})
  }))
  const body = {
    author: options.author,
    timestamp: options.timestamp,
    statements
  }
  const digest = createHash('sha256').update(JSON.stringify(body)).digest('hex')
  return {
    '@context': OPENVEX_CONTEXT,
    '@id': `https://openvex.dev/docs/public/vex-${digest}`,
    author: options.author,
    timestamp: options.timestamp,
    version: 1,
    statements
  }
}
