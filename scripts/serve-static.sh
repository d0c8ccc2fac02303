#!/usr/bin/env bash
# Serves a built bundle through Debian's nginx with the production config (deploy/nginx/: the
# same app.conf, headers.conf and api.conf, included, not copied), as a plain foreground process:
# no root (when started as root it drops to nobody), no service, nothing written outside its
# state folder. Ctrl-C (or SIGTERM) stops it.
#
#   scripts/serve-static.sh --listen 8088 --api 127.0.0.1:8080
#       the recommended pairing: the app, and /api/ proxied to the backend (make serve-static)
#   scripts/serve-static.sh --listen 8092 --listen 8093 --api-base http://127.0.0.1:8090/api
#       the app alone, with a config.json that names an API on another origin (and the CSP for
#       it): the cross-origin pairing the e2e tests run
#
# Options: --dist DIR (default dist), --state DIR (conf, logs, pid, temp files; default: a new
# folder under /tmp), --listen PORT (repeatable; on 127.0.0.1, or give HOST:PORT).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
dist=dist state="" api="" api_base="" listen=()
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) dist=$2; shift 2 ;;
    --state) state=$2; shift 2 ;;
    --listen) listen+=("$2"); shift 2 ;;
    --api) api=$2; shift 2 ;;
    --api-base) api_base=$2; shift 2 ;;
    *) echo "serve-static.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ ${#listen[@]} -gt 0 ] || listen=(8088)
nginx=/usr/sbin/nginx
module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
[ -x $nginx ] && [ -f $module ] || { echo "nginx or its brotli module is missing: scripts/setup.sh static installs them" >&2; exit 1; }
[ -f "$dist/index.html" ] || { echo "$dist has no built app: run make app" >&2; exit 1; }
dist=$(cd "$dist" && pwd)
[ -n "$state" ] || state=$(mktemp -d /tmp/pc-nginx-XXXXXX)
mkdir -p "$state/tmp"
state=$(cd "$state" && pwd)

root=$dist
if [ -n "$api_base" ] || [ ! -f "$dist/csp.conf" ]; then
  # The bundle with its own CSP (and with --api-base its own config.json, which the CSP
  # follows): links to every other file, so the bytes served (and their .br/.gz) are the build's.
  # Without --api-base this is only for a folder the release build did not make (E2E_DIST, a
  # debug `trunk build`), which has no csp.conf.
  [ -n "$api_base" ] || echo "serve-static.sh: $dist has no csp.conf (make app writes it): computing one" >&2
  root=$state/site
  rm -rf "$root"
  cp -rs "$dist/." "$root/"
  rm -f "$root/csp.conf" "$root/csp.caddy"
  if [ -n "$api_base" ]; then
    rm -f "$root/config.json"
    python3 - "$dist/config.json" "$root/config.json" "$api_base" <<'PY'
import json, sys
config = json.load(open(sys.argv[1]))
config["apiBase"] = sys.argv[3]
json.dump(config, open(sys.argv[2], "w"), indent=2)
PY
  fi
  cargo run --locked --quiet -p partner-center-bundle -- csp "$root" >/dev/null
fi

# Relative includes resolve against the folder of the conf: partner-center/ is deploy/nginx/.
ln -sfn "$repo/deploy/nginx" "$state/partner-center"
{
  echo "# Written by scripts/serve-static.sh; the site's rules are in deploy/nginx/."
  echo "load_module $module;"
  echo "worker_processes 1;"
  echo "pid $state/nginx.pid;"
  echo "error_log $state/error.log warn;"
  echo "events { worker_connections 512; }"
  echo "http {"
  echo "    include /etc/nginx/mime.types;"
  echo "    default_type application/octet-stream;"
  echo "    sendfile on;"
  echo "    access_log $state/access.log;"
  for t in client_body proxy fastcgi uwsgi scgi; do echo "    ${t}_temp_path $state/tmp/$t;"; done
  if [ -n "$api" ]; then
    echo "    upstream partner_center_api { server $api; keepalive 16; }"
  fi
  echo "    server {"
  for l in "${listen[@]}"; do
    case "$l" in *:*) echo "        listen $l;" ;; *) echo "        listen 127.0.0.1:$l;" ;; esac
  done
  echo "        root $root;"
  echo "        include $root/csp.conf;"
  echo "        include partner-center/app.conf;"
  [ -z "$api" ] || echo "        include partner-center/api.conf;"
  echo "    }"
  echo "}"
} > "$state/nginx.conf"

run=()
if [ "$(id -u)" -eq 0 ]; then
  # Root is not needed (no port below 1024, no system paths): run nginx as nobody, when nobody
  # can read the bundle and deploy/nginx/ (a checkout under /root is not readable to others).
  nobody=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
  if "${nobody[@]}" test -r "$root/index.html" -a -r "$repo/deploy/nginx/app.conf"; then
    chown -R nobody:nogroup "$state"
    run=("${nobody[@]}")
  else
    echo "serve-static.sh: nobody cannot read $root or $repo/deploy/nginx: nginx runs as root" >&2
    sed -i '1a user root root;' "$state/nginx.conf"
  fi
fi
"${run[@]}" $nginx -t -q -p "$state" -e "$state/error.log" -c "$state/nginx.conf"
echo "nginx on ${listen[*]}: $root${api:+, /api/ -> $api}${api_base:+, API at $api_base} (state: $state)" >&2
exec "${run[@]}" $nginx -p "$state" -e "$state/error.log" -c "$state/nginx.conf" -g 'daemon off;'
