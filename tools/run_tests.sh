#!/usr/bin/env bash
# Runs every check in order and stops at the first failure. The last line says what ran.
# Called by `make test` after tools/bootstrap.sh --test.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

ran=()
started=$(date +%s)
step() {
  local name=$1
  shift
  printf '\n\033[1m== %s\033[0m\n' "$name"
  if "$@"; then
    ran+=("$name")
  else
    echo
    echo "make test: FAILED at: $name (passed before it: ${ran[*]:-nothing})"
    exit 1
  fi
}

step "fmt" cargo fmt --check
step "clippy native" cargo clippy --all-targets --features tree-tool,ssr -- -D warnings
step "clippy wasm32" cargo clippy --target wasm32-unknown-unknown --lib --bins --features csr -- -D warnings
step "cargo test" cargo test --features tree-tool,ssr
step "bench (report only)" cargo bench --bench key_check --bench error_text
step "snippets" python3 tools/check_snippets.py
step "fake api" python3 -m unittest discover -s tests/fake_api -p 'test_*.py'
step "one-liners" python3 -m unittest discover -s tests/one_liners -p 'test_*.py'
step "dist" bash -c 'rm -rf dist && trunk build --release && python3 tools/size_report.py dist'
step "dist under /kd/" bash -c 'rm -rf dist-sub && trunk build --release --public-url /kd/ --dist dist-sub'
step "browser" npx playwright test -c tests/browser/playwright.config.mjs
step "lighthouse" make --no-print-directory lighthouse-check

echo
echo "make test: ${#ran[@]} passed, 0 failed: ${ran[*]} ($(( $(date +%s) - started )) s)"
