#!/usr/bin/env bash
# Release build of the app into dist/: Trunk (wasm-opt from npm binaryen@132), then
# tools/postbuild.mjs (content-hashed bundle names, service worker, precompressed .br/.gz).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release "$@"
node tools/postbuild.mjs dist
