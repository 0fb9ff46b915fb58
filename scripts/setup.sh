#!/usr/bin/env bash
# Installs every tool the project needs on a fresh Debian machine with rustup, cargo, node and npm.
# Idempotent: each step checks first, so a warm run takes a second or two.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Must equal the `wasm-bindgen` pin in Cargo.toml (trunk and the test runner refuse a mismatch).
WASM_BINDGEN_VERSION=0.2.130

log() { printf '[setup] %s\n' "$*"; }
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi
for c in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$c"; then rustup component add "$c"; fi
done

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  log "installing Debian's chromium and chromium-driver"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# Caddy serves dist/ the way production hosts do (scripts/serve.sh, the e2e suite); brotli and zopfli
# write the precompressed .br and .gz files beside the build (scripts/compress.mjs).
if ! command -v caddy >/dev/null || ! command -v brotli >/dev/null || ! command -v zopfli >/dev/null; then
  log "installing Debian's caddy, brotli and zopfli"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq caddy brotli zopfli >/dev/null
  # The package starts a system-wide Caddy on port 80; the project runs its own, so stop that one.
  if command -v systemctl >/dev/null && systemctl is-active --quiet caddy 2>/dev/null; then
    $SUDO systemctl disable --now caddy >/dev/null 2>&1 || true
  fi
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  log "installing trunk $TRUNK_VERSION (several minutes, once)"
  cargo install --locked "trunk@$TRUNK_VERSION" --no-default-features --features rustls
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
  # No --locked: one of its locked dependencies is no longer in the registry.
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

# twiggy: the size report's "largest parts" of the wasm (scripts/size-report.mjs).
if ! twiggy --version >/dev/null 2>&1; then
  log "installing twiggy (a few minutes, once)"
  cargo install --locked twiggy
fi

# npm packages: wasm-opt (binaryen 132; Debian's 108 breaks reference types), terser (minifies the JS
# glue), playwright-core, axe-core, gremlins.js.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi
log "tools ready"
