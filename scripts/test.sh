#!/usr/bin/env bash
# Every test, in Debian's Chromium and Firefox ESR. Installs or updates the browsers when they are
# missing or too old and it can (root with apt-get); otherwise says exactly what to install.
# Fails unless the closing line counts tests in every browser and none failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export PUPPETEER_SKIP_DOWNLOAD=1

if ! node test/browsers.mjs; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null && [ -z "${CHROMIUM_PATH:-}${FIREFOX_PATH:-}" ]; then
    echo "Installing Debian's chromium and firefox-esr…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium firefox-esr >/dev/null || exit 1
    node test/browsers.mjs || exit 1
  else
    echo "The tests need Debian's browsers, up to date. Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y chromium firefox-esr" >&2
    echo "(or set CHROMIUM_PATH and FIREFOX_PATH to a Chromium and a Firefox ESR binary)" >&2
    exit 1
  fi
fi

[ -d node_modules ] || npm ci --no-audit --no-fund || exit 1
node scripts/check-layers.mjs || exit 1
# Every regex in src/ provably linear (eslint.config.mjs: eslint-plugin-regexp's super-linear rules).
npx eslint --max-warnings 0 src || exit 1
node scripts/check-docs.mjs || exit 1
node scripts/punctuate-corpus.mjs --check || exit 1
npm run build || exit 1
npx tsc -p tsconfig.test.json || exit 1

# Server code (nk-news/server, nk-news/ssr) under Node, and through it Deno, Bun and workerd:
# test/node/*.test.ts with Node's own test runner, TypeScript loaded by tsx.
node_log=$(mktemp)
node --import tsx --test --test-reporter=spec test/node/*.test.ts 2>&1 | tee "$node_log"
node_status=${PIPESTATUS[0]}
node_passed=$(grep -E '^ℹ pass [0-9]+' "$node_log" | tail -n 1 | grep -oE '[0-9]+$')
node_failed=$(grep -E '^ℹ fail [0-9]+' "$node_log" | tail -n 1 | grep -oE '[0-9]+$')
rm -f "$node_log"
if [ -z "$node_passed" ] || [ "$node_passed" = 0 ]; then
  echo "✗ The Node tests ended without running a test." >&2
  node_passed=0 node_failed=$(( ${node_failed:-0} + 1 ))
fi
[ "$node_status" = 0 ] || [ "${node_failed:-0}" != 0 ] || node_failed=1

log=$(mktemp)
npx web-test-runner "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
rm -f "$log"
if [ -z "$summary" ]; then
  echo "✗ The test run ended without its summary line." >&2
  echo "$node_passed passed, $(( node_failed + 1 )) failed"
  exit 1
fi
passed=$(echo "$summary" | sed -E 's/^([0-9]+) passed.*/\1/')
failed=$(echo "$summary" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/')
echo "Browsers: $summary; Node: $node_passed passed, $node_failed failed"
echo "$(( passed + node_passed )) passed, $(( failed + node_failed )) failed"
[ "$status" = 0 ] && [ "$failed" = 0 ] && [ "$node_failed" = 0 ] || exit 1
