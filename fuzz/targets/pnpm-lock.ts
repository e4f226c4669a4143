import { lockfileTarget } from './support.js'

export default lockfileTarget(
  'pnpm-lock.yaml',
  [
    `lockfileVersion: '9.0'\n\nimporters:\n\n  .:\n    dependencies:\n      a:\n        specifier: ^1.0.0\n        version: 1.1.0\n    devDependencies:\n      b:\n        specifier: ^2\n        version: 2.0.0\n\npackages:\n\n  a@1.1.0:\n    resolution: {integrity: sha512-${'A'.repeat(86)}==}\n\n  b@2.0.0:\n    resolution: {integrity: sha512-${'B'.repeat(86)}==}\n\nsnapshots:\n\n  a@1.1.0:\n    dependencies:\n      b: 2.0.0\n\n  b@2.0.0: {}\n`,
    `lockfileVersion: '6.0'\n\ndependencies:\n  a:\n    specifier: ^1\n    version: 1.1.0\n\npackages:\n\n  /a@1.1.0:\n    resolution: {integrity: sha512-x}\n    dev: false\n`
  ],
  [
    'importers:',
    'packages:',
    'snapshots:',
    'lockfileVersion: ',
    'specifier: ',
    'version: ',
    'resolution: ',
    '{integrity: ',
    'link:',
    '(',
    ')',
    '/',
    '@',
    ': {}',
    '\n  '
  ]
)
