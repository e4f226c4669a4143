import { lockfileTarget } from './support.js'

export default lockfileTarget(
  'yarn.lock',
  [
    `# yarn lockfile v1\n\n"a@^1.0.0", a@^1.1.0:\n  version "1.1.0"\n  resolved "https://registry.yarnpkg.com/a/-/a-1.1.0.tgz#abc"\n  integrity sha512-${'A'.repeat(86)}==\n  dependencies:\n    b "^2"\n\nb@^2:\n  version "2.0.0"\n`,
    `__metadata:\n  version: 8\n  cacheKey: 10c0\n\n"a@npm:^1.0.0":\n  version: 1.1.0\n  resolution: "a@npm:1.1.0"\n  dependencies:\n    b: "npm:^2"\n  checksum: 10c0/abc\n  languageName: node\n  linkType: hard\n\n"b@npm:^2":\n  version: 2.0.0\n  resolution: "b@npm:2.0.0"\n  languageName: node\n  linkType: hard\n\n"app@workspace:.":\n  version: 0.0.0-use.local\n  resolution: "app@workspace:."\n  dependencies:\n    a: "npm:^1.0.0"\n  languageName: unknown\n  linkType: soft\n`
  ],
  [
    '__metadata:',
    'resolution: ',
    'version ',
    'version: ',
    '@npm:',
    '@workspace:',
    'dependencies:',
    '"',
    ':\n',
    '  ',
    'integrity ',
    'checksum: ',
    '{{{'
  ]
)
