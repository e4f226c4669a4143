/**
 * A short unified diff of two texts (reference -> rebuilt): common prefix
 * and suffix trimmed, the middle aligned by longest common subsequence when
 * it is small, hunks with a few lines of context, the whole capped.
 */

export interface TextDiffOptions {
  context?: number
  maxLines?: number
  /** Labels of the `---` and `+++` lines. */
  from?: string
  to?: string
}

type Op = { kind: ' ' | '-' | '+'; line: string; a: number; b: number }

/** Above this many cells the middle is shown as removed-then-added. */
const MAX_LCS_CELLS = 1_000_000

export function unifiedDiff(
  reference: string,
  rebuilt: string,
  options: TextDiffOptions = {}
): string {
  const { context = 2, maxLines = 40 } = options
  const ops = diffLines(splitLines(reference), splitLines(rebuilt))
  const lines: string[] = []
  for (const hunk of toHunks(ops, context)) {
    const first = hunk[0]!
    const aCount = hunk.filter((o) => o.kind !== '+').length
    const bCount = hunk.filter((o) => o.kind !== '-').length
    lines.push(
      `@@ -${first.a + (aCount > 0 ? 1 : 0)},${aCount} +${first.b + (bCount > 0 ? 1 : 0)},${bCount} @@`
    )
    for (const op of hunk) lines.push(`${op.kind}${op.line}`)
  }
  const shown = lines.slice(0, maxLines)
  if (lines.length > shown.length) {
    shown.push(`... ${lines.length - shown.length} more diff lines`)
  }
  const head = [
    `--- ${options.from ?? 'reference'}`,
    `+++ ${options.to ?? 'rebuilt'}`
  ]
  return [...head, ...shown].join('\n')
}

function splitLines(text: string): string[] {
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

function diffLines(a: string[], b: string[]): Op[] {
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const ops: Op[] = []
  for (let i = 0; i < start; i++)
    ops.push({ kind: ' ', line: a[i]!, a: i, b: i })
  ops.push(...middle(a.slice(start, endA), b.slice(start, endB), start, start))
  for (let i = endA, j = endB; i < a.length; i++, j++) {
    ops.push({ kind: ' ', line: a[i]!, a: i, b: j })
  }
  return ops
}

function middle(a: string[], b: string[], offA: number, offB: number): Op[] {
  const removeAll = (): Op[] => [
    ...a.map((line, i) => ({ kind: '-' as const, line, a: offA + i, b: offB })),
    ...b.map((line, j) => ({
      kind: '+' as const,
      line,
      a: offA + a.length,
      b: offB + j
    }))
  ]
  if (a.length === 0 || b.length === 0 || a.length * b.length > MAX_LCS_CELLS) {
    return removeAll()
  }
  // lcs[i][j]: length of the LCS of a[i:] and b[j:]
  const width = b.length + 1
  const lcs = new Uint32Array((a.length + 1) * width)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!)
    }
  }
  const ops: Op[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i]!, a: offA + i++, b: offB + j++ })
    } else if (
      j >= b.length ||
      (i < a.length && lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!)
    ) {
      ops.push({ kind: '-', line: a[i]!, a: offA + i++, b: offB + j })
    } else {
      ops.push({ kind: '+', line: b[j]!, a: offA + i, b: offB + j++ })
    }
  }
  return ops
}

/** Changes closer than 2 × context lines share a hunk. */
function toHunks(ops: Op[], context: number): Op[][] {
  const changes = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]))
  const hunks: Op[][] = []
  for (let k = 0; k < changes.length;) {
    let m = k
    while (
      m + 1 < changes.length &&
      changes[m + 1]! - changes[m]! <= 2 * context + 1
    )
      m++
    const from = Math.max(0, changes[k]! - context)
    hunks.push(ops.slice(from, Math.min(ops.length, changes[m]! + context + 1)))
    k = m + 1
  }
  return hunks
}
