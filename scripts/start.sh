#!/usr/bin/env bash
# The main job: install (when needed), build, and serve the demo on the bundled corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
export PUPPETEER_SKIP_DOWNLOAD=1
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run build
exec npx web-dev-server --config web-dev-server.config.mjs
