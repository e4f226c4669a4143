/**
 * The fields of a create- or update-release request body, type-checked the
 * way GitHub does: a wrong type is a 422 naming the field.
 */
import type { LocalResponse } from '../http-server.js'
import { validationFailed } from './responses.js'

export interface ReleaseFields {
  tag_name?: string
  target_commitish?: string
  name?: string | null
  body?: string | null
  draft?: boolean
  prerelease?: boolean
}

const STRING_FIELDS = ['tag_name', 'target_commitish'] as const
const NULLABLE_STRING_FIELDS = ['name', 'body'] as const
const BOOLEAN_FIELDS = ['draft', 'prerelease'] as const

export type ReleaseFieldsResult =
  { ok: true; fields: ReleaseFields } | { ok: false; response: LocalResponse }

/** Unknown fields (make_latest, generate_release_notes, ...) are ignored. */
export function parseReleaseFields(
  input: Record<string, unknown>
): ReleaseFieldsResult {
  const fields: ReleaseFields = {}
  const invalid = (field: string): ReleaseFieldsResult => ({
    ok: false,
    response: validationFailed('Release', field, 'invalid')
  })
  for (const field of STRING_FIELDS) {
    const value = input[field]
    if (value === undefined) continue
    if (typeof value !== 'string' || value === '') return invalid(field)
    fields[field] = value
  }
  for (const field of NULLABLE_STRING_FIELDS) {
    const value = input[field]
    if (value === undefined) continue
    if (value !== null && typeof value !== 'string') return invalid(field)
    fields[field] = value
  }
  for (const field of BOOLEAN_FIELDS) {
    const value = input[field]
    if (value === undefined) continue
    if (typeof value !== 'boolean') return invalid(field)
    fields[field] = value
  }
  return { ok: true, fields }
}
