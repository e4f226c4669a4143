/** Pipeline stages with progress and timings on the way out. */
export interface StageLog {
  stage(name: string): () => void
  timings: { name: string; ms: number }[]
}

export function createStageLog(write: (line: string) => void): StageLog {
  const timings: { name: string; ms: number }[] = []
  return {
    timings,
    stage(name) {
      const started = performance.now()
      write(`▶ ${name}`)
      return () => {
        const ms = Math.round(performance.now() - started)
        timings.push({ name, ms })
        write(`✔ ${name} (${(ms / 1000).toFixed(2)} s)`)
      }
    }
  }
}
