#!/usr/bin/env bash
# Installs everything the project needs on a fresh machine (Rust 1.95 + Node 20 + Debian 12),
# skipping whatever is already there. Usage: scripts/setup.sh [--test] [--bench]
#   --test   also the browser for the end-to-end suite (Debian chromium + chromium-driver)
#   --bench  also the benchmark tools (Lighthouse)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

want_test=0
want_bench=0
for a in "$@"; do
  case "$a" in
    --test) want_test=1 ;;
    --bench) want_test=1; want_bench=1 ;;
  esac
done

step() { printf '\n== %s\n' "$*"; }

# Lockfile-driven npm install, redone only when the lockfile changed.
npm_install() {
  local dir=$1
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.installed" ]; then
    step "npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund && touch node_modules/.installed)
  fi
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root for: $*" >&2; return 1; fi
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for c in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$c"; then
    step "rustup component add $c"
    rustup component add "$c"
  fi
done

if ! trunk --version 2>/dev/null | grep -q ' 0\.21\.14'; then
  step "cargo install trunk 0.21.14 (about 11 minutes on two cores)"
  cargo install trunk --version 0.21.14 --locked
fi

# The wasm-bindgen CLI must be exactly the version in Cargo.lock.
wbg=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $wbg\$"; then
  step "cargo install wasm-bindgen-cli $wbg (about 5 minutes)"
  # Not --locked: its own lockfile wants a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$wbg"
fi

npm_install .

if [ "$want_test" = 1 ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! command -v brotli >/dev/null; then
    step "apt-get install chromium chromium-driver brotli"
    as_root apt-get update -q
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q chromium chromium-driver brotli
  fi
  npm_install end2end
  npm_install end2end/crosscheck   # the reference verifier libraries for the cross-check
fi

if [ "$want_bench" = 1 ]; then
  npm_install tools/bench
fi

step "cargo fetch"
cargo fetch --locked
