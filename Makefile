# The README's two commands: `make run` and `make test`.
# Each creates .venv if missing and (re)installs only when pyproject.toml changed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ARGS ?=

.PHONY: run test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/studyapp $(ARGS)

# PYTHONDONTWRITEBYTECODE (set in some images) is cleared for the tests: with it, each of the two workers
# rewrites and compiles all 90 test modules on every run (6 of its 9 CPU seconds of collecting), and each
# studyapp subprocess a test starts compiles what it imports. The caches go to __pycache__ (git-ignored).
test: $(VENV)/.installed-test
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest $(ARGS)

# The performance suite beside Anki's engine (bench/README.md); under 10 minutes.
bench: $(VENV)/.installed-bench
	$(BIN)/python bench/run.py $(ARGS)

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
