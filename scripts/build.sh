#!/usr/bin/env bash
# Release build of the app into dist/ (Trunk, wasm-opt from npm binaryen@132).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release "$@"
