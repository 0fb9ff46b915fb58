#!/usr/bin/env bash
# Installs whatever is missing, builds the release version and serves it at http://127.0.0.1:8080
# (PORT=... for another port) with Caddy and the repository's Caddyfile, as a production static host
# would: the precompressed .br/.gz files, the Content-Security-Policy header, long cache lifetimes for
# the hashed files.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The post-build hook (Trunk.toml -> scripts/post-build.mjs) writes the CSP and the .br/.gz files.
trunk build --release --offline
if ! ls dist/*.wasm.br dist/*.wasm.gz >/dev/null 2>&1; then
  echo "dist/ has no precompressed wasm: the post-build hook (scripts/post-build.mjs) did not run" >&2
  exit 1
fi
export SITE_ROOT="$PWD/dist" SITE_PORT="${PORT:-8080}"
# The policy hashes the build's inline loader script, so it is read from the build itself.
SITE_CSP="$(node scripts/csp.mjs --print dist)"
export SITE_CSP
# Caddy's own files (autosaved config, storage) stay inside target/.
export XDG_CONFIG_HOME="$PWD/target/caddy/config" XDG_DATA_HOME="$PWD/target/caddy/data"
echo "Microneedling Explorer is served at http://127.0.0.1:$SITE_PORT/ (Ctrl+C stops it)"
exec caddy run --config Caddyfile --adapter caddyfile
