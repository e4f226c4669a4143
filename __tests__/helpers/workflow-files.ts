import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { REPO_ROOT } from './repo.js'

const SKIP = new Set([
  'node_modules',
  '.git',
  'dist',
  'coverage',
  'demo-release'
])

/** Every action.yml and workflow YAML in the repository. */
export async function listWorkflowAndActionFiles(
  dir = REPO_ROOT
): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      found.push(...(await listWorkflowAndActionFiles(full)))
    } else if (
      /^action\.ya?ml$/.test(entry.name) ||
      (/\.ya?ml$/.test(entry.name) &&
        full.includes(`${path.sep}workflows${path.sep}`))
    ) {
      found.push(full)
    }
  }
  return found.sort()
}

/** The action references of every `uses:` line in a workflow or action file. */
export function usesOf(text: string): string[] {
  return [...text.matchAll(/^\s*(?:-\s+)?uses:\s*['"]?([^'"\s#]+)/gm)].map(
    (m) => m[1]!
  )
}
