#!/usr/bin/env bash
# Every test layer, in order; stops at the first failure with a non-zero exit code.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n== %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy --all-targets -- -D warnings"
cargo clippy --all-targets --locked -- -D warnings

step "cargo test (native: domain, api decoding)"
cargo test --locked

step "trunk build --release"
scripts/build.sh

step "cross-check against the reference verifiers (Digital Bazaar, jose) on generated credentials"
node end2end/crosscheck/crosscheck.mjs --n 300

step "initial transfer per route (budget: / at most 200 KB brotli)"
node end2end/bench/transfer.mjs

step "playwright (Debian chromium)"
cd end2end
npx playwright test
