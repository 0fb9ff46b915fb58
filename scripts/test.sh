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
# The post-build hook (Trunk.toml -> scripts/post-build.mjs) also writes the .br/.gz files; the size
# gate in tests/e2e/gates.test.mjs fails when any asset lacks them.
trunk build --release --offline 2>&1 | tail -n 4

step "size report (each file raw/gzip/brotli; the wasm's largest parts, from twiggy)"
node scripts/size-report.mjs dist

step "end-to-end (playwright-core + Debian chromium, release build served by Caddy)"
# Node 20's --test-timeout bounds each test file as a whole, and each test in it that sets no timeout
# of its own: a hang anywhere becomes "test timed out" for that file, and the run goes on.
# --test-force-exit ends a file once its tests are done, even if something was left open. The
# gates (with two-minute memory runs) get a longer budget, and each of their tests its own timeout.
e2e() {
  node --test --test-concurrency=1 --test-force-exit --test-reporter=spec --test-timeout="$1" "${@:2}" \
    2>&1 | tee -a "$logs/e2e.log"
  return "${PIPESTATUS[0]}"
}
: > "$logs/e2e.log"
set +e
e2e 600000 $(ls tests/e2e/*.test.mjs | grep -v gates.test.mjs); e2e_files=$?
e2e 2700000 tests/e2e/gates.test.mjs; e2e_gates=$?
set -e

# One closing line for the whole run.
sum() { grep -hoE "$1" "$logs"/*.log | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}'; }
passed=$(( $(sum '[0-9]+ passed') + $(sum 'ℹ pass [0-9]+') ))
# A test or file that timed out is reported as cancelled: it counts as failed.
failed=$(( $(sum '[0-9]+ failed') + $(sum 'ℹ fail [0-9]+') + $(sum 'ℹ cancelled [0-9]+') ))
printf '\ntotal: %s passed, %s failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ] && [ "$e2e_files" -eq 0 ] && [ "$e2e_gates" -eq 0 ]
