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
