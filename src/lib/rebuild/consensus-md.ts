/** consensus.md: the verdict and, per released artifact, what each rebuild produced. */
import type { Consensus } from './consensus.js'
import { code, shortSha, table } from './markdown.js'

export function toConsensusMarkdown(consensus: Consensus): string {
  const head = consensus.reproducible
    ? '# Rebuild consensus: reproducible ✅'
    : '# Rebuild consensus: not reproducible ❌'
  const labels = consensus.artifacts[0]?.rebuilt.map((r) => r.label) ?? []
  const rows = consensus.artifacts.map((a) => [
    a.met ? '✅' : '❌',
    code(a.name),
    shortSha(a.reference),
    `${a.agreeing} of ${consensus.rebuilds}`,
    ...a.rebuilt.map((r) =>
      r.sha256 === undefined
        ? 'not rebuilt'
        : r.sha256 === a.reference
          ? 'same'
          : shortSha(r.sha256)
    )
  ])
  const disputed = consensus.artifacts
    .filter((a) => a.distinct > 1)
    .map((a) => code(a.name))
  return (
    [
      head,
      '',
      `${consensus.rebuilds} independent rebuild(s) of commit ${code(consensus.commit)}; each released artifact needs ${consensus.quorum} rebuild(s) that reproduce it bit for bit.`,
      '',
      table(
        [
          '',
          'artifact',
          'release SHA-256',
          'reproduced by',
          ...labels.map(code)
        ],
        rows
      ),
      ...(disputed.length > 0
        ? [
            '',
            `The rebuilds disagree with each other about ${disputed.join(', ')}: see each rebuild's report.md.`
          ]
        : [])
    ].join('\n') + '\n'
  )
}
