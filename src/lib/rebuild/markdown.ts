/** Small Markdown helpers for the rebuild's report and job summary. */

export function cell(value: string | number | undefined): string {
  if (value === undefined || value === '') return ''
  return String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

export function table(
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined)[])[]
): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)
  ].join('\n')
}

/** A fenced block whose fence is longer than any backtick run inside. */
export function fence(text: string, language = ''): string {
  const longest = Math.max(
    2,
    ...[...text.matchAll(/`+/g)].map((m) => m[0].length)
  )
  const ticks = '`'.repeat(longest + 1)
  return `${ticks}${language}\n${text}\n${ticks}`
}

export function code(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``
}

export function shortSha(hex: string | undefined): string {
  return hex === undefined ? '—' : code(hex.slice(0, 16))
}

export const STATUS_MARK: Readonly<Record<string, string>> = {
  match: '✅',
  mismatch: '❌',
  missing: '❌',
  extra: '➕'
}
