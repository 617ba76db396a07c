#!/usr/bin/env bash
# The main job: install (when needed), build, and serve the demo on the bundled corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
export PUPPETEER_SKIP_DOWNLOAD=1
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run build
# The server itself takes the shell's place (no npx in between), so stopping this process stops it.
NK_PARENT_PID=$PPID exec node --import ./scripts/exit-with-parent.mjs node_modules/@web/dev-server/dist/bin.js --config web-dev-server.config.mjs
