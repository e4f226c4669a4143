/** The tar reader, whole (rebuild) and streamed in small chunks (sbom). */
import { InflationBudget } from '../../src/lib/archive/limits.js'
import { readTar, TarReader } from '../../src/lib/archive/tar.js'
import { openArchive } from '../../src/lib/rebuild/archive.js'
import { NPM_FILES, SDIST_FILES, tarOf, tgzOf } from './archives.js'
import type { FuzzTarget } from './support.js'

const target: FuzzTarget = {
  run(data) {
    readTar(data, new InflationBudget('fuzz.tar'))
    const reader = new TarReader({
      want: (entry) => entry.size < 4096,
      onEntry: () => undefined,
      maxKeptBytes: 1024 * 1024,
      budget: new InflationBudget('fuzz.tar')
    })
    for (let at = 0; at < data.length; at += 700)
      reader.push(data.subarray(at, at + 700))
    reader.end()
    openArchive(data, 'fuzz.tar')
  },
  seeds: () => [tarOf(NPM_FILES), tarOf(SDIST_FILES), tgzOf(NPM_FILES)],
  dictionary: [
    'ustar\u000000',
    'ustar  \u0000',
    '././@LongLink',
    '30 path=',
    ' size=',
    '\u0000'
  ],
  maxLength: 128 * 1024
}
export default target
