/**
 * The passphrase of a cosign key, found as cosign finds it: COSIGN_PASSWORD
 * when it is set (even empty), else asked on the terminal without echo.
 * With neither (a runner, a pipe) it is an input error naming the key and
 * the variable, never a hang on a stdin nobody writes to. The Action asks
 * no terminal.
 */
import { InputError } from '../../lib/errors.js'

/** A terminal to ask on: process.stdin and process.stderr in practice. */
export interface PromptStreams {
  input: NodeJS.ReadableStream & {
    isTTY?: boolean
    setRawMode?: (mode: boolean) => unknown
  }
  output: NodeJS.WritableStream
}

export interface PassphraseRequest {
  env: Readonly<Record<string, string | undefined>>
  /** The key as the user knows it: `--key cosign.key`, `input "key"`. */
  label: string
  /** Ask twice and compare (a new key). */
  confirm?: boolean
  /** Where to ask; undefined: the environment only (the Action). */
  streams?: PromptStreams
}

/** The process's terminal, for the CLI. */
export function processTerminal(): PromptStreams {
  return { input: process.stdin, output: process.stderr }
}

export const PASSPHRASE_VARIABLE = 'COSIGN_PASSWORD'

export async function readPassphrase(
  request: PassphraseRequest
): Promise<string> {
  const fromEnv = request.env[PASSPHRASE_VARIABLE]
  if (fromEnv !== undefined) return fromEnv
  const streams = request.streams
  if (!streams?.input.isTTY || !streams.input.setRawMode) {
    throw new InputError(
      'SIGN_KEY_NO_PASSPHRASE',
      `${request.label} needs a passphrase and there is no terminal to ask on: set ${PASSPHRASE_VARIABLE} (it may be empty)`
    )
  }
  const first = await promptHidden(streams, 'Enter password for private key: ')
  if (!request.confirm) return first
  const again = await promptHidden(
    streams,
    'Enter password for private key again: '
  )
  if (again !== first) {
    throw new InputError(
      'SIGN_KEY_PASSPHRASE_MISMATCH',
      'the two passwords differ: run again and type the same password twice'
    )
  }
  return first
}

/** One line read in raw mode, nothing echoed; Ctrl-C aborts. */
function promptHidden(streams: PromptStreams, prompt: string): Promise<string> {
  const { input, output } = streams
  output.write(prompt)
  input.setRawMode!(true)
  input.resume()
  return new Promise((resolve, reject) => {
    let typed = ''
    const finish = (error?: Error): void => {
      input.removeListener('data', onData)
      input.setRawMode!(false)
      input.pause()
      output.write('\n')
      if (error) reject(error)
      else resolve(typed)
    }
    const onData = (chunk: Buffer | string): void => {
      for (const char of chunk.toString()) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          finish()
          return
        }
        if (char === '\u0003') {
          finish(
            new InputError(
              'SIGN_KEY_PROMPT_ABORTED',
              'interrupted at the password prompt'
            )
          )
          return
        }
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1)
        else typed += char
      }
    }
    input.on('data', onData)
  })
}
