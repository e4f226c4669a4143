/**
 * Global setup of the interop tier: a missing tool or a missing corpus
 * fails the whole run before any test starts, naming each; it is never a
 * skip.
 */
import { missingInteropNeeds } from './interop-tools.js'

export default async function interopSetup(): Promise<void> {
  const missing = await missingInteropNeeds()
  if (missing.length > 0) {
    throw new Error(
      `the interop tier needs what is missing here:\n  ${missing.join('\n  ')}\nrun \`bash .ci/run\` (it installs the tools and provides the corpus), or install them and put the corpus at ../shared`
    )
  }
}
