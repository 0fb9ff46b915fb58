#!/usr/bin/env bash
# Installs whatever is missing, builds the release version and serves it at http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --offline
exec node tests/e2e/server.mjs --root dist --port "${PORT:-8080}"
