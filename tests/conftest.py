"""Personas and shared fixtures. Every test runs against the real database of the run
(SQLite by default, PostgreSQL when DATABASE_URL is set)."""

import pytest
from django.core.cache import cache, caches

from gelijkekansen.celery import app as celery_app
from tests.factories import UserFactory


@pytest.fixture(scope="session")
def _cachemap(tmp_path_factory) -> str:
    return str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(autouse=True)
def _snelle_wachtwoorden_en_taken_in_proces(settings, _cachemap):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # The embedded default keeps the cache in files under var/ (shared by the processes of one
    # machine): a test run gets a folder of its own, so a dev server or a second run is untouched.
    if settings.CACHES["default"]["BACKEND"].endswith("FileBasedCache"):
        settings.CACHES = {
            "default": {**settings.CACHES["default"], "LOCATION": _cachemap},
            "publiek": {**settings.CACHES["publiek"], "LOCATION": f"{_cachemap}/publiek"},
        }
    # Rate-limit counters and public fragments live in the cache (Redis in the full-stack pass):
    # start every test clean.
    cache.clear()
    caches["publiek"].clear()
    # Tasks run in-process unless a test asks for the real worker (fixture celery_worker).
    eager = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = eager


@pytest.fixture
def burger(db):
    return UserFactory(email="burger@example.org", naam="Amina El Idrissi")


@pytest.fixture
def andere_burger(db):
    return UserFactory(email="burger2@example.org", naam="Pieter De Smet")


@pytest.fixture
def behandelaar(db):
    return UserFactory(
        email="behandelaar@example.org", is_staff=True, rollen=["dossierbehandelaar-subsidies"]
    )


@pytest.fixture
def meldpunt_medewerker(db):
    return UserFactory(email="meldpunt@example.org", is_staff=True, rollen=["meldpunt"])


@pytest.fixture
def jurylid(db):
    return UserFactory(email="jury@example.org", rollen=["jury"])


@pytest.fixture
def adviesraad_lid(db):
    return UserFactory(email="adviesraad@example.org", rollen=["adviesraad"])


@pytest.fixture
def beheerder(db):
    return UserFactory(email="admin@example.org", is_staff=True, is_superuser=True)


@pytest.fixture(autouse=True)
def _tweestapsverificatie_alleen_in_mfa_tests(request, settings):
    # Most tests log staff in with force_login, which records no second factor: the two-factor
    # rule would end those sessions. It runs for real in tests marked @pytest.mark.mfa.
    if request.node.get_closest_marker("mfa") is None:
        settings.MFA_VERPLICHT = False


@pytest.fixture
def worker_omgeving() -> dict:
    """Extra environment for a real worker process (tests/worker.py); a test module overrides it."""
    return {}
