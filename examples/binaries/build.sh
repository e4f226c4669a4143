#!/bin/sh
# Reproducible build of a plain binary and a tarball of it into dist/.
# -ffile-prefix-map keeps the build path out of the binary; the tarball has
# fixed times, owners and order.
set -eu
cd "$(dirname "$0")"
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct -- . 2>/dev/null || true)
  : "${SOURCE_DATE_EPOCH:=315532800}"
fi
export SOURCE_DATE_EPOCH
CC=${CC:-cc}
arch=$(uname -m)
rm -rf dist && mkdir -p dist/stage
"$CC" -O2 -ffile-prefix-map="$PWD"=. -Wl,--build-id=none -o "dist/hello-linux-$arch" hello.c
cp "dist/hello-linux-$arch" dist/stage/hello
cp README.md dist/stage/
tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
  -C dist/stage -cf - . | gzip -n -9 > "dist/hello-linux-$arch.tar.gz"
rm -rf dist/stage
