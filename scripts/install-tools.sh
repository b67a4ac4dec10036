#!/usr/bin/env bash
# Installs what building and testing newsgloss needs, each tool only when it is missing or at
# the wrong version, so a second run on the same machine takes seconds. Registries only:
# crates.io, npm, Debian. Source it or run it; it prints what it installs.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/tools/node_modules/.bin:$PATH"

TRUNK_VERSION=0.21.14
# wasm-bindgen's CLI must equal the library version locked in Cargo.lock.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "== rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  echo "== installing trunk $TRUNK_VERSION (takes ~10 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WBG_VERSION" ]; then
  echo "== installing wasm-bindgen-cli $WBG_VERSION"
  # Not --locked: a locked dependency of this version is missing from the registry.
  cargo install wasm-bindgen-cli --version "=$WBG_VERSION" --force
fi
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "== installing chromium and chromium-driver"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
fi
if [ ! -x tools/node_modules/.bin/wasm-opt ] || [ ! -d tools/node_modules/playwright-core ] \
   || [ tools/package-lock.json -nt tools/node_modules/.package-lock.json ]; then
  echo "== npm ci in tools/ (wasm-opt from binaryen, playwright-core)"
  (cd tools && npm ci --no-audit --no-fund)
fi
command -v python3 >/dev/null || { echo "python3 is needed for the seed scorer"; exit 1; }
echo "tools ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version), $(chromium --version 2>/dev/null | head -1)"
