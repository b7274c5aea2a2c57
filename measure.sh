#!/usr/bin/env bash
# build release wasm and print brotli size
set -e
cd /work/wt/size
export PATH=$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH
trunk build --release >/tmp/size-build.log 2>&1 || { tail -30 /tmp/size-build.log; exit 1; }
f=$(ls dist/*_bg.wasm)
echo "$1 raw=$(stat -c%s $f) br=$(brotli -q 11 -c $f | wc -c) js_br=$(brotli -q 11 -c dist/*.js | wc -c)"
