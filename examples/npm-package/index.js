import ms from 'ms'

/** How long ago something happened, in words. */
export function since(milliseconds) {
  return `${ms(milliseconds, { long: true })} ago`
}
