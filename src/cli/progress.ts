/**
 * Progress on long work, for people at a terminal only: one line on stderr
 * rewritten in place (`[12/2000] dist/app.tgz`), cleared at the end.
 * Nothing at all when stderr is not a TTY (pipes, CI logs, --json users).
 */
export type ProgressCallback = (
  done: number,
  total: number,
  label: string
) => void

export interface Progress {
  report: ProgressCallback
  /** Clears the line. */
  end(): void
}

const MIN_INTERVAL_MS = 100

export function createProgress(
  stream: NodeJS.WriteStream = process.stderr,
  now: () => number = Date.now
): Progress {
  if (!stream.isTTY) return { report: () => undefined, end: () => undefined }
  let shown = false
  let last = -Infinity
  return {
    report(done, total, label) {
      const at = now()
      if (done < total && at - last < MIN_INTERVAL_MS) return
      last = at
      const width = Math.max(20, (stream.columns || 80) - 1)
      const line = `[${done}/${total}] ${label}`.slice(0, width)
      stream.write(`\r\u001b[K${line}`)
      shown = true
    },
    end() {
      if (shown) stream.write('\r\u001b[K')
      shown = false
    }
  }
}
