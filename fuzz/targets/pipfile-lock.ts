import { lockfileTarget } from './support.js'

export default lockfileTarget(
  'Pipfile.lock',
  [
    JSON.stringify({
      _meta: {
        hash: { sha256: 'x' },
        'pipfile-spec': 6,
        requires: {},
        sources: []
      },
      default: {
        requests: {
          hashes: [`sha256:${'a'.repeat(64)}`],
          version: '==2.31.0',
          markers: "python_version >= '3.7'"
        }
      },
      develop: { pytest: { version: '==8.0.0' } }
    })
  ],
  [
    '"_meta":',
    '"default":',
    '"develop":',
    '"version":',
    '"==',
    '"hashes":',
    '"git":',
    '"editable":',
    '{',
    '}',
    'null'
  ]
)
