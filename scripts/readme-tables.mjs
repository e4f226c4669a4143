#!/usr/bin/env node
/**
 * The README's inputs/outputs table of every action, generated from the
 * action.yml files between `<!-- action:<name> -->` and
 * `<!-- /action:<name> -->` markers. `node scripts/readme-tables.mjs`
 * rewrites the README; a test fails when it is out of date.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const cell = (text) =>
  String(text ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|')

export function renderActionTable(action) {
  const lines = ['| input | default | description |', '| --- | --- | --- |']
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    const required = spec.required ? ' (required)' : ''
    const fallback =
      spec.default === undefined ? '' : `\`${cell(spec.default)}\``
    lines.push(
      `| \`${name}\`${required} | ${fallback} | ${cell(spec.description)} |`
    )
  }
  lines.push('', '| output | description |', '| --- | --- |')
  for (const [name, spec] of Object.entries(action.outputs ?? {})) {
    lines.push(`| \`${name}\` | ${cell(spec.description)} |`)
  }
  return lines.join('\n')
}

/** Every action: actions/<name>/action.yml, and the composite action.yml at the top as "provenant". */
export function listActions() {
  const actions = readdirSync(path.join(root, 'actions'), {
    withFileTypes: true
  })
    .filter((d) => d.isDirectory())
    .map((d) => ({
      name: d.name,
      file: path.join(root, 'actions', d.name, 'action.yml')
    }))
    .sort((a, b) => a.name.localeCompare(b.name))
  return [
    { name: 'provenant', file: path.join(root, 'action.yml') },
    ...actions
  ]
}

export function renderReadme(readme) {
  let text = readme
  for (const { name, file } of listActions()) {
    let action
    try {
      action = parse(readFileSync(file, 'utf8'))
    } catch {
      continue
    }
    const open = `<!-- action:${name} -->`
    const close = `<!-- /action:${name} -->`
    const start = text.indexOf(open)
    const end = text.indexOf(close)
    if (start < 0 || end < start) continue
    text = `${text.slice(0, start + open.length)}\n${renderActionTable(action)}\n${text.slice(end)}`
  }
  return text
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = path.join(root, 'README.md')
  writeFileSync(file, renderReadme(readFileSync(file, 'utf8')))
}
