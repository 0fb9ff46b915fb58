#!/usr/bin/env bash
# Installs whatever is missing, then runs every test: format, lints, native model tests,
# component tests in headless Chromium, the release build, and the end-to-end suite.
# Prints each runner's summary and a total; fails when any part fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
logs=target/test-logs
mkdir -p "$logs"
step() { printf '\n==== %s\n' "$*"; }

step "format"
cargo fmt --all -- --check

step "clippy (host)"
cargo clippy --workspace --all-targets --quiet -- -D warnings
step "clippy (wasm32)"
cargo clippy --all-targets --target wasm32-unknown-unknown --quiet -- -D warnings

step "native tests (model, settings, properties)"
cargo test --workspace 2>&1 | tee "$logs/native.log"

step "component tests (wasm-bindgen-test in headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --target wasm32-unknown-unknown --test components 2>&1 | tee "$logs/wasm.log"

step "release build"
trunk build --release --offline 2>&1 | tail -n 3

step "end-to-end (playwright-core + Debian chromium, release build)"
node --test --test-concurrency=1 --test-reporter=spec tests/e2e/ 2>&1 | tee "$logs/e2e.log"

# One closing line for the whole run.
sum() { grep -hoE "$1" "$logs"/*.log | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}'; }
passed=$(( $(sum '[0-9]+ passed') + $(sum 'ℹ pass [0-9]+') ))
failed=$(( $(sum '[0-9]+ failed') + $(sum 'ℹ fail [0-9]+') ))
printf '\ntotal: %s passed, %s failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
