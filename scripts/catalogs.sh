#!/bin/sh
# Trunk post_build hook: the catalogs the browser downloads. Messages are kept in one file per
# area (locales/<locale>/<area>.ftl, <area>-*.ftl) so areas can change independently. The files
# of the areas that load on demand (src/areas.rs; the list below is checked against
# routes::Area by the native catalog tests) are joined as messages-<area>.ftl, fetched with the
# area's code; all other files are joined as messages.ftl, the first load's catalog. boot.ftl is
# compiled into the wasm and not shipped.
set -eu
AREAS="dashboard enroll account settings pricing indirect customers"
for dir in "$TRUNK_STAGING_DIR"/locales/*/; do
  for f in "$dir"*.ftl; do
    name=$(basename "$f" .ftl)
    case "$name" in
      messages|messages-*) continue ;;
      boot) rm "$f"; continue ;;
    esac
    out=messages
    for area in $AREAS; do
      case "$name" in
        "$area"|"$area"-*) out="messages-$area" ;;
      esac
    done
    cat "$f" >> "${dir}${out}.ftl.tmp"
    printf '\n' >> "${dir}${out}.ftl.tmp"
    rm "$f"
  done
  for tmp in "$dir"*.ftl.tmp; do
    mv "$tmp" "${tmp%.tmp}"
  done
done
