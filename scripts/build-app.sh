#!/usr/bin/env bash
# The release bundle in dist/: Trunk builds and stages the app (index.html, CSS, catalogs, the
# module loader) with the `split` feature, then partner-center-bundle (tools/bundle) replaces
# Trunk's single wasm with the split one: the main part, one chunk per area and the loader,
# under content-hashed names (see src/areas.rs and the README's "Areas" section).
# `make dev` (trunk serve) builds without the feature: one unsplit wasm, hot reload. Trunk runs
# no wasm-opt (index.html: data-wasm-opt="0"): the bundler optimizes each part of the split.
set -euo pipefail
cd "$(dirname "$0")/.."
trunk build --release --features split
cargo run --locked --quiet -p partner-center-bundle -- target/wasm32-unknown-unknown/release/partner-center.wasm dist \
  2> >(grep -v "unknown name subsection" >&2)
# Precompressed copies next to each compressible file, for hosts that serve them as they are
# (nginx brotli_static / gzip_static, see deploy/nginx/; the reference server), at the settings
# scripts/size.sh measures. Last, so that no file changes after its copies are made.
# config.json gets none: a deployment may edit it, and a stale .br would then win over the edit.
find dist -type f \( -name '*.js' -o -name '*.wasm' -o -name '*.css' -o -name '*.html' -o -name '*.ftl' -o -name '*.svg' \) \
  -print0 | while IFS= read -r -d '' f; do
  gzip -9 -n -k -f "$f"
  brotli -q 11 -k -f "$f"
done
