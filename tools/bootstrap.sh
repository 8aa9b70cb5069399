#!/usr/bin/env bash
# Installs whatever this machine lacks to build (and, with --test, to test) Key Doctor.
# Idempotent: each tool is checked first and installed only when missing or at the wrong version.
# Usage: tools/bootstrap.sh [--test]
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=false
[ "${1:-}" = "--test" ] && want_test=true

say() { printf '\033[1mbootstrap:\033[0m %s\n' "$*"; }
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# 1. The browser target for the toolchain named in rust-toolchain.toml.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. Trunk. 0.22 needs rustc 1.96; 0.21.14 is the newest that builds on 1.95.
TRUNK_VERSION=0.21.14
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (compiles from source: about 10 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# 3. wasm-bindgen CLI at exactly the version in Cargo.lock (else Trunk would try to download one).
[ -f Cargo.lock ] || { echo "Cargo.lock is missing: it pins wasm-bindgen" >&2; exit 1; }
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $BINDGEN_VERSION\$"; then
  say "installing wasm-bindgen-cli $BINDGEN_VERSION (about 3 minutes)"
  # Without --locked: the registry mirror lacks one of the CLI's locked dependency versions.
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION" --force
fi

# 4. npm packages: wasm-opt (binaryen 132) and, for tests, Playwright and TypeScript.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (binaryen, @playwright/test, typescript)"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi
wasm-opt --version | grep -q "version 132" || { echo "wasm-opt on PATH is not binaryen 132" >&2; exit 1; }

# 5. Every crate, so Trunk's offline build never needs the network.
cargo fetch --quiet

if $want_test; then
  # 6. A real browser: Debian's Chromium (Playwright cannot download its own here).
  if ! command -v chromium >/dev/null; then
    say "installing Debian's chromium"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
  # 7. openssl makes the fake API's self-signed certificate; fish and PyYAML check the fish and
  #    YAML snippets of the fix cards.
  for tool in openssl fish; do
    command -v "$tool" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$tool" >/dev/null; }
  done
  python3 -c 'import yaml' 2>/dev/null || python3 -m pip install --quiet pyyaml
fi
say "tools ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | cut -d' ' -f1-3)"
