#!/usr/bin/env bash
# The book's commands. Each installs what it needs first (tools/setup.sh), so each works on a
# fresh machine with only node, npm and python3.
#   tools/run.sh book [--no-cache]     execute every notebook, verify outputs, write site/
#   tools/run.sh test                  every check and test (also builds the book it reads)
#   tools/run.sh lab                   JupyterLab with the project's Deno kernel
#   tools/run.sh notebook FILE.ipynb   execute one notebook and verify it (for authors)
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_COLOR=1 RUST_BACKTRACE=0
export JUPYTER_PATH="$PWD/.venv/share/jupyter"
deno=./node_modules/.bin/deno
cmd=${1:-}
shift || true

case "$cmd" in
book)
  bash tools/setup.sh
  "$deno" run -A tools/book.ts "$@"
  ;;
notebook)
  bash tools/setup.sh
  [ $# -ge 1 ] || { echo "usage: tools/run.sh notebook notebooks/NN-name.ipynb" >&2; exit 2; }
  stem=$(basename "$1" .ipynb)
  "$deno" run -A tools/book.ts --only "${stem:0:2}" --no-cache
  ;;
lab)
  bash tools/setup.sh
  root_flag=""
  [ "$(id -u)" = 0 ] && root_flag="--allow-root"
  exec .venv/bin/jupyter lab $root_flag --ServerApp.root_dir="$PWD" "$@" notebooks/
  ;;
test)
  start=$(date +%s)
  step() { printf '\n=== %s (%ss)\n' "$1" "$(($(date +%s) - start))"; }
  step "install"
  bash tools/setup.sh --browser
  step "deno fmt --check"
  "$deno" fmt --check
  step "deno lint"
  "$deno" lint
  step "deno check"
  "$deno" check lib tests tools bench
  step "book build: execute every notebook, verify every output, write site/"
  "$deno" run -A tools/book.ts
  step "unit, property, notebook and site tests"
  "$deno" test -A --quiet tests/
  step "doc tests (every @example in lib/)"
  "$deno" test -A --doc --quiet lib/
  if compgen -G "tests/browser/*.test.mjs" >/dev/null; then
    step "browser tests (Chromium via playwright-core)"
    node --test tests/browser/
  fi
  step "all tests passed in $(($(date +%s) - start))s"
  ;;
*)
  echo "usage: tools/run.sh book|test|lab|notebook FILE" >&2
  exit 2
  ;;
esac
