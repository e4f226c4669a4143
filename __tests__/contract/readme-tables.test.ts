/** The README's action tables are generated from the action.yml files and kept in sync. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { repoPath } from '../helpers/repo.js'

interface ReadmeTables {
  renderReadme(readme: string): string
  listActions(): { name: string; file: string }[]
}

describe('README inputs/outputs tables', () => {
  it('match the action.yml files (run `node scripts/readme-tables.mjs`)', async () => {
    const tables = (await import(
      repoPath('scripts', 'readme-tables.mjs')
    )) as ReadmeTables
    const readme = readFileSync(repoPath('README.md'), 'utf8')
    expect(tables.renderReadme(readme)).toBe(readme)
  })

  it('has a table for every action', async () => {
    const tables = (await import(
      repoPath('scripts', 'readme-tables.mjs')
    )) as ReadmeTables
    const readme = readFileSync(repoPath('README.md'), 'utf8')
    for (const { name } of tables.listActions()) {
      expect({
        name,
        present: readme.includes(`<!-- action:${name} -->`)
      }).toEqual({
        name,
        present: true
      })
    }
  })
})
