#!/usr/bin/env bash
# Installs whatever this machine is missing to build (and with `test`, to test) the portal.
# Idempotent: every step checks first, so a second run installs nothing.
#   scripts/setup.sh build   toolchain for `make build` / `make run` / `make dev`
#   scripts/setup.sh static  the above, plus nginx with its brotli module (make serve-static)
#   scripts/setup.sh test    the above, plus Chromium, chromedriver and the e2e npm packages
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-build}"

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
# The wasm splitter the release build runs (make app; see src/areas.rs), and twiggy for make size.
WASM_SPLIT_VERSION=0.2.4
TWIGGY_VERSION=0.8.0
# The CLI must equal the wasm-bindgen crate in Cargo.lock, or the generated JS will not match.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' Cargo.lock)

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
# Debian packages, only those named (callers name only what is missing).
apt_install() {
  [ $# -gt 0 ] || return 0
  say "installing $* from Debian"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}
export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  say "installing trunk $TRUNK_VERSION (about 15 minutes on 2 cores, once)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (matches Cargo.lock)"
  # No --locked: its lock file names a dependency version the registry no longer serves.
  cargo install --force "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi

# The CLI has no --version; cargo's own list of installed packages says which one it is.
if ! command -v wasm-split-cli >/dev/null || ! cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (about 2 minutes, once)"
  cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
fi

# Debian's binaryen is too old for current rustc output; npm's carries a recent wasm-opt.
if ! .tools/node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
  say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION) into .tools/"
  mkdir -p .tools
  npm install --prefix .tools --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION"
fi

# The release build leaves a brotli copy next to each compressible file (scripts/build-app.sh).
command -v brotli >/dev/null || apt_install brotli

# nginx for the static-host tests and `make serve-static` (`static`): Debian's nginx, run as a
# plain process on a conf of deploy/nginx/ (scripts/serve-static.sh), never as a service; the
# brotli module serves the build's precompressed .br files.
if [ "$what" = test ] || [ "$what" = static ]; then
  need_apt=()
  [ -x /usr/sbin/nginx ] || need_apt+=(nginx)
  [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || need_apt+=(libnginx-mod-http-brotli-static)
  apt_install "${need_apt[@]}"
fi

if [ "$what" = test ]; then
  need_apt=()
  [ -x /usr/bin/chromium ] || need_apt+=(chromium)
  [ -x /usr/bin/chromedriver ] || need_apt+=(chromium-driver)
  apt_install "${need_apt[@]}"
  if ! twiggy --version 2>/dev/null | grep -q " $TWIGGY_VERSION\$"; then
    say "installing twiggy $TWIGGY_VERSION (make size's top contributors)"
    cargo install --locked twiggy --version "$TWIGGY_VERSION"
  fi
  # schemathesis checks the server against the contract (make contract, make fuzz). Every
  # package is pinned with its hashes: a new release changes nothing until someone upgrades it
  # on purpose (edit tests/contract/requirements.in, then regenerate requirements.txt with
  # `pip-compile --generate-hashes --strip-extras --allow-unsafe`). The stamp says which file
  # the venv was built from, so an edit reinstalls it.
  req=tests/contract/requirements.txt
  want=$(sha256sum "$req" | cut -d' ' -f1)
  if [ "$(cat .tools/venv/.requirements.sha256 2>/dev/null)" != "$want" ] || ! .tools/venv/bin/st --version >/dev/null 2>&1; then
    say "installing schemathesis (PyPI, pinned with hashes in $req) into .tools/venv"
    rm -rf .tools/venv
    python3 -m venv .tools/venv
    .tools/venv/bin/pip install -q --disable-pip-version-check --require-hashes --no-deps -r "$req"
    echo "$want" > .tools/venv/.requirements.sha256
  fi
  # Playwright drives Debian's Chromium: never `npx playwright install` (it downloads browsers).
  if [ ! -d tests/e2e/node_modules/@playwright/test ] || [ ! -d tests/e2e/node_modules/@axe-core/playwright ] \
     || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then
    say "installing the end-to-end test packages (npm ci)"
    (cd tests/e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)
  fi
fi
