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
node scripts/punctuate-corpus.mjs --check || exit 1
npm run build || exit 1
npx tsc -p tsconfig.test.json || exit 1

log=$(mktemp)
npx web-test-runner "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
rm -f "$log"
if [ -z "$summary" ]; then
  echo "✗ The test run ended without its summary line." >&2
  exit 1
fi
failed=$(echo "$summary" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/')
[ "$status" = 0 ] && [ "$failed" = 0 ] || exit 1
