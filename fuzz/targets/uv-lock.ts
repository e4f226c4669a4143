import { lockfileTarget } from './support.js'

export default lockfileTarget(
  'uv.lock',
  [
    `version = 1\nrequires-python = ">=3.8"\n\n[[package]]\nname = "app"\nversion = "1.0.0"\nsource = { editable = "." }\ndependencies = [\n    { name = "idna" },\n]\n\n[[package]]\nname = "idna"\nversion = "3.6"\nsource = { registry = "https://pypi.org/simple" }\nsdist = { url = "https://x.test/idna-3.6.tar.gz", hash = "sha256:${'a'.repeat(64)}", size = 10 }\nwheels = [\n    { url = "https://x.test/idna-3.6-py3-none-any.whl", hash = "sha256:${'b'.repeat(64)}", size = 10 },\n]\n`
  ],
  [
    '[[package]]',
    'name = ',
    'version = ',
    'source = { ',
    'registry = ',
    'editable = ',
    'virtual = ',
    'git = ',
    'dependencies = [',
    '{ name = ',
    'hash = "sha256:',
    '[package.optional-dependencies]',
    '[package.dev-dependencies]'
  ]
)
