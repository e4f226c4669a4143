/** The three checksum-file readers (provenance subjects, rebuild references, verify). */
import { parseChecksumFile as parseRebuild } from '../../src/lib/rebuild/checksums.js'
import { parseChecksums } from '../../src/lib/subject/checksums.js'
import { parseChecksumFile as parseVerify } from '../../src/lib/verify/checksums.js'
import type { FuzzTarget } from './support.js'

const H = 'a'.repeat(64)
const target: FuzzTarget = {
  run(data) {
    const text = data.toString('utf8')
    const errors: unknown[] = []
    for (const read of [
      () =>
        parseChecksums(text, {
          input: 'subject-checksums',
          file: 'SHA256SUMS'
        }),
      () => parseRebuild(text, 'SHA256SUMS'),
      () => parseVerify(text)
    ]) {
      try {
        read()
      } catch (error) {
        errors.push(error)
      }
    }
    const bad = errors.find((e) => (e as { kind?: unknown }).kind !== 'input')
    if (bad !== undefined) throw bad as Error
    if (errors.length > 0) throw errors[0] as Error
  },
  seeds: () => [
    Buffer.from(
      `${H}  app.tgz\n${H} *bin/app\nSHA256 (x.whl) = ${H}\n\\${H}  a\\nb\n${'b'.repeat(128)}  big.iso\n`
    )
  ],
  dictionary: [' *', '  ', 'SHA256 (', ') = ', 'SHA512 (', '\\', '\r\n', H]
}
export default target
