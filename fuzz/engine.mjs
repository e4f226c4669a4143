/**
 * A coverage-guided fuzzer for Provenant's parsers of outside input, in the
 * manner of libFuzzer: inputs are mutated from a corpus (seeds, then every
 * input that reached new code), and V8's own block coverage (the inspector's
 * precise coverage, with call counts bucketed as libFuzzer does) says which
 * inputs reached new code. A target may fail only with a clean input error;
 * anything else (another error, a hang past the slow bound) is a finding,
 * saved under fuzz/findings/<target>/ to become a regression file.
 *
 * node --import ./fuzz/register.mjs fuzz/engine.mjs <target> [seconds]
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { judge, loadTarget } from './judge.js'

const INTERESTING = [
  0, 1, 0x7f, 0x80, 0xff, 10, 13, 32, 34, 39, 44, 45, 46, 47, 58, 61, 91, 93,
  123, 125, 92, 35, 64
]
const NUMBERS = [
  '0',
  '-1',
  '4294967296',
  '99999999999999999999',
  '1e309',
  'NaN',
  '0x7fffffff',
  ''
]

const ROOT = path.dirname(fileURLToPath(import.meta.url))
/** CPU time (not wall time: a starved process is not a slow parser) past which an input is a finding. */
const SLOW_CPU_MS = 5000
const REPORT_EVERY_MS = 60_000

const [name, secondsArg] = process.argv.slice(2)
if (!name) {
  console.error('usage: engine.mjs <target> [seconds]')
  process.exit(2)
}
const seconds = Number(secondsArg ?? 60)
const target = await loadTarget(name)
const maxLength = target.maxLength ?? 64 * 1024
const corpusDir = path.join(ROOT, 'corpus', name)
const findingsDir = path.join(ROOT, 'findings', name)
mkdirSync(corpusDir, { recursive: true })

const session = new Session()
session.connect()
const post = (method, params) => {
  let result
  session.post(method, params, (error, value) => {
    if (error) throw error
    result = value
  })
  return result
}
post('Profiler.enable')
post('Profiler.startPreciseCoverage', { callCount: true, detailed: true })

const ownScripts = pathToFileURL(ROOT).href
const seen = new Set()
/** The features (block, count bucket) the last run reached; how many were new. */
function newFeatures() {
  const { result } = post('Profiler.takePreciseCoverage')
  let fresh = 0
  for (const script of result) {
    if (!script.url.startsWith('file:') || script.url.startsWith(ownScripts))
      continue
    for (const fn of script.functions) {
      for (const range of fn.ranges) {
        if (range.count === 0) continue
        const key = `${script.scriptId}:${range.startOffset}:${range.endOffset}:${bucket(range.count)}`
        if (!seen.has(key)) {
          seen.add(key)
          fresh++
        }
      }
    }
  }
  return fresh
}

function bucket(count) {
  if (count < 4) return count
  return 31 - Math.clz32(count)
}

const corpus = [
  ...target.seeds(),
  ...readdirSync(corpusDir).map((f) => readFileSync(path.join(corpusDir, f)))
].map((b) => Buffer.from(b))
if (corpus.length === 0) corpus.push(Buffer.from(''))
const dictionary = (target.dictionary ?? []).map((d) => Buffer.from(d))

let executions = 0
let findings = 0
const started = Date.now()
const deadline = started + seconds * 1000
let lastReport = started

async function execute(input, keep) {
  const before = process.cpuUsage()
  const problem = await judge(target, input)
  const used = process.cpuUsage(before)
  const took = Math.round((used.user + used.system) / 1000)
  executions++
  const fresh = newFeatures()
  if (problem || took > SLOW_CPU_MS) {
    findings++
    const id = createHash('sha1').update(input).digest('hex').slice(0, 16)
    mkdirSync(findingsDir, { recursive: true })
    writeFileSync(path.join(findingsDir, `crash-${id}`), input)
    console.log(
      `FINDING ${name} crash-${id}: ${problem ?? `took ${took} ms of CPU`}`.slice(
        0,
        2000
      )
    )
    return
  }
  if (fresh > 0 && keep) {
    corpus.push(input)
    const id = createHash('sha1').update(input).digest('hex').slice(0, 16)
    writeFileSync(path.join(corpusDir, id), input)
  }
}

