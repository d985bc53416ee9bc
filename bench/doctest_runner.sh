#!/usr/bin/env bash
# The doc tests of lib/ two ways, side by side: deno's own runner (one module, and one isolate,
# per example) against tools/doctest.ts (the examples of one source file share a module).
# Both run every example without type checking (types are checked once by `deno check --doc`).
#   bash bench/doctest_runner.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_COLOR=1
deno=./node_modules/.bin/deno
echo "machine: $(nproc) cores"
t0=$(date +%s.%N)
"$deno" test -A --no-check --parallel --doc --quiet lib/ 2>&1 | grep -E "passed|failed" | tail -1
t1=$(date +%s.%N)
"$deno" run -A tools/doctest.ts 2>&1 | grep -E "passed|failed|examples in" | tail -2
t2=$(date +%s.%N)
awk -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN {
  printf "deno test --doc: %.1f s\ntools/doctest.ts: %.1f s\nratio: %.2f\n", b - a, c - b, (b - a) / (c - b) }'
