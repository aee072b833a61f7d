# Tradewind: `make run` serves the demo portal, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 5000
export PORT
# Test processes (pytest-xdist): CI has two cores. Whole files go to one process, so a
# module's demo portal is built once; on PostgreSQL each process has its own database.
TEST_WORKERS ?= 2
PYTEST := $(BIN)/python -m pytest -q -p no:cacheprovider -n $(TEST_WORKERS) --dist loadfile

.PHONY: run test check test-postgres translations messages bench clean

$(BIN)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(BIN)/.installed-dev: requirements-dev.txt $(BIN)/.installed
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

# Compiled catalogues (.mo) are build products, made from the .po files we keep in git.
translations: $(BIN)/.installed
	$(BIN)/pybabel compile --statistics -d translations 2>&1 | grep -v '^$$' || true

# The portal on 127.0.0.1:$(PORT) and, beside it, a demo partner portal on PORT+1 (both
# stop on one Ctrl-C). With TRADEWIND_DEMO=0 or your own TRADEWIND_PARTNERS file, only the
# portal: db upgrade, demo load --if-enabled, gunicorn. See marketplace/demo/network.py.
run: $(BIN)/.installed translations
	$(BIN)/python -m marketplace.demo.network

# Lint, type and package-layer checks first (seconds), then the whole suite.
check: $(BIN)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m tools.dependencies --strict --quiet

test: $(BIN)/.installed-dev translations check
	$(PYTEST)

# The same suite against PostgreSQL (used by .ci/run; needs a server on 127.0.0.1:5432).
test-postgres: $(BIN)/.installed-dev translations
	TRADEWIND_TEST_DATABASE_URL=$${TRADEWIND_TEST_DATABASE_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/test} \
		$(PYTEST)

# Re-extract messages after changing user-facing text, then translate translations/ko.
messages: $(BIN)/.installed
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_ngettext:1,2 -o translations/messages.pot --no-location --sort-output .
	$(BIN)/pybabel update -i translations/messages.pot -d translations --no-fuzzy-matching

clean:
	rm -rf $(VENV) var
