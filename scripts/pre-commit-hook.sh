#!/usr/bin/env bash
# The entry of dvk's pre-commit hooks (.pre-commit-hooks.yaml, language: script). pre-commit keeps
# a clone of this repository; the first run installs dvk there with `npm ci` (which builds dist/),
# later runs reuse it. Not `language: node`: pre-commit installs node hooks with
# `npm install -g git+file://…`, and npm (11.19) then prepares the git dependency as a global
# install, so the build script cannot find its devDependencies (esbuild) and the install fails.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -f "$here/dist/cli/main.js" ]; then
  echo "dvk: cài đặt lần đầu (npm ci) trong $here / first run: installing dvk (npm ci)…" >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
exec node "$here/bin/dvk.js" "$@"
