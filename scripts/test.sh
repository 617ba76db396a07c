#!/usr/bin/env bash
# Every test, in Debian's Chromium and Firefox ESR. Installs the browsers when they are missing
# and it can (root with apt-get); otherwise says exactly what to install.
set -euo pipefail
cd "$(dirname "$0")/.."
export PUPPETEER_SKIP_DOWNLOAD=1

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} from Debian's packages…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "The tests need Debian's browsers. Install them with:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    echo "(or set CHROMIUM_PATH and FIREFOX_PATH to a Chromium and a Firefox ESR binary)" >&2
    exit 1
  fi
fi

[ -d node_modules ] || npm ci --no-audit --no-fund
npm run build
npx tsc -p tsconfig.test.json
npx web-test-runner "$@"
