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
        if (error instanceof InputErrors) problems.push(...error.problems)
        else if (error instanceof InputError) problems.push(error)
        else throw error
        return fallback
      }
    },
    throwIfAny: (): void => {
      if (problems.length > 0) throw new InputErrors(problems)
    }
  }
}
