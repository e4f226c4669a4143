/**
 * Input quoted in a message, made safe to print: control characters shown
 * as escapes (never raw to a terminal) and long text cut, so that an error
 * never prints kilobytes of a hostile file.
 */

/** Longest stretch of input one message quotes. */
export const MAX_QUOTED_CHARS = 120
/** Longest line of a message made of input-bearing lines. */
export const MAX_MESSAGE_LINE_CHARS = 300
/** Most lines of one message. */
export const MAX_MESSAGE_LINES = 20

/** Whether `text` has a control character other than tab, CR and LF. */
export function hasControlCharacters(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (code === 0x09 || code === 0x0a || code === 0x0d) continue
    if (code < 0x20 || code === 0x7f) return true
  }
  return false
}

/** `text` with control characters escaped and cut to `max` characters. */
export function clipInput(text: string, max = MAX_QUOTED_CHARS): string {
  let out = ''
  for (const char of text) {
    const code = char.codePointAt(0)!
    out +=
      code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : char
    if (out.length > max) return `${out.slice(0, max)}…`
  }
  return out
}

/** A whole message bounded: each line clipped, and at most MAX_MESSAGE_LINES of them. */
export function clipMessage(message: string): string {
  const lines = message.split('\n')
  const kept = lines
    .slice(0, MAX_MESSAGE_LINES)
    .map((line) => clipInput(line, MAX_MESSAGE_LINE_CHARS))
  if (lines.length > kept.length)
    kept.push(`… and ${lines.length - kept.length} more line(s)`)
  return kept.join('\n')
}
