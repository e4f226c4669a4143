/**
 * The runner's file commands: GITHUB_OUTPUT, GITHUB_ENV and GITHUB_PATH,
 * `name=value` lines or `name<<DELIMITER` blocks, read after each step.
 */
import { readFile } from 'node:fs/promises'
import { InputError } from '../../lib/errors.js'

export function parseFileCommand(
  text: string,
  file: string
): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line === '') continue
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line)
    if (heredoc && !line.includes('=')) {
      const [, name, delimiter] = heredoc
      const body: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) {
        body.push(lines[i]!)
      }
      if (i >= lines.length) {
        throw new InputError(
          'RUNNER_FILE_COMMAND',
          `${file}: no line "${delimiter}" ends the value of ${name}`
        )
      }
      values[name!] = body.join('\n')
      continue
    }
    const at = line.indexOf('=')
    if (at <= 0) {
      throw new InputError(
        'RUNNER_FILE_COMMAND',
        `${file}: "${line.slice(0, 80)}" is neither name=value nor name<<DELIMITER`
      )
    }
    values[line.slice(0, at)] = line.slice(at + 1)
  }
  return values
}

export async function readFileCommand(
  file: string,
  label: string
): Promise<Record<string, string>> {
  const text = await readFile(file, 'utf8').catch(() => '')
  return parseFileCommand(text, label)
}

export async function readPathFile(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8').catch(() => '')
  return text.split(/\r?\n/).filter((l) => l.trim() !== '')
}
