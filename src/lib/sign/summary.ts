/**
 * The job summary of a sign run: who signed, then one row per file (file,
 * SHA-256, log index, verify command). Cells are HTML, escaped here.
 */
import { escapeHtml } from '../html.js'

export interface SummaryFile {
  file: string
  sha256: string
  logIndex: string | undefined
  verifyCommands: readonly string[]
}

export interface SignSummary {
  heading: string
  text: string
  header: string[]
  rows: string[][]
}

export function buildSignSummary(result: {
  files: readonly SummaryFile[]
  identity: string | undefined
  issuer: string | undefined
  instance: string
  certificatesIssued: number
}): SignSummary {
  const count = `${result.files.length} file${result.files.length === 1 ? '' : 's'}`
  const who = result.identity
    ? `by <code>${escapeHtml(result.identity)}</code> (issuer <code>${escapeHtml(result.issuer ?? '')}</code>), ${result.certificatesIssued} certificate${result.certificatesIssued === 1 ? '' : 's'}`
    : 'with the key given in <code>key</code>'
  return {
    heading: 'Signatures',
    text: `Signed ${count} ${who}, on the ${escapeHtml(result.instance)} Sigstore instance.`,
    header: ['File', 'SHA-256', 'Log index', 'Verify'],
    rows: result.files.map((f) => [
      `<code>${escapeHtml(f.file)}</code>`,
      `<code>${f.sha256}</code>`,
      f.logIndex ?? '—',
      f.verifyCommands.map((c) => `<code>${escapeHtml(c)}</code>`).join('<br>')
    ])
  }
}
