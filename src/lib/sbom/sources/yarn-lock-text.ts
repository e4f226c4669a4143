/**
 * The yarn.lock syntax of both generations, parsed line by line: classic
 * (`key "value"`, `"a@^1", b@^2:` blocks) and berry (`key: value`, a YAML
 * subset written by Yarn's own serializer and read back by Yarn's own parser).
 * One linear pass with line numbers, so a truncated or mangled file is
 * reported at its line; a full YAML parser would be several times slower on
 * 10,000-line lockfiles and would lose the classic form.
 */
import { invalidLockfile } from './parse-text.js'

export interface YarnMap {
  [key: string]: YarnValue
}
export type YarnValue = string | YarnMap

export interface YarnBlock {
  /** The descriptors of the block header (`"a@^1", a@^2` -> [a@^1, a@^2]). */
  keys: string[]
  line: number
  data: YarnMap
}

export interface YarnLockText {
  blocks: YarnBlock[]
  /** berry's `__metadata` block. */
  metadata: YarnMap | undefined
}

/** Reads one quoted ("...") or plain token from `pos`; plain stops at `,`, blank, or `:` + blank/end. */
function readToken(
  line: string,
  pos: number,
  file: string,
  lineNo: number
): [string, number] {
  if (line[pos] === '"') {
    let end = pos + 1
    while (end < line.length && line[end] !== '"')
      end += line[end] === '\\' ? 2 : 1
    if (end >= line.length)
      throw invalidLockfile(
        file,
        `line ${lineNo}`,
        'unterminated quoted string'
      )
    try {
      return [JSON.parse(line.slice(pos, end + 1)) as string, end + 1]
    } catch (error) {
      throw invalidLockfile(
        file,
        `line ${lineNo}`,
        'bad escape in a quoted string',
        error
      )
    }
  }
  let end = pos
  while (end < line.length) {
    const c = line[end]
    if (
      c === ',' ||
      c === ' ' ||
      (c === ':' && (end + 1 === line.length || line[end + 1] === ' '))
    )
      break
    end++
  }
  return [line.slice(pos, end), end]
}

function parseValue(raw: string, file: string, lineNo: number): string {
  const value = raw.trim()
  if (value.startsWith('"')) {
    const [text, end] = readToken(value, 0, file, lineNo)
    if (end !== value.length)
      throw invalidLockfile(file, `line ${lineNo}`, 'text after a quoted value')
    return text
  }
  return value
}

export function parseYarnLockText(text: string, file: string): YarnLockText {
  const blocks: YarnBlock[] = []
  let metadata: YarnMap | undefined
  const stack: Array<{ indent: number; map: YarnMap }> = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/\r$/, '')
    const lineNo = i + 1
    const body = line.trimStart()
    if (body === '' || body.startsWith('#')) continue
    const indent = line.length - body.length
    if (line[indent - 1] === '\t')
      throw invalidLockfile(file, `line ${lineNo}`, 'tab indentation')
    while (
      stack.length > 0 &&
      (stack[stack.length - 1] as { indent: number }).indent >= indent
    )
      stack.pop()
    const keys: string[] = []
    let pos = 0
    for (;;) {
      const [key, end] = readToken(body, pos, file, lineNo)
      keys.push(key)
      pos = end
      if (body.startsWith(', ', pos)) pos += 2
      else break
    }
    let value: string | undefined
    if (body[pos] === ':')
      value =
        body.slice(pos + 1).trim() === ''
          ? undefined
          : parseValue(body.slice(pos + 1), file, lineNo)
    else if (body[pos] === ' ')
      value = parseValue(body.slice(pos + 1), file, lineNo)
    else throw invalidLockfile(file, `line ${lineNo}`, `cannot read "${body}"`)

    if (indent === 0) {
      if (value !== undefined) continue // top-level scalars: berry's none, classic's none
      const data: YarnMap = Object.create(null) as YarnMap
      stack.push({ indent, map: data })
      if (keys.length === 1 && keys[0] === '__metadata') metadata = data
      else
        blocks.push({
          keys: keys.flatMap((k) => k.split(', ')),
          line: lineNo,
          data
        })
      continue
    }
    const parent = stack[stack.length - 1]
    if (parent === undefined)
      throw invalidLockfile(
        file,
        `line ${lineNo}`,
        'indented line outside any entry'
      )
    const key = keys.join(', ')
    if (value === undefined) {
      const child: YarnMap = Object.create(null) as YarnMap
      parent.map[key] = child
      stack.push({ indent, map: child })
    } else parent.map[key] = value
  }
  return { blocks, metadata }
}

export function yarnString(data: YarnMap, key: string): string | undefined {
  const value = data[key]
  return typeof value === 'string' ? value : undefined
}

export function yarnMap(data: YarnMap, key: string): YarnMap {
  const value = data[key]
  return typeof value === 'object' ? value : {}
}
