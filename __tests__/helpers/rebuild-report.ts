/** A fixed rebuild report for the report, summary and statement tests. */
import type { ArtifactResult } from '../../src/lib/rebuild/model.js'
import type { RebuildReport } from '../../src/lib/rebuild/report.js'
import { buildReport } from '../../src/lib/rebuild/report.js'
import { explainBytes } from '../../src/lib/rebuild/explain.js'

const d = (c: string): string => c.repeat(64)

export function sampleReport(artifacts?: ArtifactResult[]): RebuildReport {
  const explanation = explainBytes(
    Buffer.from('name: app\nbuilt: Mon Jan  1 00:00:00 UTC 2024\n'),
    Buffer.from('name: app\nbuilt: Tue Jan  2 10:11:12 UTC 2024\n'),
    [],
    'BUILD_INFO'
  )
  return buildReport({
    source: {
      repository: 'https://github.com/acme/app',
      commit: 'c'.repeat(40),
      ref: 'v1.0.0',
      committerTime: 1704067200
    },
    build: {
      command: 'make dist',
      workingDirectory: '.',
      artifacts: ['dist/*'],
      environment: {
        LC_ALL: 'C.UTF-8',
        SOURCE_DATE_EPOCH: '1704067200',
        TZ: 'UTC'
      },
      umask: '022',
      tools: { node: 'v24.21.0', python3: 'Python 3.11.2' },
      os: 'Debian GNU/Linux 12 (bookworm); Linux 6.1.0 x86_64',
      durationMs: 1234
    },
    reference: {
      kind: 'release',
      location: 'v1.0.0',
      repository: 'acme/app',
      tag: 'v1.0.0',
      url: 'https://github.com/acme/app/releases/tag/v1.0.0',
      ignored: ['app.tar.gz.sigstore.json']
    },
    rebuilder: {
      id: 'https://github.com/acme/app/actions/runs/1/attempts/1',
      kind: 'github-actions',
      provenant: '0.1.0',
      details: { runnerOs: 'Linux' }
    },
    explainer: 'builtin',
    artifacts: artifacts ?? [
      {
        name: 'BUILD_INFO',
        status: 'mismatch',
        rebuilt: { path: 'dist/BUILD_INFO', sha256: d('1'), size: 40 },
        reference: { sha256: d('2'), size: 40 },
        explanation
      },
      {
        name: 'app.whl',
        status: 'match',
        rebuilt: { path: 'dist/app.whl', sha256: d('3'), size: 9 },
        reference: { sha256: d('3'), size: 9 }
      },
      {
        name: 'notes.txt',
        status: 'extra',
        rebuilt: { path: 'dist/notes.txt', sha256: d('4'), size: 1 }
      }
    ],
    startedOn: new Date('2025-01-01T00:00:00Z'),
    finishedOn: new Date('2025-01-01T00:01:00Z')
  })
}
