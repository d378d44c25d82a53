# wirecoder: `make install` once, then `make demo` (the main job) or `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test eval bench clean

install: $(STAMP)

# Idempotent: re-runs only when the dependencies change. The gazetteer is
# built once into the user's data folder (WIRECODER_DATA_DIR to move it).
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test,postgresql]"
	$(BIN)/wirecoder gazetteer build
	touch $(STAMP)

demo: install
	$(BIN)/wirecoder process examples --db wirecoder.db
	$(BIN)/wirecoder events --db wirecoder.db

test: install
	$(BIN)/python -m pytest

eval: install
	$(BIN)/wirecoder eval all --json eval-results.json

bench: install
	$(BIN)/python bench/process_bench.py

clean:
	rm -rf $(VENV) wirecoder.db wirecoder.db-wal wirecoder.db-shm .pytest_cache test-artifacts
