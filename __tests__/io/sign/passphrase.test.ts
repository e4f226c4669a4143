import { PassThrough } from 'node:stream'
import { describe, expect, it } from '@jest/globals'
import type { PromptStreams } from '../../../src/io/sign/passphrase.js'
import { readPassphrase } from '../../../src/io/sign/passphrase.js'
import { InputError } from '../../../src/lib/errors.js'

/** A terminal: a stream in raw mode that records what was written to it. */
function terminal(typed: string[]): {
  streams: PromptStreams
  shown: () => string
  raw: boolean[]
} {
  const input = Object.assign(new PassThrough(), {
    isTTY: true,
    setRawMode: (mode: boolean) => raw.push(mode)
  })
  const output = new PassThrough()
  let shown = ''
  output.on('data', (chunk: Buffer) => {
    shown += chunk.toString()
    // Type the next line once a prompt is shown.
    if (chunk.toString().endsWith(': ')) input.write(typed.shift() ?? '')
  })
  const raw: boolean[] = []
  return { streams: { input, output }, shown: () => shown, raw }
}

describe('readPassphrase', () => {
  it('takes COSIGN_PASSWORD when set, even empty, without asking', async () => {
    const { streams, shown } = terminal([])
    await expect(
      readPassphrase({ env: { COSIGN_PASSWORD: '' }, label: 'k', streams })
    ).resolves.toBe('')
    await expect(
      readPassphrase({
        env: { COSIGN_PASSWORD: 's3cret' },
        label: 'k',
        streams
      })
    ).resolves.toBe('s3cret')
    expect(shown()).toBe('')
  })

  it('without the variable or a terminal, names the key and the variable', async () => {
    const error = await readPassphrase({
      env: {},
      label: '--key cosign.key'
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).code).toBe('SIGN_KEY_NO_PASSPHRASE')
    expect((error as InputError).message).toMatch(
      /--key cosign\.key.*COSIGN_PASSWORD/
    )
  })

  it('asks on the terminal in raw mode, echoes nothing, handles backspace', async () => {
    const { streams, shown, raw } = terminal(['hunterX\u007f2\r'])
    await expect(
      readPassphrase({ env: {}, label: 'k', streams })
    ).resolves.toBe('hunter2')
    expect(shown()).toBe('Enter password for private key: \n')
    expect(raw).toEqual([true, false])
  })

  it('asks twice for a new key and refuses two different answers', async () => {
    const same = terminal(['pw\r', 'pw\n'])
    await expect(
      readPassphrase({
        env: {},
        label: 'k',
        confirm: true,
        streams: same.streams
      })
    ).resolves.toBe('pw')
    const differ = terminal(['pw\r', 'other\r'])
    const error = await readPassphrase({
      env: {},
      label: 'k',
      confirm: true,
      streams: differ.streams
    }).catch((e: unknown) => e)
    expect((error as InputError).code).toBe('SIGN_KEY_PASSPHRASE_MISMATCH')
    expect((error as InputError).message).not.toContain('other')
  })

  it('Ctrl-C at the prompt aborts and leaves the terminal as it was', async () => {
    const { streams, raw } = terminal(['abc\u0003'])
    const error = await readPassphrase({ env: {}, label: 'k', streams }).catch(
      (e: unknown) => e
    )
    expect((error as InputError).code).toBe('SIGN_KEY_PROMPT_ABORTED')
    expect(raw).toEqual([true, false])
  })
})
