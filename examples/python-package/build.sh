#!/bin/sh
# Reproducible build of the sdist and the wheel into dist/.
set -eu
cd "$(dirname "$0")"
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct -- . 2>/dev/null || true)
  : "${SOURCE_DATE_EPOCH:=315532800}"
fi
export SOURCE_DATE_EPOCH PYTHONHASHSEED=0
PYTHON=${PYTHON:-/usr/bin/python3}
rm -rf dist build src/*.egg-info
"$PYTHON" -m build --no-isolation --outdir dist . >/dev/null
"$PYTHON" normalize_sdist.py dist/*.tar.gz
