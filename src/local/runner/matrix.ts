/** strategy.matrix expanded as GitHub does: the product, minus exclude, plus include. */
import { InputError } from '../../lib/errors.js'

export type Combination = Record<string, unknown>

export function expandMatrix(strategy: unknown, job: string): Combination[] {
  const matrix =
    strategy && typeof strategy === 'object'
      ? (strategy as Record<string, unknown>).matrix
      : undefined
  if (matrix === undefined || matrix === null) return [{}]
  if (typeof matrix !== 'object' || Array.isArray(matrix)) {
    throw new InputError(
      'RUNNER_MATRIX',
      `jobs.${job}.strategy.matrix must be a mapping of lists`
    )
  }
  const { include, exclude, ...axes } = matrix as Record<string, unknown>
  let combinations: Combination[] = [{}]
  for (const [name, values] of Object.entries(axes)) {
    if (!Array.isArray(values) || values.length === 0) {
      throw new InputError(
        'RUNNER_MATRIX',
        `jobs.${job}.strategy.matrix.${name} must be a non-empty list`
      )
    }
    combinations = combinations.flatMap((c) =>
      values.map((v: unknown) => ({ ...c, [name]: v }))
    )
  }
  const excluded = Array.isArray(exclude) ? (exclude as Combination[]) : []
  combinations = combinations.filter(
    (c) =>
      !excluded.some((e) => Object.entries(e).every(([k, v]) => c[k] === v))
  )
  for (const extra of Array.isArray(include)
    ? (include as Combination[])
    : []) {
    const matching = combinations.filter((c) =>
      Object.keys(axes).every((k) => !(k in extra) || c[k] === extra[k])
    )
    if (matching.length > 0 && Object.keys(axes).some((k) => k in extra)) {
      for (const c of matching) Object.assign(c, extra)
    } else combinations.push({ ...extra })
  }
  return combinations.length > 0 ? combinations : [{}]
}

export function matrixLabel(combination: Combination): string {
  const values = Object.values(combination).map((v) =>
    typeof v === 'string' ? v : JSON.stringify(v)
  )
  return values.length > 0 ? ` (${values.join(', ')})` : ''
}
