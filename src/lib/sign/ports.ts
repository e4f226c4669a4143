/**
 * What the signing core needs from its host (the action, the CLI, a test):
 * somewhere to log, and the time and randomness it runs with.
 */

export interface Logger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

export const SILENT_LOGGER: Logger = {
  info: () => undefined,
  warning: () => undefined,
  debug: () => undefined
}

export interface Environment {
  /** The current time. */
  now: () => Date
  /** Uniform in [0, 1). */
  random: () => number
  sleep: (ms: number) => Promise<void>
}
