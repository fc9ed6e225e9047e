# Claimdesk: `make run` serves the app, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app webapp
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: run test test-postgres test-browser bench lint install install-test clean-venv

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install --quiet -e '.[test,dev,bench,server]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

run: install
	$(FLASK) db upgrade
	$(FLASK) seed
	@# The job worker (imports, feed polls) runs beside the app, in the same process group;
	@# when the app ends (Ctrl-C), the trap stops the worker too.
	$(FLASK) worker --workers 2 & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(FLASK) run --host $(HOST) --port $(PORT)

# One worker per core (pytest-xdist); the browser tests share one worker and one Chromium.
PYTEST_PARALLEL ?= -n auto --dist loadgroup

test: install-test
	$(BIN)/python -m pytest -q $(PYTEST_PARALLEL)

bench: install-test
	$(BIN)/python bench/run_all.py

lint: install-test
	$(BIN)/ruff check webapp tests bench scripts
