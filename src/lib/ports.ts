/**
 * What the core needs from its host (the action, the CLI, a test):
 * somewhere to log, and the time and randomness it runs with. Adapters in
 * src/io and the hosts in src/actions and src/cli implement these.
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

export interface Clock {
  /** The current time. */
  now: () => Date
}

export interface Environment extends Clock {
  /** Uniform in [0, 1). */
  random: () => number
  sleep: (ms: number) => Promise<void>
}
