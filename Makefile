# Everyday tasks. `make help` lists them.
.PHONY: help setup setup-test serve validate reason lint test bench

VENV := .venv/bin

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

setup:  ## install the package and the system packages the service needs (idempotent)
	./scripts/bootstrap.sh

setup-test:  ## also what the tests need: browsers, SPARQL servers, converters (idempotent)
	./scripts/bootstrap_test.sh

serve: setup  ## validate the shipped data, then serve it on http://127.0.0.1:8000
	$(VENV)/kg validate
	$(VENV)/kg serve

validate: setup  ## SHACL-validate the shipped instances
	$(VENV)/kg validate

reason: setup  ## OWL consistency check with HermiT
	$(VENV)/kg reason

lint: setup  ## ruff
	$(VENV)/ruff check .

test: setup-test  ## lint, then the whole test suite
	$(VENV)/ruff check .
	$(VENV)/pytest -q

bench: setup  ## side-by-side speed measurements (benchmarks/)
	$(VENV)/python -m benchmarks.run --out benchmarks/results/latest.md
