/**
 * `provenant rebuild-compare`: the comparison half of a rebuild, for
 * artifacts built elsewhere: hash the files the globs match (in parallel),
 * compare them with a reference, explain any difference. No build, no
 * checkout. Exit 0 identical, 1 different, 2 bad input. bench/rebuild.mjs
 * times it against openssl.
 */
import os from 'node:os'
import path from 'node:path'
import { findArtifacts } from '../../io/rebuild/artifacts.js'
import { compareWithReference } from '../../io/rebuild/compare.js'
import { findOnPath } from '../../io/rebuild/diffoscope.js'
import { loadReference, toReferenceGitHub } from '../../io/rebuild/reference.js'
import { EXIT_VERIFICATION_FAILED, InputError } from '../../lib/errors.js'
import { isReproducible } from '../../lib/rebuild/compare.js'
import { chooseExplainer } from '../../lib/rebuild/explain.js'
import { EXPLAINER_CHOICES } from '../../lib/rebuild/inputs.js'
import { parseChoice } from '../../lib/inputs/index.js'
import { STATUS_MARK } from '../../lib/rebuild/markdown.js'
import { toNameMatcher } from '../../lib/rebuild/name-patterns.js'
import { categoryLine } from '../../lib/rebuild/report-md.js'
import { defineInputs } from '../../lib/inputs/index.js'
import { JSON_FLAG, parseFlags } from '../input-flags.js'
import { REBUILD_INPUTS } from '../../lib/rebuild/inputs.js'
import { githubTokenOf } from '../../io/github/environment.js'
import type { Command } from '../command.js'

const USAGE =
  'provenant rebuild-compare --artifacts "<glob>" --reference <dir | checksums file | release tag> [--explainer auto|diffoscope|builtin] [--report-dir DIR] [--json]'

const COMPARE_FLAGS = defineInputs({
  artifacts: { ...REBUILD_INPUTS.artifacts, required: true, multiple: true },
  reference: REBUILD_INPUTS.reference,
  explainer: REBUILD_INPUTS.explainer,
  'report-dir': REBUILD_INPUTS['report-dir'],
  'github-token': REBUILD_INPUTS['github-token'],
  json: JSON_FLAG
})

export const rebuildCompareCommand: Command = {
  name: 'rebuild-compare',
  summary:
    'compare built files with a reference by SHA-256 and explain differences (no build)',
  usage: USAGE,
  flags: COMPARE_FLAGS,
  async run(argv, output) {
    const { values } = parseFlags(argv, COMPARE_FLAGS, {
      allowPositionals: false
    })
    const globs = (values.artifacts ?? [])
      .flatMap((g) => g.split(/\s+/))
      .filter(Boolean)
    if (globs.length === 0 || !values.reference) {
      throw new InputError(
        'INPUT_REQUIRED',
        `--artifacts and --reference are required; usage: ${USAGE}`
      )
    }
    const env = process.env
    const cwd = process.cwd()
    const choice =
      parseChoice('explainer', values.explainer, EXPLAINER_CHOICES) ?? 'auto'
    const diffoscope =
      choice === 'builtin'
        ? undefined
        : await findOnPath('diffoscope', env.PATH)
    const reference = await loadReference(
      values.reference,
      toNameMatcher(globs),
      {
        cwd,
        tempDir: os.tmpdir(),
        github: toReferenceGitHub(
          env,
          githubTokenOf(values['github-token'], env)
        ),
        log: (m) => output.err(m)
      }
    )
    try {
      const results = await compareWithReference(
        await findArtifacts(globs, cwd),
        reference,
        {
          explainer: chooseExplainer(choice, diffoscope !== undefined),
          diffoscope,
          reportDir: path.resolve(
            cwd,
            values['report-dir'] ?? 'provenant-compare'
          ),
          buildPaths: [],
          env,
          log: (m) => output.err(m)
        }
      )
      const same = isReproducible(results)
      if (values.json)
        output.out(
          JSON.stringify({ identical: same, artifacts: results }, null, 2)
        )
      else {
        output.out(
          same ? `identical: ${results.length} artifact(s)` : 'different'
        )
        for (const r of results) {
          output.out(
            `  ${STATUS_MARK[r.status]} ${r.status.padEnd(8)} ${r.name}${r.explanation ? `: ${categoryLine(r.explanation)}` : ''}`
          )
        }
      }
      return same ? 0 : EXIT_VERIFICATION_FAILED
    } finally {
      await reference.cleanup()
    }
  }
}
