# Two entry points for a machine that has only Python 3.11+ and make:
#   make run   - set up .venv and open the app
#   make test  - set up .venv with test tools, lint, run the whole suite headless
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint demo bundle bundle-check translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.app-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.app-installed

run: $(VENV)/.app-installed
	$(BIN)/facilitator

# The same checks a contributor's pre-commit hook runs (ruff, ruff format, mypy), then the suite.
test: $(VENV)/.test-installed
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/pre-commit run --all-files --show-diff-on-failure
	$(BIN)/python -m pytest -n auto --dist loadfile --cov=facilitator --cov-branch --cov-report=term:skip-covered
	@echo "Coverage of ui/ (statements and branches): $$($(BIN)/coverage report --include='facilitator/ui/*' --format=total)%"

lint: $(VENV)/.test-installed
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/pre-commit run --all-files --show-diff-on-failure

demo: $(VENV)/.app-installed
	$(BIN)/facilitator demo

$(VENV)/.bundle-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	touch $@

# The one-folder app in dist/Facilitator (PyInstaller, see build.spec).
bundle: $(VENV)/.bundle-installed
	$(BIN)/pyinstaller --noconfirm --clean build.spec

# Build the bundle and run it headless: --version, demo, export (PDF and e-mail draft).
bundle-check: bundle
	$(BIN)/python scripts/check_bundle.py dist/Facilitator

# Refresh the .ts sources from the code and compile the .qm files the app loads.
translations: $(VENV)/.app-installed
	$(BIN)/pyside6-lupdate -no-obsolete $$(find facilitator -name "*.py" | sort) -ts resources/translations/facilitator_nb.ts
	$(BIN)/pyside6-lrelease resources/translations/facilitator_nb.ts -qm resources/translations/facilitator_nb.qm
	# English is the source language: its catalogue holds only the plural forms.
	$(BIN)/pyside6-lupdate -pluralonly -target-language en -no-obsolete $$(find facilitator -name "*.py" | sort) -ts resources/translations/facilitator_en.ts
	$(BIN)/pyside6-lrelease resources/translations/facilitator_en.ts -qm resources/translations/facilitator_en.qm

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
