#!/bin/sh
# Builds the error recognizer's own wasm module (src/bin/recognizer.rs) into recognizer/ in
# Trunk's staging folder, the way Trunk builds the app's: wasm-bindgen (--target web), then, for
# a release, wasm-opt -Oz. The page imports recognizer/recognizer.js on the first paste.
# Run as a Trunk post_build hook (TRUNK_STAGING_DIR, TRUNK_PROFILE).
set -eu
staging="${TRUNK_STAGING_DIR:?run me as a Trunk hook}"
profile="${TRUNK_PROFILE:-release}"
release_flag=""
[ "$profile" = "release" ] && release_flag="--release"
# The app's features, so that cargo reuses the library the app's build just compiled.
cargo build --quiet $release_flag --target wasm32-unknown-unknown --features csr --bin recognizer
target_dir="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
out="$staging/recognizer"
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name recognizer \
  "$target_dir/wasm32-unknown-unknown/$profile/recognizer.wasm"
if [ "$profile" = "release" ]; then
  # The features the Rust target emits (as for the app; see Trunk.toml's wasm_opt).
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    -o "$out/recognizer_bg.wasm" "$out/recognizer_bg.wasm"
fi
