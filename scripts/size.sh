#!/usr/bin/env bash
# Raw, gzip -9 and brotli -q 11 bytes of every file in the bundle; the first load (what a zh-CN
# visitor landing on / or /signin downloads: index.html, CSS, the main JS and wasm, the chunk
# loader, config.json and the first catalog); each area chunk on its own line; and the 20 largest
# items of the main wasm by twiggy (on the split's main part before wasm-bindgen, which still
# has its names). Fails when the first load is over its budget (make test runs it too).
set -euo pipefail
dist="${1:-dist}"
command -v brotli >/dev/null || { echo "brotli is missing: scripts/setup.sh test installs it" >&2; exit 1; }
sizes() { printf '%d %d %d\n' "$(stat -c%s "$1")" "$(gzip -9c "$1" | wc -c)" "$(brotli -c -q 11 "$1" | wc -c)"; }
row() { printf '%-56s %10s %10s %10s\n' "$@"; }

row file raw gzip brotli
fr=0; fg=0; fb=0
chunks=()
while IFS= read -r f; do
  read -r r g b < <(sizes "$f")
  rel=${f#"$dist"/}
  row "$rel" "$r" "$g" "$b"
  case "$rel" in
    split_*.wasm|chunk_*.wasm) chunks+=("$rel $r $g $b"); continue ;;
    locales/zh-CN/messages.ftl) ;;
    locales/*|favicon.svg|csp.*) continue ;;  # csp.conf, csp.caddy: for the web server only
  esac
  fr=$((fr+r)); fg=$((fg+g)); fb=$((fb+b))
done < <(find "$dist" -type f ! -name '*.br' ! -name '*.gz' | sort)
echo
echo "Chunks, each loaded the first time a partner enters its area (chunk_*: code areas share):"
for c in "${chunks[@]}"; do
  # shellcheck disable=SC2086
  row $c
done
echo
row "first load (/ or /signin, zh-CN, empty cache)" "$fr" "$fg" "$fb"
budget=$((250*1024))
printf 'budget: %d bytes brotli; the first load uses %d%% (%d bytes left)\n' "$budget" $((fb*100/budget)) $((budget-fb))
over=$((fb > budget))

main_raw=target/bundle/split/partner-center.wasm
if command -v twiggy >/dev/null && [ -f "$main_raw" ]; then
  echo
  echo "Top 20 items of the main wasm (twiggy top, raw bytes before wasm-bindgen and wasm-opt;"
  echo "the custom sections that carry names and wasm-bindgen's metadata are not shipped and left out):"
  # sed, not head: head would leave twiggy writing into a closed pipe (SIGPIPE, exit 141).
  twiggy top -n 40 "$main_raw" | grep -v "custom section\|subsection\|Total Rows\|more\.$" | sed -n "1,22p"
fi
if [ "$over" = 1 ]; then
  echo "the first load is over its budget by $((fb-budget)) bytes brotli" >&2
  exit 1
fi
