# make run: start the program on the built-in plan and demo data.
# make test: install everything (system packages, .venv, the package) and run the checks.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := .demo/lak-demo.sqlite

.PHONY: run test system venv lint demo-db

system:
	@bash build/setup-system.sh

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

venv: $(BIN)/.installed

$(DEMO_DB): | venv
	mkdir -p .demo
	$(BIN)/lak --db $(DEMO_DB) demo

demo-db: $(DEMO_DB)

run: system venv demo-db
	$(BIN)/lak --db $(DEMO_DB) attainment --year 2022

lint: venv
	$(BIN)/ruff check lak_desktop tests benchmarks
	$(BIN)/ruff format --check lak_desktop tests benchmarks

test: system venv lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q
