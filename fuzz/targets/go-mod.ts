import { lockfileTarget } from './support.js'

export default lockfileTarget(
  'go.mod',
  [
    `module example.com/app\n\ngo 1.22\n\nrequire (\n\tgithub.com/a/b v1.2.3\n\tgolang.org/x/text v0.14.0 // indirect\n)\n\nreplace github.com/a/b => ../b\n\nexclude github.com/c/d v1.0.0\n`
  ],
  [
    'module ',
    'require ',
    'replace ',
    'exclude ',
    'retract ',
    '(',
    ')',
    ' => ',
    '// indirect',
    ' v1.',
    '+incompatible',
    'toolchain '
  ]
)
