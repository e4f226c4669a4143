/** The zip reader (wheels, jars) and the rebuild's view of any archive. */
import { InflationBudget } from '../../src/lib/archive/limits.js'
import { readZip } from '../../src/lib/archive/zip.js'
import { openArchive } from '../../src/lib/rebuild/archive.js'
import { wheelSeed } from './archives.js'
import type { FuzzTarget } from './support.js'

const target: FuzzTarget = {
  run(data) {
    readZip(data, new InflationBudget('fuzz.zip'))
    openArchive(data, 'fuzz.zip')
  },
  seeds: () => [wheelSeed()],
  dictionary: [
    'PK\u0003\u0004',
    'PK\u0001\u0002',
    'PK\u0005\u0006',
    'PK\u0006\u0006',
    'PK\u0006\u0007',
    '\u00ff\u00ff\u00ff\u00ff'
  ],
  maxLength: 128 * 1024
}
export default target
