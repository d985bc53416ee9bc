#!/usr/bin/env bash
# The book's commands. Each installs what it needs first (tools/setup.sh), so each works on a
# fresh machine with only node, npm and python3.
#   tools/run.sh book [--no-cache]     execute every notebook, verify outputs, write site/
#   tools/run.sh test                  every check and test (also builds the book it reads)
#   tools/run.sh lab                   JupyterLab with the project's Deno kernel
#   tools/run.sh notebook FILE.ipynb   execute one notebook and verify it (for authors)
#   tools/run.sh check|doclint|unit|doctest|integration|layout
#                                      one step of the test command (installs done)
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
  "$deno" run -A tools/book.ts --only "${stem%%-*}" --no-cache
  ;;
lab)
  bash tools/setup.sh
  root_flag=""
  [ "$(id -u)" = 0 ] && root_flag="--allow-root"
  # Serves the whole project (so _build/executed/ opens too) and opens at notebooks/.
  exec .venv/bin/jupyter lab $root_flag --ServerApp.root_dir="$PWD" \
    --LabApp.default_url=/lab/tree/notebooks "$@"
  ;;
test)
  start=$(date +%s)
  logs=$(mktemp -d)
  step() { printf '\n=== %s (%ss)\n' "$1" "$(($(date +%s) - start))"; }
  # Sum the "N passed | M failed" lines of deno test and the "# pass/# fail" lines of node.
  summary() {
    cat "$logs"/*.log 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g' | awk '
      /\| [0-9]+ passed \| [0-9]+ failed/ { for (i = 1; i <= NF; i++) { if ($(i+1) == "passed") p += $i; if ($(i+1) == "failed") f += $i } }
      /^# pass [0-9]+/ { p += $3 } /^# fail [0-9]+/ { f += $3 }
      END { printf "tests: %d passed, %d failed\n", p, f }'
  }
  trap 'status=$?; [ $status -ne 0 ] && { summary; echo "FAILED (exit $status) after $(($(date +%s) - start))s" >&2; }; rm -rf "$logs"' EXIT
  # Runs a test command, shows its interesting lines live, keeps its log, fails on its status.
  logged() {
    local name=$1 filter=$2
    shift 2
    { if "$@"; then rc=0; else rc=$?; fi; echo "$rc" >"$logs/$name.rc"; } 2>&1 | tee "$logs/$name.log" | { grep -vE "$filter" || true; }
    [ "$(cat "$logs/$name.rc")" = 0 ]
  }
  step "install"
  bash tools/setup.sh --browser
  step "deno fmt --check"
  "$deno" fmt --check
  step "deno lint"
  "$deno" lint
  # Types are checked once, code and JSDoc examples together; the test runs below skip the check.
  step "deno check (code and every @example, once)"
  "$deno" check --doc lib tests tools bench
  step "deno doc --lint (every .ts file under lib/: JSDoc, explicit types, public types)"
  "$deno" run -A tools/doclint.ts
  step "unit and property tests (no built book needed)"
  logged unit '^(running .*|.* \.\.\. .*ok .*|)$' "$deno" run -A tools/unittest.ts
  step "fault injection: the build under broken notebooks, concurrent builds and SIGKILL"
  logged faults '^(running .*|)$' "$deno" test -A --no-check tests/tools/build_faults_test.ts
  step "doc tests (every @example in lib/, the examples of a file sharing one module)"
  logged doc '^(running .*|Check .*|.* \.\.\. .*ok .*|)$' "$deno" run -A tools/doctest.ts
  step "book build: execute every notebook, verify every output, write site/"
  "$deno" run -A tools/book.ts
  step "integration tests (read the built book: notebooks, site, reproducibility)"
  logged integration '^(running .*|.* \.\.\. .*ok .*|)$' "$deno" test -A --no-check tests/book/
  if compgen -G "tests/browser/*.test.mjs" >/dev/null; then
    step "browser tests (Chromium via playwright-core)"
    logged browser '^(\s|TAP version|1\.\.)' node --test tests/browser/
  fi
  step "done"
  echo "all checks passed in $(($(date +%s) - start))s"
  summary
  ;;
check) "$deno" check --doc lib tests tools bench ;;
doclint) "$deno" run -A tools/doclint.ts ;;
unit) "$deno" run -A tools/unittest.ts "$@" ;;
doctest) "$deno" run -A tools/doctest.ts "$@" ;;
integration) "$deno" test -A --no-check tests/book/ "$@" ;;
layout) "$deno" run -A tools/layout.ts ;;
*)
  echo "usage: tools/run.sh book|test|lab|notebook FILE|check|doclint|unit|doctest|integration|layout" >&2
  exit 2
  ;;
esac
