# The one entry point for people and CI alike.
#   make run   set up, load demo content and serve on http://127.0.0.1:8000 (SQLite)
#   make test  set up and run the whole suite on SQLite, then on a throwaway PostgreSQL

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PYTEST := $(VENV)/bin/pytest
export DJANGO_ALLOW_ASYNC_UNSAFE := true

.PHONY: run test test-sqlite test-postgres lint setup

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

setup: $(VENV)/.installed

run: setup
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py runserver 127.0.0.1:8000

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: setup lint
	$(PY) manage.py check --fail-level WARNING
	$(PY) manage.py makemigrations --check --dry-run
	$(MAKE) test-sqlite
	$(MAKE) test-postgres

test-sqlite: setup
	$(PYTEST) -p no:cacheprovider

# Without PostgreSQL on a developer's machine this says so and goes on; under CI=true a missing
# server fails the run.
test-postgres: setup
	@bin/with-postgres $(PYTEST) -p no:cacheprovider; status=$$?; \
	if [ $$status -eq 3 ] && [ "$$CI" != "true" ]; then \
	  echo "PostgreSQL is not installed: the PostgreSQL run was not made (apt-get install postgresql postgresql-contrib)."; \
	  exit 0; \
	fi; exit $$status
