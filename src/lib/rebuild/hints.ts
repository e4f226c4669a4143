/** What usually fixes each kind of difference, for report.md. */
import type { DifferenceCategory } from './model.js'

export const CATEGORY_HINTS: Readonly<Record<DifferenceCategory, string>> = {
  timestamps:
    'take every time from SOURCE_DATE_EPOCH: tar --mtime=@$SOURCE_DATE_EPOCH (or --clamp-mtime), gzip -n, zip times and dates written into files; most packaging tools honour the variable',
  'file-order':
    'add archive entries in a fixed order: tar --sort=name, sorted file lists',
  permissions:
    'normalise modes (the rebuild runs under umask 022): tar --mode=go-w,a+rX, or set modes explicitly',
  ownership:
    'store no owner: tar --owner=0 --group=0 --numeric-owner, or tools that write uid/gid 0',
  'build-path':
    'keep the build directory out of the output: -ffile-prefix-map=$PWD=., go build -trimpath, RUSTFLAGS=--remap-path-prefix',
  compression:
    'compress with the same tool, level and header options (gzip -n, the same zlib), or publish what they produce from fixed input',
  content:
    'the contents differ: read the diffs, and look for inputs that change between builds (dependency versions, generated files, the network)'
}
