/** Minisign public keys and signatures, as `verify --minisign-key` reads them. */
import {
  parseMinisignPublicKey,
  parseMinisignSignature
} from '../../src/lib/verify/minisign.js'
import type { FuzzTarget } from './support.js'

const KEY =
  'untrusted comment: minisign public key 0123456789ABCDEF\nRWQBI0VniavN7wZHBK0pRFZBkQ59Z3OmKU1Dho9Ttgv6sROfuDy21VLK\n'
const SIG = `untrusted comment: signature from minisign secret key\nRUQBI0VniavN7${'A'.repeat(75)}=\ntrusted comment: timestamp:1700000000\tfile:app.tgz\n${'A'.repeat(86)}==\n`

const target: FuzzTarget = {
  run(data) {
    const text = data.toString('utf8')
    let first: unknown
    try {
      parseMinisignPublicKey(text, 'minisign.pub')
    } catch (error) {
      first = error
    }
    parseMinisignSignature(text, 'app.tgz.minisig')
    if (first !== undefined) throw first as Error
  },
  // A malformed signature fails verification (exit 1) by design.
  cleanKinds: ['input', 'verification'],
  seeds: () => [Buffer.from(KEY), Buffer.from(SIG)],
  dictionary: [
    'untrusted comment: ',
    'trusted comment: ',
    'RWQ',
    'RUQ',
    'Ed',
    'ED',
    '\n',
    '='
  ]
}
export default target
