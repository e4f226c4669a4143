import { lockfileTarget } from './support.js'

export default lockfileTarget(
  'poetry.lock',
  [
    `[[package]]\nname = "requests"\nversion = "2.31.0"\ndescription = "x"\noptional = false\npython-versions = ">=3.7"\nfiles = [\n    {file = "requests-2.31.0-py3-none-any.whl", hash = "sha256:${'a'.repeat(64)}"},\n]\n\n[package.dependencies]\nidna = ">=2.5,<4"\n\n[[package]]\nname = "idna"\nversion = "3.6"\ndescription = "x"\noptional = false\npython-versions = ">=3.5"\nfiles = []\n\n[metadata]\nlock-version = "2.0"\npython-versions = "^3.8"\ncontent-hash = "abc"\n`
  ],
  [
    '[[package]]',
    'name = ',
    'version = ',
    '[package.dependencies]',
    '[package.extras]',
    '[metadata]',
    'lock-version = ',
    'files = [',
    '{file = ',
    'hash = "sha256:',
    '"',
    '='
  ]
)
