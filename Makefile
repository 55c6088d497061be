# Everyday tasks. `make help` lists them.
.PHONY: help setup setup-test serve validate reason lint typecheck test test-matrix bench bench-load bench-queries fuzz

VENV := .venv/bin

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

setup:  ## install the package and the system packages the service needs (idempotent)
	./scripts/bootstrap.sh

setup-test:  ## also what the tests need: browsers, SPARQL servers, converters (idempotent)
	./scripts/bootstrap_test.sh

serve: setup  ## validate what will be served (the store in KG_DATA_DIR, else the shipped data), then serve it on http://127.0.0.1:8000
	$(VENV)/kg validate
	$(VENV)/kg serve

validate: setup  ## validate the shipped instances (shapes and error checks)
	$(VENV)/kg validate --files

reason: setup  ## OWL consistency check with HermiT
	$(VENV)/kg reason

lint: setup  ## ruff: the linter and the formatter's check
	$(VENV)/ruff check .
	$(VENV)/ruff format --check .

typecheck: setup  ## mypy over kg_service (configured in pyproject.toml), zero errors
	$(VENV)/mypy

test: setup-test  ## lint, format check, type check, then the whole suite with its coverage floor
	$(VENV)/ruff check .
	$(VENV)/ruff format --check .
	$(VENV)/mypy
	$(VENV)/pytest -q --cov=kg_service --cov-report=term:skip-covered

test-matrix: setup-test  ## only the engine matrix: every test run per store (embedded, Oxigraph server, Virtuoso)
	$(VENV)/pytest -q -k "embedded or oxigraph or virtuoso"

fuzz: setup-test  ## bounded schemathesis run: no 5xx, every answer as the OpenAPI description says
	./scripts/fuzz.sh

bench: setup  ## side-by-side speed measurements (benchmarks/)
	$(VENV)/python -m benchmarks.run --out benchmarks/results/latest.md
	$(VENV)/python -m benchmarks.pages --out benchmarks/results/pages.md
	$(VENV)/python -m benchmarks.workspace --out benchmarks/results/workspace.md
	$(VENV)/python -m benchmarks.status --out benchmarks/results/status.md

bench-load: setup-test  ## the service under load and attack beside the Oxigraph server (installs wrk, the load generator)
	bash -c 'source scripts/lib.sh && apt_install $$(missing_packages wrk)'
	$(VENV)/python -m benchmarks.load --out benchmarks/results/load-latest.md

bench-queries: setup  ## the stored queries rewritten for portability, before and after, on Oxigraph
	$(VENV)/python -m benchmarks.portable_queries --out benchmarks/results/portable-queries.md
