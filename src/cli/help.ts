/**
 * Help texts and suggestions, generated from the same flag tables the
 * commands parse with: every flag with its description, its default and an
 * example. Nothing here is written per flag.
 */
import type { InputSpec, InputTable } from '../lib/inputs/index.js'
import type { Command } from './command.js'

const WIDTH = 80
const INDENT = '      '

/** `provenant <cmd> --help`. */
export function buildCommandHelp(command: Command): string {
  const lines = [
    `usage: ${command.usage}`,
    '',
    wrap(capitalise(command.summary) + '.', ''),
    ...(command.details ? ['', wrap(command.details, '')] : []),
    '',
    'flags:'
  ]
  for (const [name, spec] of Object.entries(command.flags)) {
    lines.push(`  ${flagLabel(name, spec)}`)
    lines.push(wrap(spec.description, INDENT))
    const facts = [
      spec.required ? 'required' : undefined,
      spec.default !== undefined && spec.default !== ''
        ? `default: ${spec.default}`
        : undefined,
      spec.multiple ? 'may be repeated' : undefined,
      `example: ${exampleOf(name, spec)}`
    ].filter((f): f is string => f !== undefined)
    lines.push(wrap(facts.join('; '), INDENT))
  }
  lines.push('  -h, --help')
  lines.push(wrap('Print this help and exit.', INDENT))
  lines.push(
    '',
    'Paths are resolved against the current directory; any path may be given.',
    'Exit codes: 0 done (verified), 1 verification failed, 2 usage or input error, 3 anything else.'
  )
  return lines.join('\n')
}

function flagLabel(name: string, spec: InputSpec): string {
  const short = spec.short ? `-${spec.short}, ` : ''
  return spec.kind === 'boolean'
    ? `${short}--${name}, --no-${name}`
    : `${short}--${name} ${placeholder(name, spec)}`
}

function placeholder(name: string, spec: InputSpec): string {
  if (spec.kind === 'integer') return 'N'
  if (/(^|-)(dir|directory|out)$/.test(name)) return 'DIR'
  if (/(^|-)url$/.test(name)) return 'URL'
  if (/(^|-)(path|file|key|bundle|root|config|lock|signature)$/.test(name))
    return spec.kind === 'list' ? 'PATHS' : 'FILE'
  if (/regexp$/.test(name)) return 'REGEXP'
  return spec.kind === 'list' ? 'LIST' : 'VALUE'
}

/** The example a table gives, else one built from the default or the kind. */
export function exampleOf(name: string, spec: InputSpec): string {
  if (spec.kind === 'boolean') {
    const on = spec.default === 'true'
    return on ? `--no-${name}` : `--${name}`
  }
  const value =
    spec.example ?? (spec.default || placeholder(name, spec).toLowerCase())
  return `--${name} ${quote(value)}`
}

function quote(value: string): string {
  return /^[\w./:@,=+-]+$/.test(value)
    ? value
    : `'${value.replaceAll("'", `'\\''`)}'`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function wrap(text: string, indent: string): string {
  const lines: string[] = []
  let line = indent
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line.length > indent.length && line.length + word.length + 1 > WIDTH) {
      lines.push(line)
      line = indent
    }
    line += line.length > indent.length ? ` ${word}` : word
  }
  lines.push(line)
  return lines.join('\n')
}

/** The candidate nearest to `given` (edit distance), when near enough to be a typo. */
export function nearest(
  given: string,
  candidates: readonly string[]
): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const d = editDistance(given, candidate)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  const prefix = candidates.find(
    (c) => c.startsWith(given) || given.startsWith(c)
  )
  if (bestDistance <= Math.max(2, Math.floor(given.length / 3))) return best
  return prefix
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
    }
    previous = current
  }
  return previous[b.length]!
}

/** Every flag name a command takes, as typed: `--name` (and `--no-name` for booleans). */
export function flagNames(table: InputTable): string[] {
  return Object.entries(table).flatMap(([name, spec]) =>
    spec.kind === 'boolean' ? [`--${name}`, `--no-${name}`] : [`--${name}`]
  )
}
