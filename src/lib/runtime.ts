/**
 * The Node the CLI runs on. package.json's `engines` says the same; an
 * older Node is told so in one line instead of failing on the first newer
 * API the CLI calls.
 */

/** The oldest Node Provenant runs on. */
export const MINIMUM_NODE = '24.15.0'

/** Why Node `version` (process.versions.node) cannot run Provenant, or undefined when it can. */
export function unsupportedNode(version: string): string | undefined {
  const have = parts(version)
  const need = parts(MINIMUM_NODE)
  for (let i = 0; i < need.length; i++) {
    if ((have[i] ?? 0) > need[i]!) return undefined
    if ((have[i] ?? 0) < need[i]!) {
      return `provenant needs Node ${MINIMUM_NODE} or later, and this is Node ${version}: install Node 24 (https://nodejs.org), or use the single executable, which carries its own`
    }
  }
  return undefined
}

function parts(version: string): number[] {
  return version
    .replace(/^v/, '')
    .split(/[.-]/)
    .slice(0, 3)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : 0))
}
