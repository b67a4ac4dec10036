#!/usr/bin/env bash
# Runs every test: native unit and integration tests (core, CLI, seed score), browser tests of
# the DOM layer in headless Chromium, the release build, and the end-to-end test on it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/tools/node_modules/.bin:$PATH"

echo "== native tests (core, CLI, seed score)"
cargo test --workspace --exclude newsgloss-widget

echo "== browser tests of the widget (headless Chromium)"
CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}" WASM_BINDGEN_TEST_DRIVER_TIMEOUT=60 \
  cargo test --target wasm32-unknown-unknown -p newsgloss-widget

echo "== release build (trunk)"
trunk build --release --offline

echo "== end-to-end (playwright-core + system Chromium)"
node tests/e2e/e2e.mjs dist
