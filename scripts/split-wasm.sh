#!/bin/sh
# Trunk's post-build hook, first step: splits the app's WebAssembly at its split points
# (src/chunks.rs), so the first view fetches only what it needs and each other view, and the
# overview's charts, arrive as chunks the first time they are shown.
#
# Trunk has no step between cargo's link and wasm-bindgen, so this redoes the two steps after
# the link: wasm-split-cli cuts the linked file (linked with --emit-relocs, see build.rs) into
# the main module, the chunks and their loader (__wasm_split.js); wasm-bindgen then makes the
# main module's JavaScript glue (--keep-lld-exports keeps the function table the chunks import),
# and wasm-opt shrinks every piece. What Trunk wrote for the unsplit file is replaced (index.html
# sets data-wasm-opt="0" so that it is not optimised for nothing).
set -eu
: "${TRUNK_STAGING_DIR:?this is Trunk's post-build hook}"
linked="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/${TRUNK_PROFILE:-release}/upr-dashboard.wasm"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

wasm-split-cli --target web --out-name upr-dashboard "$linked" "$work/split"
wasm-bindgen --target web --no-typescript --keep-lld-exports --out-name upr-dashboard \
  --out-dir "$work/glue" "$work/split/upr-dashboard.wasm"
cp "$work/glue/upr-dashboard.js" "$work/split/__wasm_split.js" "$TRUNK_STAGING_DIR/"
wasm-opt -Oz "$work/glue/upr-dashboard_bg.wasm" -o "$TRUNK_STAGING_DIR/upr-dashboard_bg.wasm"
# Each chunk's name carries a hash of its contents (split_map.1a2b3c4d5e6f.wasm): a page left open
# across a new deployment, without the service worker's copies, then gets a 404 (reported, with
# "Try again") instead of another build's chunk, which would not fit its main module.
loader="$TRUNK_STAGING_DIR/__wasm_split.js"
for piece in "$work"/split/*.wasm; do
  name=$(basename "$piece")
  [ "$name" = upr-dashboard.wasm ] && continue
  # The chunks carry a name subsection binaryen does not know (and drops); it warns once per chunk.
  wasm-opt -Oz "$piece" -o "$work/opt.wasm" 2>"$work/warnings" ||
    { cat "$work/warnings" >&2; exit 1; }
  grep -v 'unknown name subsection' "$work/warnings" >&2 || true
  hashed="${name%.wasm}.$(sha256sum "$work/opt.wasm" | cut -c1-12).wasm"
  mv "$work/opt.wasm" "$TRUNK_STAGING_DIR/$hashed"
  grep -q "\"./$name\"" "$loader" || { echo "split-wasm: $name is not in __wasm_split.js" >&2; exit 1; }
  sed -i "s|\"./$name\"|\"./$hashed\"|" "$loader"
done
