"""State of the parts the portal needs, for load balancers and monitoring."""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection


def database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def cache_status() -> str:
    sleutel, waarde = f"health:{uuid.uuid4().hex}", "ok"
    cache.set(sleutel, waarde, 10)
    if cache.get(sleutel) != waarde:
        raise RuntimeError("cache returned another value")
    cache.delete(sleutel)
    return "ok"


def broker() -> str:
    if not settings.CELERY_BROKER_URL:
        return "ok (taken in-process)"
    from gelijkekansen.celery import app

    with app.connection_for_write(settings.CELERY_BROKER_URL) as verbinding:
        verbinding.ensure_connection(max_retries=1, timeout=2)
    return "ok"


CONTROLES = {"database": database, "cache": cache_status, "broker": broker}


def controleer() -> tuple[bool, dict[str, str]]:
    resultaten, gezond = {}, True
    for naam, controle in CONTROLES.items():
        try:
            resultaten[naam] = controle()
        except Exception as exc:  # any failure of a dependency is a health finding, not a crash
            gezond = False
            resultaten[naam] = f"fout: {type(exc).__name__}"
    return gezond, resultaten
