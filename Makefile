# The one entry point for people and CI alike.
#   make run   set up, load demo content and serve on http://127.0.0.1:8000 (SQLite)
#   make test  set up and run the whole suite on SQLite, then on a throwaway PostgreSQL, then
#              the production topology's end-to-end and fault tests (make test-topology)

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PYTEST := $(VENV)/bin/pytest
export DJANGO_ALLOW_ASYNC_UNSAFE := true

.PHONY: run test test-sqlite test-postgres test-topology lint setup

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,production]'
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
	$(MAKE) test-topology

test-sqlite: setup
	$(PYTEST) -p no:cacheprovider -m "not replica"

# Without PostgreSQL on a developer's machine this says so and goes on; under CI=true a missing
# server fails the run.
# The read-replica router's tests run once more against a streaming replica of the server.
test-postgres: setup
	@bin/with-postgres $(PYTEST) -p no:cacheprovider -m "not replica"; status=$$?; \
	if [ $$status -eq 3 ] && [ "$$CI" != "true" ]; then \
	  echo "PostgreSQL is not installed: the PostgreSQL run was not made (apt-get install postgresql postgresql-contrib)."; \
	  exit 0; \
	fi; [ $$status -eq 0 ] || exit $$status; \
	WITH_REPLICA=1 bin/with-postgres $(PYTEST) -p no:cacheprovider -m replica tests/test_db_router.py

# docker-compose.yml's topology as local processes from Debian's packages, started from the
# compose file's own settings (deploy/topology.py): PostgreSQL with a streaming replica, Redis,
# gunicorn and nginx; then the end-to-end test in Chromium and the fault tests through nginx.
# pyproject.toml's addopts keep tests/topology out of the two runs above. Without the servers on
# a developer's machine its tests say what to install and are skipped; under CI=true they fail.
test-topology: setup
	$(PYTEST) -p no:cacheprovider tests/topology
