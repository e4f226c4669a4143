/**
 * Fault injection for the embedded local stack: any route can be told to
 * answer an HTTP error, to answer late, or to drop the connection, for the
 * next N requests. Tests use it to prove that clients retry and give up as
 * they should.
 */

export type FaultKind =
  | {
      kind: 'status'
      status: number
      retryAfterSeconds?: number
      /** More response headers, e.g. a rate limit's x-ratelimit-remaining: 0. */
      headers?: Record<string, string>
    }
  | { kind: 'delay'; ms: number }
  | { kind: 'drop' }
  /** The request is handled, then the connection is dropped before the answer. */
  | { kind: 'lost-response' }

export type FaultRule = FaultKind & {
  /** Path prefix the rule applies to, e.g. `/api/v2/signingCert`. `*` matches every path. */
  route: string
  /** HTTP method; any method when absent. */
  method?: string
  /** How many matching requests the fault applies to. */
  times: number
}

export interface FaultHit {
  rule: FaultRule
  method: string
  path: string
}

export class FaultPlan {
  private readonly rules: FaultRule[] = []
  /** Every fault that was applied, in order: tests assert on it. */
  readonly hits: FaultHit[] = []

  inject(rule: FaultRule): void {
    if (!Number.isInteger(rule.times) || rule.times < 1) {
      throw new RangeError(`fault "times" must be a positive integer`)
    }
    this.rules.push({ ...rule })
  }

  clear(): void {
    this.rules.length = 0
    this.hits.length = 0
  }

  /** The fault for this request, if any; consumes one of its `times`. */
  take(method: string, path: string): FaultRule | undefined {
    const index = this.rules.findIndex(
      (r) =>
        (r.route === '*' || path.startsWith(r.route)) &&
        (r.method === undefined || r.method.toUpperCase() === method)
    )
    if (index < 0) return undefined
    const rule = this.rules[index]!
    rule.times -= 1
    if (rule.times === 0) this.rules.splice(index, 1)
    this.hits.push({ rule: { ...rule }, method, path })
    return rule
  }

  get pending(): number {
    return this.rules.reduce((sum, r) => sum + r.times, 0)
  }
}
