# carewise — the two commands the README gives:
#   make run    set up, build and serve the app on its embedded backend at http://127.0.0.1:8080
#   make test   set up and run every test layer
.PHONY: run test bench build setup

run:
	scripts/setup.sh
	scripts/build.sh
	node tools/serve.mjs --dir dist --port 8080

test:
	scripts/setup.sh --test
	scripts/test.sh

bench:
	scripts/setup.sh --bench
	scripts/bench.sh

build:
	scripts/setup.sh
	scripts/build.sh
