"""Configuration comes from the environment and fails loudly, naming the variable."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from gelijkekansen import env

ROOT = Path(__file__).resolve().parents[2]

PRODUCTIE = {
    "PORTAL_ENV": "production",
    "SECRET_KEY": "k" * 20 + "Xy7#mQ2$vL9@pR4!wZ6^tB8&nC3*hF5%jD1(gK0)sA",
    "FIELD_ENCRYPTION_KEY": Fernet.generate_key().decode(),
    "ALLOWED_HOSTS": "gelijkekansen.stad.gent",
    "DATABASE_URL": "postgres://portaal@db.invalid/portaal",
    "EMAIL_HOST": "smtp.invalid",
    "CACHE_URL": "redis://redis.invalid:6379/1",
    "CELERY_BROKER_URL": "redis://redis.invalid:6379/0",
    "SEPA_NAAM": "Stad Gent",
    "SEPA_IBAN": "BE71 0961 2345 6769",
    "SEPA_BIC": "GKCCBEBB",
}


def _django(args: list[str], extra_env: dict) -> subprocess.CompletedProcess:
    # A clean environment: no production values of this run, no test-only switches such as
    # DJANGO_ALLOW_ASYNC_UNSAFE (set for the browser tests).
    weg = {*PRODUCTIE, "DJANGO_ALLOW_ASYNC_UNSAFE"}
    schoon = {k: v for k, v in os.environ.items() if k not in weg and not k.startswith("CELERY")}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**schoon, **extra_env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_deploy_is_schoon_in_productie():
    resultaat = _django(["check", "--deploy", "--fail-level", "WARNING"], PRODUCTIE)
    assert resultaat.returncode == 0, resultaat.stderr + resultaat.stdout
    assert "no issues" in resultaat.stdout


@pytest.mark.parametrize(
    "ontbrekend",
    [
        "SECRET_KEY",
        "FIELD_ENCRYPTION_KEY",
        "ALLOWED_HOSTS",
        "DATABASE_URL",
        "EMAIL_HOST",
        "CACHE_URL",
        "CELERY_BROKER_URL",
        "SEPA_NAAM",
        "SEPA_IBAN",
        "SEPA_BIC",
    ],
)
def test_productie_start_niet_zonder_geheim(ontbrekend):
    omgeving = {k: v for k, v in PRODUCTIE.items() if k != ontbrekend}
    resultaat = _django(["check"], omgeving)
    assert resultaat.returncode != 0
    assert f"Environment variable {ontbrekend} is required" in resultaat.stderr


@pytest.mark.parametrize(
    ("variabele", "waarde", "melding"),
    [
        ("SEPA_IBAN", "BE00 1234 5678 9012", "SEPA_IBAN must be a valid IBAN"),
        ("SEPA_BIC", "GENT", "SEPA_BIC must be a valid BIC"),
    ],
)
def test_productie_weigert_een_foute_debiteurrekening(variabele, waarde, melding):
    resultaat = _django(["check"], {**PRODUCTIE, variabele: waarde})
    assert resultaat.returncode != 0
    assert melding in resultaat.stderr


def test_productie_gebruikt_gedeelde_cache_broker_en_de_rekening_van_de_stad():
    code = (
        "from django.conf import settings as s; "
        "print(s.CACHES['default']['BACKEND'], s.CELERY_TASK_ALWAYS_EAGER, s.SEPA_OPDRACHTGEVER['iban'])"
    )
    resultaat = _django(["shell", "-c", code], PRODUCTIE)
    assert resultaat.stdout.split()[-3:] == [
        "django.core.cache.backends.redis.RedisCache",
        "False",
        "BE71096123456769",
    ], resultaat.stderr


def test_ontwikkeling_heeft_nog_steeds_niets_nodig():
    code = "from django.conf import settings as s; print(s.CELERY_TASK_ALWAYS_EAGER, s.SEPA_OPDRACHTGEVER['bic'])"
    weg = {"CACHE_URL", "CELERY_BROKER_URL", "EMAIL_HOST", "SEPA_NAAM", "SEPA_IBAN", "SEPA_BIC"}
    resultaat = _django(["shell", "-c", code], dict.fromkeys(weg, ""))
    assert resultaat.stdout.split()[-2:] == ["True", "GKCCBEBB"], resultaat.stderr


def test_foute_waarde_noemt_de_variabele():
    resultaat = _django(["check"], {"DEBUG": "misschien"})
    assert resultaat.returncode != 0
    assert "DEBUG must be a boolean" in resultaat.stderr


def test_file_variant_leest_geheim_uit_bestand(tmp_path, monkeypatch):
    geheim = tmp_path / "geheim"
    geheim.write_text("uit-een-bestand\n")
    monkeypatch.setenv("TEST_GEHEIM_FILE", str(geheim))
    assert env.env_str("TEST_GEHEIM") == "uit-een-bestand"


def test_file_variant_die_niet_bestaat_noemt_de_variabele(monkeypatch):
    monkeypatch.setenv("TEST_GEHEIM_FILE", "/bestaat/niet")
    with pytest.raises(ImproperlyConfigured, match="TEST_GEHEIM_FILE"):
        env.env_str("TEST_GEHEIM")


def test_lijst_en_getal(monkeypatch):
    monkeypatch.setenv("TEST_LIJST", "a.gent, b.gent,")
    monkeypatch.setenv("TEST_GETAL", "twaalf")
    assert env.env_list("TEST_LIJST") == ["a.gent", "b.gent"]
    with pytest.raises(ImproperlyConfigured, match="TEST_GETAL must be an integer"):
        env.env_int("TEST_GETAL")


def test_database_volgt_database_url(db):
    verwacht = "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite"
    assert connection.vendor == verwacht


def test_stadslogin_komt_uit_de_omgeving():
    code = (
        "from django.conf import settings as s; "
        "app = s.SOCIALACCOUNT_PROVIDERS['openid_connect']['APPS'][0]; "
        "print(app['provider_id'], app['client_id'], app['settings']['server_url'])"
    )
    oidc = {
        "OIDC_SERVER_URL": "https://login.example.org",
        "OIDC_CLIENT_ID": "portaal",
        "OIDC_CLIENT_SECRET": "x",
    }
    resultaat = _django(["shell", "-c", code], oidc)
    assert resultaat.stdout.split()[-3:] == ["gent", "portaal", "https://login.example.org"]
    zonder_geheim = _django(["check"], {k: v for k, v in oidc.items() if k != "OIDC_CLIENT_SECRET"})
    assert "OIDC_CLIENT_SECRET is required" in zonder_geheim.stderr


def test_de_build_van_het_image_heeft_elke_verplichte_productievariabele():
    """The Dockerfile runs collectstatic with PORTAL_ENV=production and placeholder values: a newly
    required variable must be added there too, or `docker build` breaks."""
    import re
    import shlex

    tekst = (ROOT / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    stap = next(regel for regel in tekst.splitlines() if "collectstatic" in regel)
    woorden = shlex.split(stap[stap.index("PORTAL_ENV=") :])
    build_env = dict(w.split("=", 1) for w in woorden if re.match(r"^[A-Z_]+=", w))
    build_env["STATIC_ROOT"] = str(ROOT / "var" / "build-static-test")
    resultaat = _django(["check"], build_env)
    assert resultaat.returncode == 0, resultaat.stderr + resultaat.stdout


# --- Web processes that scale out: sessions and private files are shared, never per process ------

TOON_OPSLAG = (
    "from django.conf import settings as s; p = s.STORAGES['private']; o = p.get('OPTIONS', {}); "
    "print(s.SESSION_ENGINE, p['BACKEND'], o.get('bucket_name'), o.get('endpoint_url'), "
    "o.get('default_acl'), o.get('querystring_auth'), o.get('file_overwrite'), o.get('custom_domain'))"
)
GEEN_S3 = {"STORAGE_S3_BUCKET": "", "AWS_STORAGE_BUCKET_NAME": ""}  # not even from this run's env


def test_met_gedeelde_cache_staan_sessies_in_redis_en_bestanden_lokaal_tenzij_s3():
    resultaat = _django(["shell", "-c", TOON_OPSLAG], {**PRODUCTIE, **GEEN_S3})
    assert resultaat.stdout.split()[-8:-6] == [
        "django.contrib.sessions.backends.cached_db",
        "django.core.files.storage.FileSystemStorage",
    ], resultaat.stderr


def test_ingebed_blijven_sessies_in_de_database():
    # The embedded cache is local memory, one per process: a session there would be lost.
    resultaat = _django(["shell", "-c", TOON_OPSLAG], {"CACHE_URL": "", **GEEN_S3})
    assert resultaat.stdout.split()[-8:-6] == [
        "django.contrib.sessions.backends.db",
        "django.core.files.storage.FileSystemStorage",
    ], resultaat.stderr


@pytest.mark.parametrize("bucket_variabele", ["STORAGE_S3_BUCKET", "AWS_STORAGE_BUCKET_NAME"])
def test_prive_bestanden_op_s3_zonder_publieke_urls(bucket_variabele):
    s3 = {
        **GEEN_S3,
        bucket_variabele: "gk-prive",
        "AWS_S3_ENDPOINT_URL": "https://s3.stad.invalid",
        "AWS_ACCESS_KEY_ID": "portaal",
        "AWS_SECRET_ACCESS_KEY": "geheim",
    }
    resultaat = _django(["shell", "-c", TOON_OPSLAG], {**PRODUCTIE, **s3})
    assert resultaat.stdout.split()[-7:] == [
        "storages.backends.s3.S3Storage",
        "gk-prive",
        "https://s3.stad.invalid",
        "private",
        "True",
        "False",
        "None",
    ], resultaat.stderr
    deploy = _django(["check", "--deploy", "--fail-level", "WARNING"], {**PRODUCTIE, **s3})
    assert deploy.returncode == 0, deploy.stderr + deploy.stdout


def test_sessie_in_de_gedeelde_cache_verloopt_na_de_inactiviteitstermijn(client, burger):
    """With cached_db the idle timeout is the session's time to live in Redis (renewed by every
    request, SESSION_SAVE_EVERY_REQUEST) and its expire_date in the database behind it."""
    import datetime as dt

    import time_machine
    from django.conf import settings
    from django.contrib.sessions.backends.cached_db import KEY_PREFIX
    from django.contrib.sessions.models import Session
    from django.core.cache import cache
    from django.urls import reverse

    if settings.SESSION_ENGINE != "django.contrib.sessions.backends.cached_db":
        pytest.skip("needs CACHE_URL (Redis): runs in the full-stack pass")
    import redis

    client.force_login(burger)
    assert client.get(reverse("accounts:mijn")).status_code == 200
    sleutel = client.cookies[settings.SESSION_COOKIE_NAME].value
    ttl = redis.Redis.from_url(settings.CACHE_URL).ttl(cache.make_and_validate_key(KEY_PREFIX + sleutel))
    assert settings.SESSION_COOKIE_AGE - 60 < ttl <= settings.SESSION_COOKIE_AGE
    assert Session.objects.filter(session_key=sleutel).exists()  # written through: survives a flush
    cache.clear()
    assert client.get(reverse("accounts:mijn")).status_code == 200
    # Redis forgets the session in real time; time_machine cannot move that clock, so the test
    # forgets it too: the database copy behind it has expired as well.
    later = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=settings.SESSION_COOKIE_AGE + 60)
    with time_machine.travel(later, tick=False):
        cache.clear()
        assert client.get(reverse("accounts:mijn")).status_code == 302


def test_zonder_redis_delen_alle_processen_de_cache(tmp_path):
    """Lock-out counters and used two-factor codes live in the cache: without CACHE_URL, a second
    process on the same machine (another runserver, a worker) must see what the first wrote."""
    omgeving = {"VAR_DIR": str(tmp_path)}
    schrijf = _django(
        ["shell", "-c", "from django.core.cache import cache; cache.set('slot', 'dicht', 60)"], omgeving
    )
    assert schrijf.returncode == 0, schrijf.stderr
    lees = _django(["shell", "-c", "from django.core.cache import cache; print(cache.get('slot'))"], omgeving)
    assert lees.stdout.strip().endswith("dicht"), lees.stdout + lees.stderr
