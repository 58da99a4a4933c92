# Reconnect: `make run` starts the app, `make test` runs every test.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
RECONNECT_DATA_DIR ?= $(CURDIR)/var
export PORT RECONNECT_DATA_DIR

.PHONY: install run demo test test-fast check browser clean benchmark

$(BIN)/reconnect: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	@touch $@

install: $(BIN)/reconnect

run: install
	$(BIN)/reconnect serve --port $(PORT)

demo: install
	$(BIN)/reconnect migrate --verbosity 0
	$(BIN)/reconnect demo

# Debian's Chromium drives the browser tests (Playwright can't download its own here).
browser:
	@command -v /usr/bin/chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else echo "Browser tests need Debian's chromium: sudo apt-get install chromium" >&2; exit 1; fi; }

test: install browser
	$(BIN)/pytest

test-fast: install
	$(BIN)/pytest -m "not browser"

check: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy reconnect

benchmark: install
	$(BIN)/python benchmarks/analysis.py

clean:
	rm -rf $(VENV) var/screenshots
