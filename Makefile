# Key Doctor. Two commands from a fresh machine:
#   make serve   installs what is missing, builds, serves http://127.0.0.1:8080
#   make test    installs what is missing, runs every check and test
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CARGO_TERM_COLOR := never

.PHONY: serve watch test dist dist-sub tools test-tools lint unit snippets fake-api-test one-liners-test browser bench \
	bench-load lighthouse lighthouse-check clean

# The release build, served as a static host serves it (gzip, 404.html): what users get.
serve: dist
	@echo "Key Doctor: serving dist/ on http://127.0.0.1:8080 (Ctrl-C stops)"
	python3 tools/serve_static.py --port 8080 --dir dist

# For working on the app: rebuilds on every change (Trunk's own server).
watch: tools
	trunk serve --release

# The release build in dist/: every page prerendered, the wasm, the assets; then the size report,
# which fails if the start page's critical path or the wasm + JS is over its limit.
dist: tools
	rm -rf dist
	trunk build --release
	python3 tools/size_report.py dist

# The same site built to live under /kd/ (the browser tests check a sub-path works).
dist-sub: tools
	rm -rf dist-sub
	trunk build --release --public-url /kd/ --dist dist-sub

tools:
	@tools/bootstrap.sh

test-tools:
	@tools/bootstrap.sh --test

lint:
	cargo fmt --check
	cargo clippy --all-targets --features tree-tool,ssr -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins --features csr -- -D warnings

unit:
	cargo test --features tree-tool,ssr

snippets:
	python3 tools/check_snippets.py

fake-api-test:
	python3 -m unittest discover -s tests/fake_api -p 'test_*.py'

one-liners-test:
	python3 -m unittest discover -s tests/one_liners -p 'test_*.py'

browser:
	npx playwright test -c tests/browser/playwright.config.mjs

bench:
	cargo bench --bench key_check --bench error_text

# Load benchmark on the built dist/ (make dist first): cold loads in headless Chromium, unthrottled
# and with Lighthouse's mobile throttling, against the same pages without the app. Reports, never
# fails on timing. BENCH_RUNS=10 (median of), figures in target/bench-load.json.
BENCH_RUNS ?= 10
bench-load:
	node tools/bench_load.mjs --runs $(BENCH_RUNS)

# Lighthouse (mobile) on the start page and a step page of the built dist/ (make dist first).
# `lighthouse` reports (LH_RUNS runs per page, median performance); `lighthouse-check`, which
# `make test` runs, fails unless accessibility, best practices and SEO are 100 on both.
LH_RUNS ?= 3
lighthouse:
	node tools/lighthouse_run.mjs --runs $(LH_RUNS)
	node tools/lighthouse_check.mjs --report-only

lighthouse-check:
	node tools/lighthouse_run.mjs --runs 1
	node tools/lighthouse_check.mjs

# Stops at the first failure; the last line says what ran and how it went.
test: test-tools
	@tools/run_tests.sh

clean:
	rm -rf dist dist-sub target/wasm32-unknown-unknown
