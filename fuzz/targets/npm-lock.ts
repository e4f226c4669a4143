import { lockfileTarget } from './support.js'

export default lockfileTarget(
  'package-lock.json',
  [
    JSON.stringify({
      name: 'app',
      version: '1.0.0',
      lockfileVersion: 3,
      packages: {
        '': { name: 'app', version: '1.0.0', dependencies: { a: '^1' } },
        'node_modules/a': {
          version: '1.0.0',
          integrity: 'sha512-' + 'A'.repeat(86) + '==',
          dependencies: { b: '^1' }
        },
        'node_modules/b': { version: '1.2.0', dev: true }
      }
    }),
    JSON.stringify({
      name: 'app',
      version: '1.0.0',
      lockfileVersion: 1,
      dependencies: {
        a: { version: '1.0.0', requires: { b: '^1' } },
        b: { version: '1.0.0' }
      }
    })
  ],
  [
    '"version":',
    '"packages":',
    '"node_modules/',
    '"dependencies":',
    '"lockfileVersion":',
    '{',
    '}',
    '[',
    ']',
    'null',
    '"link":true',
    '"resolved":'
  ]
)
