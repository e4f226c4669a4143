import { lockfileTarget } from './support.js'

export default lockfileTarget(
  'Cargo.lock',
  [
    `version = 3\n\n[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = [\n "serde",\n "serde 0.9.0",\n]\n\n[[package]]\nname = "serde"\nversion = "1.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${'a'.repeat(64)}"\n\n[[package]]\nname = "serde"\nversion = "0.9.0"\nsource = "git+https://github.com/x/serde#abc"\n`
  ],
  [
    '[[package]]',
    'name = ',
    'version = ',
    'source = ',
    'checksum = ',
    'dependencies = [',
    'package = "x"',
    'registry+',
    'git+',
    '[metadata]',
    '"'
  ]
)
