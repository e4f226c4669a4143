/** provenant.lock, the pinned trust of `verify-pack`. */
import { parsePackLock } from '../../src/lib/verify/pack-lock.js'
import type { FuzzTarget } from './support.js'

const target: FuzzTarget = {
  run(data) {
    parsePackLock(data.toString('utf8'), 'provenant.lock')
  },
  seeds: () => [
    Buffer.from(
      JSON.stringify({
        version: 1,
        packs: {
          x: {
            digest: `sha256:${'a'.repeat(64)}`,
            identity:
              'https://github.com/o/r/.github/workflows/r.yml@refs/tags/v1'
          }
        }
      })
    )
  ],
  dictionary: ['"version":', '"sha256:', '{', '}', '[', ']', 'null']
}
export default target
