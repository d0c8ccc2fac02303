#!/bin/sh
# Trunk post_build hook: one catalog download per language. Messages are kept in one file per
# area (locales/<locale>/<area>.ftl) so areas can change independently; the browser fetches them
# joined as messages.ftl. boot.ftl is compiled into the wasm and not shipped.
set -eu
for dir in "$TRUNK_STAGING_DIR"/locales/*/; do
  out="${dir}messages.ftl"
  tmp="${out}.tmp"
  : > "$tmp"
  for f in "$dir"*.ftl; do
    case "$(basename "$f")" in
      messages.ftl) continue ;;
      boot.ftl) rm "$f"; continue ;;
    esac
    cat "$f" >> "$tmp"
    printf '\n' >> "$tmp"
    rm "$f"
  done
  mv "$tmp" "$out"
done
