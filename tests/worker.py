"""A real Celery worker process on the test database, for tests marked ``worker``.

Runs only in the full-stack pass (PostgreSQL + Redis): the worker is a separate process, so it
must reach the same database the test committed to, which an in-memory SQLite cannot offer.
"""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.db import connection

from gelijkekansen.celery import app as celery_app

LOGS = Path(os.environ.get("TEST_ARTIFACTS", "var/test-artifacts"))


def _test_database_url() -> str:
    delen = urlsplit(os.environ["DATABASE_URL"])
    return urlunsplit(delen._replace(path="/" + connection.settings_dict["NAME"]))


@pytest.fixture
def echte_worker(transactional_db, worker_omgeving):
    # In the full-stack pass (FULL_STACK=1) a missing broker or database is an error, not a skip.
    overslaan = pytest.fail if os.environ.get("FULL_STACK") else pytest.skip
    if not os.environ.get("CELERY_BROKER_URL"):
        overslaan("needs CELERY_BROKER_URL: runs in the full-stack pass of .ci/run")
    if connection.vendor == "sqlite":
        overslaan("needs PostgreSQL: a worker process cannot share an in-memory SQLite database")
    wachtrij = f"test-{uuid.uuid4().hex[:10]}"
    LOGS.mkdir(parents=True, exist_ok=True)
    log = LOGS / f"celery-{wachtrij}.log"
    proces = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "gelijkekansen",
            "worker",
            "-Q",
            wachtrij,
            "--pool=solo",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "-l",
            "INFO",
            f"--logfile={log}",
        ],
        env={**os.environ, "DATABASE_URL": _test_database_url(), **worker_omgeving},
    )
    _wacht_tot_klaar(proces, log)
    vorige = celery_app.conf.task_always_eager, celery_app.conf.task_default_queue
    celery_app.conf.task_always_eager = False
    celery_app.conf.task_default_queue = wachtrij
    yield proces
    celery_app.conf.task_always_eager, celery_app.conf.task_default_queue = vorige
    proces.terminate()
    proces.wait(timeout=20)


def _wacht_tot_klaar(proces: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    grens = time.monotonic() + timeout
    while time.monotonic() < grens:
        if proces.poll() is not None:
            raise RuntimeError(f"Celery worker stopped early, see {log}")
        if log.exists() and "ready." in log.read_text():
            return
        time.sleep(0.3)
    proces.kill()
    raise RuntimeError(f"Celery worker not ready after {timeout}s, see {log}")
