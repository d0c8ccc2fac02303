# Partner Center web UI and its reference server.
#   make run    install what is missing, build the release bundle, serve app + API on :8080
#   make dev    the same with hot reload (trunk serve on :8081, API proxied to :8080)
#   make test   install what is missing, then every test level; non-zero on any failure
#   make serve-static   the bundle on nginx (deploy/nginx/) on :8088, API proxied to the reference server
#   make headers URL=...   a deployment's header grade (Mozilla Observatory's rules)
# Every target installs only what is missing (scripts/setup.sh), so repeats are cheap.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/.tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
SERVER := target/server/partner-center-server
CLOUD ?= china
LISTEN ?= 127.0.0.1:8080
# The demo dataset (thousands of customers, every role, a pending enrollment); DEMO= turns it off.
DEMO ?= --demo

.PHONY: run dev build app server setup setup-test setup-static serve-static headers test test-native test-browser test-e2e size bench bench-customers clean openapi contract fuzz load

run: build
	$(SERVER) serve --listen $(LISTEN) --dist dist --data data --cloud $(CLOUD) $(DEMO)

dev: setup server
	@$(SERVER) serve --listen $(LISTEN) --dist dist --data data --cloud $(CLOUD) $(DEMO) & \
	  trap "kill $$! 2>/dev/null" EXIT; trunk serve

build: app server

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

setup-static:
	@scripts/setup.sh static

app: setup
	scripts/build-app.sh

server:
	cargo build --locked -p partner-center-server --profile server

test: setup-test
	@scripts/test.sh

test-native:
	cargo test --locked --workspace

test-browser: setup-test
	CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked -p partner-center --target wasm32-unknown-unknown --test browser

test-e2e: setup-test build
	cd tests/e2e && npx playwright test

# The contract check (schemathesis) against a fresh reference server; see the README for
# running it against your own backend.
contract: setup-test server
	@scripts/contract.sh

# The contract check with a random seed and many more examples per operation, FUZZ_RUNS times
# (default 1). A failure prints its seed and the one line that reproduces it; make it a
# regression test (a server test with the failing request) before fixing it.
fuzz: setup-test server
	@for i in $$(seq $${FUZZ_RUNS:-1}); do \
	  CONTRACT_SEED=random CONTRACT_EXAMPLES=$${FUZZ_EXAMPLES:-200} scripts/contract.sh || exit 1; \
	done

# p50 / p99 of GET customers: a page of 5,000 (50 clients); the name-or-domain search at 5,000 and 50,000 (1 and 50 clients); start-up time and peak memory.
load: server
	@bash scripts/load-customers.sh

size: setup-test app
	@scripts/size.sh dist

# BENCH_DISTS="before=<dir>,after=dist" compares two builds, runs interleaved.
bench: setup-test build
	@node tests/e2e/bench/load.mjs

# The customer list at 5,000 and 50,000 customers: typing to rows, one page of rows (trace),
# paging through the whole list; medians of RUNS (5), with and without 4x CPU throttling.
bench-customers: setup-test build
	@node tests/e2e/bench/customers.mjs

# The bundle as a static site on nginx (deploy/nginx/, the production config) on :8088, with
# /api/ proxied to the reference server on $(LISTEN); nginx runs as a plain foreground process.
STATIC_PORT ?= 8088
serve-static: setup-static build
	@$(SERVER) serve --listen $(LISTEN) --dist dist --data data --cloud $(CLOUD) $(DEMO) & \
	  trap "kill $$! 2>/dev/null" EXIT; scripts/serve-static.sh --dist dist --listen $(STATIC_PORT) --api $(LISTEN)

# A deployment's response headers graded by Mozilla Observatory's rules: make headers URL=https://...
# (SIGN_IN=<user> with PC_HEADERS_PASSWORD set grades the session cookie too). Fails below A+.
headers:
	@test -n "$(URL)" || { echo "usage: make headers URL=https://partner.example.cn/ [SIGN_IN=user]" >&2; exit 2; }
	@python3 scripts/headers.py "$(URL)" $(if $(SIGN_IN),--sign-in "$(SIGN_IN)")

clean:
	rm -rf dist target/server

# The contract: api/spec/*.yaml bundled into api/openapi.yaml.
openapi:
	python3 scripts/openapi.py
