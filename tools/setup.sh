#!/usr/bin/env bash
# Installs what the book needs, only what is missing. Safe to run again; fast when done.
#   tools/setup.sh            npm packages (Deno included), Python venv, Deno kernelspec, and
#                             nbstripout as the git filter for notebooks (in a git checkout)
#   tools/setup.sh --browser  the same, plus Debian's Chromium for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
say() { printf '[setup] %s\n' "$*"; }
# The first install runs for minutes: say every 15 s that it is still going, and how far.
#   with_progress "what" DIR command…   (DIR: the folder whose size shows progress)
with_progress() {
  local what=$1 dir=$2 start=$SECONDS
  shift 2
  (while sleep 15; do
    say "  … $what: $((SECONDS - start)) s, $(du -sm "$dir" 2>/dev/null | cut -f1) MB so far"
  done) &
  local ticker=$!
  local rc=0
  "$@" || rc=$?
  kill "$ticker" 2>/dev/null || true
  wait "$ticker" 2>/dev/null || true
  [ "$rc" = 0 ] && say "  $what done in $((SECONDS - start)) s"
  return "$rc"
}

# 1. npm: Deno (package "deno", binary inside @deno/linux-x64-glibc), Plot, linkedom, resvg, …
stamp=node_modules/.emergence-lock
if [ ! -x node_modules/.bin/deno ] || ! cmp -s package-lock.json "$stamp" 2>/dev/null; then
  say "npm ci (Deno, Observable Plot, linkedom, resvg, d3-dsv, fast-check, KaTeX, playwright-core)"
  with_progress "npm ci" node_modules npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
deno="$root/node_modules/.bin/deno"
"$deno" --version >/dev/null

# 2. Python venv with JupyterLab 4, nbclient, numpy (pinned in tools/requirements.txt)
vstamp=.venv/.emergence-requirements
if [ ! -x .venv/bin/python ] || ! cmp -s tools/requirements.txt "$vstamp" 2>/dev/null; then
  say "python venv .venv (JupyterLab, nbclient, numpy)"
  python3 -m venv .venv
  with_progress "pip install" .venv bash -c 'set -o pipefail; .venv/bin/python -m pip install --quiet --disable-pip-version-check -r tools/requirements.txt 2>&1 |
    { grep -v "^WARNING: Location .* is ignored" || true; }' 
  cp tools/requirements.txt "$vstamp"
fi

# JupyterLab runs node on scripts inside the venv (its yarn.js and node-version-check.js, both
# CommonJS). Without a package.json of its own, node takes the project's ("type": "module") and
# fails on them: a dump of minified JavaScript and "Could not determine jupyterlab build status"
# in Lab's log. This file marks the venv's scripts as CommonJS.
if [ "$(cat .venv/package.json 2>/dev/null)" != '{"type": "commonjs"}' ]; then
  printf '%s\n' '{"type": "commonjs"}' >.venv/package.json
fi

# RISE (slides in JupyterLab) renders math with the MathJax bundled in JupyterLab; its setting
# for a MathJax 2 URL defaults to a CDN. Emptied here, so nothing is fetched from the network.
rcfg=.venv/etc/jupyter/jupyter_server_config.d/emergence_rise.json
rwant='{"ServerApp": {"tornado_settings": {"mathjax_url": ""}}}'
if [ "$(cat "$rcfg" 2>/dev/null)" != "$rwant" ]; then
  mkdir -p "$(dirname "$rcfg")"
  printf '%s\n' "$rwant" >"$rcfg"
fi

# 3. Project-local Deno kernelspec (inside the venv, not the user's Jupyter dirs).
kdir=.venv/share/jupyter/kernels/deno
want=$(printf '{\n  "argv": ["%s", "jupyter", "--kernel", "--conn", "{connection_file}"],\n  "display_name": "Deno",\n  "language": "typescript",\n  "env": {"NO_COLOR": "1"}\n}\n' "$deno")
if [ "$(cat "$kdir/kernel.json" 2>/dev/null)" != "$want" ]; then
  say "kernelspec $kdir"
  mkdir -p "$kdir"
  printf '%s' "$want" >"$kdir/kernel.json"
fi

# 4. nbstripout as this checkout's git filter for notebooks (.gitattributes names it): what git
# stores of a notebook never has outputs, execution counts or volatile metadata, whatever Lab
# saved in the working copy. The committed notebooks are already in that form, so the filter
# changes nothing in them. Commands run from the checkout's top folder, with its own .venv.
# Not "required": where the filter cannot run, git warns and stores the file as it is (and the
# notebook test then fails if that file had outputs).
if [ -e .git ] && git rev-parse --is-inside-work-tree >/dev/null 2>&1 &&
  [ "$(git rev-parse --show-toplevel)" = "$root" ]; then
  setcfg() { [ "$(git config --get "$1" || true)" = "$2" ] || { say "git config $1"; git config "$1" "$2"; }; }
  # --keep-id: the cells' ids are stable names, not random ones; language_info.version: the
  # kernel's TypeScript version, which Lab writes on every save
  strip=".venv/bin/python -m nbstripout --keep-id --extra-keys metadata.language_info.version"
  setcfg filter.nbstripout.clean "$strip"
  setcfg filter.nbstripout.smudge cat
  setcfg diff.ipynb.textconv "$strip -t"
fi

# 5. Chromium from Debian, for the browser tests only; poppler-utils for the PDF test.
if [ "${1:-}" = "--browser" ] && { ! command -v chromium >/dev/null 2>&1 || ! command -v pdffonts >/dev/null 2>&1; }; then
  if [ "$(id -u)" = 0 ]; then
    say "apt-get install chromium poppler-utils"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
  elif command -v sudo >/dev/null 2>&1; then
    say "sudo apt-get install chromium poppler-utils"
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
  else
    echo "[setup] Chromium or poppler-utils is missing and this user cannot install them: install them and set CHROMIUM=/path/to/chromium" >&2
    [ -n "${CHROMIUM:-}" ] || exit 1
  fi
fi
exit 0
