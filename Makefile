# The portal in two commands: `make run` and `make test`. See README.md.
SHELL := /bin/bash
PY := .venv/bin/python
PORT ?= 8000
MANAGE := $(PY) manage.py
# Embedded defaults for the demo: debug pages, no two-factor requirement for the staff accounts.
RUN_ENV := DEBUG=1 MFA_VERPLICHT=0

.PHONY: help install styleguide run test test-e2e lint format worker beat messages lock audit bench clean

help:
	@echo "make run      start the portal on http://127.0.0.1:$(PORT) with demo data"
	@echo "make test     run the whole test suite"
	@echo "make lint     ruff, djlint, bandit"
	@echo "make worker   Celery worker (needs CELERY_BROKER_URL)   make beat   Celery beat"
	@echo "make messages update nl/en/fr translation files and compile them"
	@echo "make bench    load test on seeded PostgreSQL + Redis (gunicorn, wrk); BENCH_ARGS=\"--duur 5\""

.venv/.installed: requirements/dev.txt scripts/bootstrap.sh
	@bash scripts/bootstrap.sh requirements/dev.txt
	@touch $@

install: .venv/.installed

styleguide:
	@bash scripts/install_styleguide.sh

run: install styleguide
	@$(RUN_ENV) $(MANAGE) migrate --noinput -v 0
	@$(RUN_ENV) $(MANAGE) demo
	@echo "Portaal: http://127.0.0.1:$(PORT)/   backoffice: http://127.0.0.1:$(PORT)/admin/"
	@$(RUN_ENV) $(MANAGE) runserver 127.0.0.1:$(PORT)

test: install styleguide
	@$(PY) -m pytest $(PYTEST_ARGS)

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) -m djlint templates --lint
	$(PY) -m bandit -q -ll -c pyproject.toml -r gelijkekansen subsidies erkenning meldingen vrijwilligers signalen toegankelijkheid

format: install
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

worker: install
	.venv/bin/celery -A gelijkekansen worker --loglevel=INFO --concurrency=2

beat: install
	.venv/bin/celery -A gelijkekansen beat --loglevel=INFO --schedule=var/celerybeat-schedule

messages: install
	$(MANAGE) makemessages -l en -l fr --no-obsolete --ignore=.venv --ignore=static --ignore=var --ignore=tests
	$(MANAGE) compilemessages --ignore=.venv

lock:
	uv pip compile pyproject.toml --python-version 3.11 --generate-hashes -o requirements/prod.txt
	uv pip compile pyproject.toml --extra dev --python-version 3.11 --generate-hashes -o requirements/dev.txt

# Fails (exit 1) when the advisory database cannot be reached: an audit that did not run never passes.
audit: install
	$(PY) -m pip_audit --strict --require-hashes --disable-pip -r requirements/prod.txt

# Not part of `make test`: needs PostgreSQL and Redis on 127.0.0.1 and wrk (bench/README.md).
bench: install styleguide
	$(PY) bench/run.py $(BENCH_ARGS)

clean:
	rm -rf var/static .pytest_cache
