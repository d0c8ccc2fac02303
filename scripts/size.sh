#!/usr/bin/env bash
# Raw, gzip -9 and brotli -q 11 bytes of every file in the bundle, and the initial transfer:
# what a first visit downloads (index.html, JS, wasm, CSS, config.json and one locale catalog).
set -euo pipefail
dist="${1:-dist}"
command -v brotli >/dev/null || { echo "brotli is missing: scripts/setup.sh test installs it" >&2; exit 1; }
printf '%-52s %10s %10s %10s\n' file raw gzip brotli
tr=0; tg=0; tb=0; ir=0; ig=0; ib=0
while IFS= read -r f; do
  r=$(stat -c%s "$f"); g=$(gzip -9c "$f" | wc -c); b=$(brotli -c -q 11 "$f" | wc -c)
  rel=${f#"$dist"/}
  printf '%-52s %10d %10d %10d\n' "$rel" "$r" "$g" "$b"
  tr=$((tr+r)); tg=$((tg+g)); tb=$((tb+b))
  case "$rel" in
    locales/*/messages.ftl) [[ "$rel" == locales/zh-CN/* ]] || continue ;;
    locales/*|favicon.svg) continue ;;
  esac
  ir=$((ir+r)); ig=$((ig+g)); ib=$((ib+b))
done < <(find "$dist" -type f ! -name '*.br' ! -name '*.gz' | sort)
printf '%-52s %10d %10d %10d\n' "all files" "$tr" "$tg" "$tb"
printf '%-52s %10d %10d %10d\n' "initial transfer (zh-CN visitor)" "$ir" "$ig" "$ib"
budget=$((250*1024))
printf 'budget for the finished app: %d bytes brotli; initial transfer uses %d%%\n' "$budget" $((ib*100/budget))
