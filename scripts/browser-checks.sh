#!/usr/bin/env bash
# Real-browser checks of the HTML output, in headless Chromium (the system one; nothing
# downloads a browser):
#   1. XSS probe: the register whose every text is an injection payload, as a page and as a
#      fragment in a host page, must open no dialog, run no script and make no request.
#   2. axe-core: every built sample page (fi and en, each notice and the index) and each
#      fragment inside a host page must have zero WCAG 2.0/2.1/2.2 A/AA violations.
#   3. The preview (`seloste serve`): a page reloads with the new text and the new finding
#      when the register is edited; axe on its pages; no request leaves 127.0.0.1.
#   4. (Node only) the JSON Schemas in schemas/ compile in Ajv with strict: true.
# Usage: scripts/browser-checks.sh [OUT_DIR]   (default target/browser-checks)
# Exit 0 when all pass, 1 when a check fails, 2 when something could not be set up.
# The last line is `browser checks: N passed, M failed`.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

fail_setup() { echo "browser-checks: $*" >&2; echo "browser checks: 0 passed, 2 failed"; exit 2; }

# Chromium: the Debian package, installed when missing.
chrome=${CHROMIUM:-}
[ -n "$chrome" ] || chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chrome" ]; then
  echo "browser-checks: chromium is missing; installing it with apt-get" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail_setup "chromium is not installed and there is no sudo to install it (apt-get install -y chromium)"
    sudo="sudo"
  fi
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null; } \
    || fail_setup "could not install chromium with apt-get (apt-get install -y chromium)"
  chrome=$(command -v chromium || command -v chromium-browser || true)
  [ -n "$chrome" ] || fail_setup "apt-get installed chromium but no chromium command was found"
fi
export CHROMIUM=$chrome
command -v node >/dev/null || fail_setup "node is not installed (Node 18 or newer is needed)"
command -v npm >/dev/null || fail_setup "npm is not installed"

# The seloste binary as `cargo test` builds it (debug, the test build's features), so that
# after `cargo test` nothing is compiled again (`cargo build` would resolve other features).
cargo test --quiet --locked --no-run 2>/dev/null || cargo test --locked --no-run || fail_setup "cargo build failed"
target_dir=$(cargo metadata --format-version 1 --no-deps | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')
seloste="$target_dir/debug/seloste"
[ -x "$seloste" ] || fail_setup "no binary at $seloste"

# The node packages, exactly as locked (playwright-core has no install script and fetches no browser).
(cd browser-tests && npm ci --no-audit --no-fund --loglevel=error >/dev/null) \
  || fail_setup "npm ci failed in browser-tests/ (the registry or its cache must be reachable)"

out=${1:-target/browser-checks}
rm -rf "$out"
mkdir -p "$out"
out=$(cd "$out" && pwd)
"$seloste" build notices/ --format html --out "$out/notices" >/dev/null || fail_setup "seloste build notices/ failed"
"$seloste" build notices/ --format html --fragment --out "$out/fragments" >/dev/null || fail_setup "seloste build --fragment failed"

passed=0
failed=0
echo "== XSS probe"
if node browser-tests/xss-probe.mjs --seloste "$seloste" >"$out/xss.json"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
  cat "$out/xss.json"
fi
echo "== axe-core"
if node browser-tests/axe.mjs "$out/notices" "$out/fragments" >"$out/axe.json"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
  cat "$out/axe.json"
fi
echo "== preview (seloste serve)"
if node browser-tests/preview.mjs --seloste "$seloste" >"$out/preview.json"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
  cat "$out/preview.json"
fi
# Not a browser, but the same Node packages: the JSON Schemas as a strict consumer reads
# them (Ajv, strict: true, draft 2020-12), with VS Code's enum descriptions in place.
echo "== JSON Schemas in Ajv (strict)"
if node browser-tests/schema-strict.mjs >"$out/schemas.txt"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi
cat "$out/schemas.txt"
echo "reports: ${out#"$root"/}/xss.json, ${out#"$root"/}/axe.json, ${out#"$root"/}/preview.json, ${out#"$root"/}/schemas.txt"
echo "browser checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
