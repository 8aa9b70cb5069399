#!/bin/sh
# Builds the app's lazily loaded wasm modules, the way Trunk builds the app's own wasm:
#   recognizer/  the error recognizer (src/bin/recognizer.rs), imported on the first paste;
#   tools/       the tool pages' islands (src/bin/tools.rs), imported on no-key/ and which-credential/.
# One cargo build for both, then wasm-bindgen (--target web) and, for a release, wasm-opt -Oz.
# Run as a Trunk post_build hook (TRUNK_STAGING_DIR, TRUNK_PROFILE).
set -eu
staging="${TRUNK_STAGING_DIR:?run me as a Trunk hook}"
profile="${TRUNK_PROFILE:-release}"
release_flag=""
[ "$profile" = "release" ] && release_flag="--release"
# The app's features, so that cargo reuses the library the app's build just compiled.
cargo build --quiet $release_flag --target wasm32-unknown-unknown --features csr --bin recognizer --bin tools
target_dir="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
for name in recognizer tools; do
  out="$staging/$name"
  mkdir -p "$out"
  wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name "$name" \
    "$target_dir/wasm32-unknown-unknown/$profile/$name.wasm"
  if [ "$profile" = "release" ]; then
    # The features the Rust target emits (as for the app; see Trunk.toml's wasm_opt).
    wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
      --enable-mutable-globals --enable-reference-types --enable-multivalue \
      -o "$out/${name}_bg.wasm" "$out/${name}_bg.wasm"
  fi
done
