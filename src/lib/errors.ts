/**
 * The one error model of Provenant. Every failure a user can see is one of
 * these kinds, each with a stable `code` that tests and policy engines match
 * on, and an optional `cause` that keeps the original stack.
 */

export type ErrorKind = 'input' | 'verification' | 'service' | 'internal'

export class ProvenantError extends Error {
  readonly code: string
  readonly kind: ErrorKind = 'internal'

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
    this.name = new.target.name
  }
}

/** Something the user wrote is wrong; the message names the input and the fix. */
export class InputError extends ProvenantError {
  override readonly kind = 'input'
}

/** A check on an artifact failed; one code per failed check. */
export class VerificationError extends ProvenantError {
  override readonly kind = 'verification'
}

/** A remote service (Fulcio, Rekor, a TSA, GitHub, the OIDC issuer) failed. */
export class ServiceError extends ProvenantError {
  override readonly kind = 'service'
  readonly service: string
  readonly status: number | undefined
  readonly retryable: boolean

  constructor(
    service: string,
    message: string,
    options: { status?: number; retryable?: boolean; cause?: unknown } = {}
  ) {
    super(`SERVICE_${service.toUpperCase().replace(/\W+/g, '_')}`, message, {
      cause: options.cause
    })
    this.service = service
    this.status = options.status
    this.retryable = options.retryable ?? false
  }
}

/** A bug in Provenant itself. */
export class InternalError extends ProvenantError {
  override readonly kind = 'internal'
}

/** Several input problems found at once, reported together. */
export class InputErrors extends InputError {
  readonly problems: readonly InputError[]

  constructor(problems: readonly InputError[]) {
    super(
      problems.length === 1 ? problems[0]!.code : 'INPUT_MULTIPLE',
      problems.map((p) => p.message).join('\n')
    )
    this.problems = problems
  }
}

/** Normalises anything thrown (strings, objects, foreign errors) into a ProvenantError. */
export function toProvenantError(thrown: unknown): ProvenantError {
  if (thrown instanceof ProvenantError) return thrown
  if (thrown instanceof Error) {
    return new InternalError('INTERNAL', thrown.message, { cause: thrown })
  }
  return new InternalError('INTERNAL', `unexpected failure: ${String(thrown)}`)
}

/** CLI exit codes: 0 verified, 1 verification failed, 2 usage or input, 3 anything else. */
export const EXIT_OK = 0
export const EXIT_VERIFICATION_FAILED = 1
export const EXIT_INPUT = 2
export const EXIT_OTHER = 3

export function toExitCode(error: ProvenantError): number {
  switch (error.kind) {
    case 'verification':
      return EXIT_VERIFICATION_FAILED
    case 'input':
      return EXIT_INPUT
    default:
      return EXIT_OTHER
  }
}
