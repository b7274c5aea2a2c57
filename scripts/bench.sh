#!/usr/bin/env bash
# Builds the release and prints sizes and Lighthouse figures (see docs/performance.md).
#   scripts/bench.sh [--routes /,/catalogue,/quiz,/wallet] [--runs 3]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
node tools/bench/bench.mjs --routes "${ROUTES:-/,/catalogue,/quiz,/wallet}" "$@"
