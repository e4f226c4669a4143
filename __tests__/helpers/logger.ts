import type { Logger } from '../../src/lib/ports.js'

/** A Logger that keeps what it was told, for assertions: the one test logger. */
export interface RecordingLogger extends Logger {
  /** Info lines as given, warnings prefixed `warning: `; debug is dropped. */
  lines: string[]
}

export function recordingLogger(): RecordingLogger {
  const lines: string[] = []
  return {
    lines,
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    debug: () => undefined
  }
}
