/**
 * Last line of defence for secrets: no error leaving the signing core may
 * carry a token in its message (or its causes' messages), whatever a
 * library below put there.
 */
export function scrubSecrets(
  error: unknown,
  secrets: Iterable<string>
): unknown {
  const values = [...secrets].filter((s) => s.length >= 8)
  if (values.length === 0) return error
  const seen = new Set<unknown>()
  for (let link = error; link instanceof Error && !seen.has(link);) {
    seen.add(link)
    let message = link.message
    for (const secret of values) message = message.replaceAll(secret, '***')
    if (message !== link.message) {
      link.message = message
      if (link.stack) {
        let stack = link.stack
        for (const secret of values) stack = stack.replaceAll(secret, '***')
        link.stack = stack
      }
    }
    link = link.cause
  }
  return error
}
