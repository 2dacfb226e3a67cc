"""The environment every bench process shares: the seeder, the in-process query count and gunicorn.

One dict, so the session cookie minted in-process is valid in gunicorn (same database, same
SECRET_KEY from var/) and what is measured is the full stack: PostgreSQL, Redis cache and broker.
"""

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent

DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/gelijkekansen_bench")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379")

OMGEVING: dict[str, str] = {
    "DJANGO_SETTINGS_MODULE": "gelijkekansen.settings",
    "DATABASE_URL": DATABASE_URL,
    # Separate Redis databases so a bench run never flushes or fills the developer's cache/queue.
    "CACHE_URL": f"{REDIS_URL}/13",
    "CELERY_BROKER_URL": f"{REDIS_URL}/12",
    "DEBUG": "0",
    "PORTAL_ENV": "development",
    "ALLOWED_HOSTS": "127.0.0.1",
    "BENCH_ENDPOINTS": "1",
    # Persistent connections as in .env.example (production), not a new connection per request.
    "DB_CONN_MAX_AGE": "60",
    "LOG_LEVEL": "WARNING",
    # The report form's limit per address: wrk sends every report from 127.0.0.1, and the bench
    # measures how many reports the portal takes, not the limit's refusal.
    "MELDINGEN_PER_UUR": "1000000000",
}


def database_aanmaken() -> bool:
    """Create the bench database when missing; True when it was created."""
    import psycopg
    from psycopg import sql

    deel = urlsplit(DATABASE_URL)
    naam = deel.path.lstrip("/")
    with psycopg.connect(
        host=deel.hostname,
        port=deel.port or 5432,
        user=deel.username,
        password=deel.password,
        dbname="postgres",
        autocommit=True,
    ) as verbinding:
        if verbinding.execute("SELECT 1 FROM pg_database WHERE datname = %s", [naam]).fetchone():
            return False
        verbinding.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(naam)))
        return True


def django_starten() -> None:
    """Point Django at the bench database, create and migrate it."""
    os.environ.update(OMGEVING)
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    if database_aanmaken():
        print(f"bench: database {DATABASE_URL.rsplit('/', 1)[-1]} aangemaakt")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)
