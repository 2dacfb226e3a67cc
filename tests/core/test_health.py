from django.urls import reverse


def test_health_is_200_als_alles_werkt(client, db):
    antwoord = client.get(reverse("core:health"))
    assert antwoord.status_code == 200
    gegevens = antwoord.json()
    assert gegevens["status"] == "ok"
    assert gegevens["database"] == "ok"
    assert gegevens["cache"] == "ok"
    assert gegevens["broker"].startswith("ok")


def test_health_is_503_als_de_cache_weg_is(client, db, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    antwoord = client.get(reverse("core:health"))
    assert antwoord.status_code == 503
    assert antwoord.json()["cache"].startswith("fout")


def test_health_is_503_als_de_broker_weg_is(client, db, settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    antwoord = client.get(reverse("core:health"))
    assert antwoord.status_code == 503
    assert antwoord.json()["broker"].startswith("fout")
