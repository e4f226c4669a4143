/** `export NAME='value'` lines, quoted for POSIX shells. */
export function toShellExports(env: Record<string, string>): string {
  return Object.entries(env)
    .map(
      ([name, value]) => `export ${name}='${value.replaceAll("'", `'\\''`)}'`
    )
    .join('\n')
}
