/**
 * Every problem of a parse, collected so that all are reported at once:
 * a user who got two inputs wrong hears of both in one run.
 */
import { InputError, InputErrors } from '../errors.js'

export interface ProblemCollector {
  readonly problems: InputError[]
  /** Runs `parse`; an input problem it throws is collected and `fallback` returned. */
  attempt: <T>(parse: () => T, fallback: T) => T
  /** Throws every problem collected, if there is one. */
  throwIfAny: () => void
}

export function collectProblems(): ProblemCollector {
  const problems: InputError[] = []
  return {
    problems,
    attempt: <T>(parse: () => T, fallback: T): T => {
      try {
        return parse()
      } catch (error) {
        collectInputError(problems, error)
        return fallback
      }
    },
    throwIfAny: (): void => {
      if (problems.length > 0) throw new InputErrors(problems)
    }
  }
}

/** Adds the input problems `error` holds (one or several); rethrows anything else. */
export function collectInputError(
  problems: InputError[],
  error: unknown
): void {
  if (error instanceof InputErrors) problems.push(...error.problems)
  else if (error instanceof InputError) problems.push(error)
  else throw error
}

/** Throws what was collected, if anything: a single problem as itself, several together. */
export function throwCollected(problems: readonly InputError[]): void {
  if (problems.length === 0) return
  throw problems.length === 1 ? problems[0]! : new InputErrors([...problems])
}
