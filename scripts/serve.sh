#!/usr/bin/env bash
# Installs what is missing, then serves the demo article at http://127.0.0.1:8080/ (index.html,
# Arabic) and /en.html (English), rebuilding on change.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-tools.sh
export PATH="$HOME/.cargo/bin:$PWD/tools/node_modules/.bin:$PATH"
exec trunk serve --offline --address 127.0.0.1 --port "${PORT:-8080}"
