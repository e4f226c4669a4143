/**
 * `provenant local` for the benchmarks: the embedded local stack in a child
 * process, its environment (the lines it prints to export) parsed from
 * stdout, and its CPU time read from /proc.
 */
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'

/** USER_HZ: the unit of /proc/<pid>/stat times on Linux. */
const CLOCK_TICKS_PER_SECOND = 100

/** Starts `node CLI local --trust-dir trustDir`; resolves once it prints its env. */
export async function startStack(cli, trustDir) {
  const child = spawn(
    process.execPath,
    [cli, 'local', '--trust-dir', trustDir],
    {
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let out = ''
  const env = await new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`provenant local exited ${code}`))
    )
    child.stdout.on('data', (chunk) => {
      out += chunk
      if (!out.includes('NO_PROXY')) return
      const vars = {}
      for (const m of out.matchAll(/^export (\w+)='((?:[^']|'\\'')*)'$/gm)) {
        vars[m[1]] = m[2].replaceAll(`'\\''`, `'`)
      }
      resolve(vars)
    })
  })
  return {
    env,
    /** CPU time (user + system) the stack used so far; NaN off Linux. */
    cpuMs: () => processCpuMs(child.pid),
    stop: () =>
      new Promise((resolve) => {
        child.removeAllListeners('exit')
        child.once('exit', resolve)
        child.kill('SIGTERM')
      })
  }
}

async function processCpuMs(pid) {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ticks = Number(fields[11]) + Number(fields[12])
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND
  } catch {
    return Number.NaN
  }
}