for (const seed of corpus.slice()) await execute(seed, false)

while (Date.now() < deadline) {
  const parent = corpus[Math.floor(Math.random() * corpus.length)]
  let input = parent
  const rounds = 1 + Math.floor(Math.random() * 4)
  for (let i = 0; i < rounds; i++) input = mutate(input)
  if (input.length > maxLength) input = input.subarray(0, maxLength)
  await execute(input, true)
  if (Date.now() - lastReport > REPORT_EVERY_MS) {
    lastReport = Date.now()
    report('progress')
  }
}
report('done')
session.disconnect()

function report(stage) {
  const elapsed = (Date.now() - started) / 1000
  console.log(
    JSON.stringify({
      stage,
      target: name,
      seconds: Math.round(elapsed),
      executions,
      perSecond: Math.round(executions / elapsed),
      corpus: corpus.length,
      coverageFeatures: seen.size,
      findings
    })
  )
}

// ---- mutations (libFuzzer's repertoire, in small) ----

function pick(array) {
  return array[Math.floor(Math.random() * array.length)]
}

function mutate(input) {
  const b = Buffer.from(input)
  const at = () => Math.floor(Math.random() * (b.length + 1))
  switch (Math.floor(Math.random() * 11)) {
    case 0:
      if (b.length)
        b[Math.min(at(), b.length - 1)] ^= 1 << Math.floor(Math.random() * 8)
      return b
    case 1:
      if (b.length) b[Math.min(at(), b.length - 1)] = pick(INTERESTING)
      return b
    case 2: {
      const i = at()
      const bytes = Buffer.from(
        Array.from({ length: 1 + Math.floor(Math.random() * 8) }, () =>
          Math.floor(Math.random() * 256)
        )
      )
      return Buffer.concat([b.subarray(0, i), bytes, b.subarray(i)])
    }
    case 3: {
      const i = at()
      const n = Math.floor(Math.random() * Math.min(64, b.length - i + 1))
      return Buffer.concat([b.subarray(0, i), b.subarray(i + n)])
    }
    case 4: {
      const i = at()
      const n = Math.floor(Math.random() * Math.min(256, b.length - i + 1))
      const copies =
        Math.random() < 0.1 ? 1 + Math.floor(Math.random() * 64) : 1
      const chunk = Buffer.concat(Array(copies).fill(b.subarray(i, i + n)))
      const j = at()
      return Buffer.concat([b.subarray(0, j), chunk, b.subarray(j)])
    }
    case 5: {
      const other = pick(corpus)
      const i = at()
      const j = Math.floor(Math.random() * (other.length + 1))
      return Buffer.concat([b.subarray(0, i), other.subarray(j)])
    }
    case 6:
      if (dictionary.length) {
        const i = at()
        return Buffer.concat([
          b.subarray(0, i),
          pick(dictionary),
          b.subarray(i)
        ])
      }
      return b
    case 7: {
      const text = b.toString('latin1')
      const digits = [...text.matchAll(/\d+/g)]
      if (digits.length === 0) return b
      const m = pick(digits)
      return Buffer.from(
        text.slice(0, m.index) +
          pick(NUMBERS) +
          text.slice(m.index + m[0].length),
        'latin1'
      )
    }
    case 8:
      return b.subarray(0, at())
    case 9: {
      // a line dropped or repeated: lockfiles are line-shaped
      const lines = b.toString('latin1').split('\n')
      const i = Math.floor(Math.random() * lines.length)
      if (Math.random() < 0.5) lines.splice(i, 1)
      else lines.splice(i, 0, lines[Math.floor(Math.random() * lines.length)])
      return Buffer.from(lines.join('\n'), 'latin1')
    }
    default: {
      if (b.length < 2) return b
      const i = Math.floor(Math.random() * (b.length - 1))
      const j = Math.floor(Math.random() * (b.length - 1))
      const t = b[i]
      b[i] = b[j]
      b[j] = t
      return b
    }
  }
}
