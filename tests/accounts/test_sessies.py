"""How long a login lasts, and what asks for the password again."""

import datetime as dt

import time_machine
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.urls import reverse

from tests.accounts.hulp import aanmelden
from tests.factories import WACHTWOORD

BEGIN = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)


def test_sessiesleutel_wisselt_bij_aanmelden(client, burger):
    voor = client.session.session_key  # an anonymous session, as a visitor has one
    aanmelden(client, burger.email)
    na = client.cookies["sessionid"].value
    assert na != voor
    assert not Session.objects.filter(session_key=voor).exists()


def test_gedeactiveerd_account_verliest_zijn_sessies(client, burger):
    # The authentication backends refuse inactive users on every request, not only at login.
    aanmelden(client, burger.email)
    assert client.get(reverse("accounts:mijn")).status_code == 200
    burger.is_active = False
    burger.save(update_fields=["is_active"])
    antwoord = client.get(reverse("accounts:mijn"))
    assert antwoord.status_code == 302
    assert antwoord.wsgi_request.user.is_anonymous


def test_sessie_eindigt_na_maximale_duur_hoe_actief_ook(client, burger, settings):
    settings.SESSIE_MAX_UREN = 10
    with time_machine.travel(BEGIN, tick=False) as reis:
        aanmelden(client, burger.email)
        # Busy all day: a request every 20 minutes keeps the idle timeout away.
        for _ in range(29):
            reis.shift(dt.timedelta(minutes=20))
            assert client.get(reverse("accounts:mijn")).status_code == 200
        reis.shift(dt.timedelta(minutes=21))  # 10 hours and 1 minute after the login
        antwoord = client.get(reverse("accounts:mijn"))
    assert antwoord.status_code == 302
    assert antwoord.url.startswith(reverse("account_login"))
    assert antwoord.wsgi_request.user.is_anonymous


def test_inactieve_sessie_eindigt_na_de_inactiviteitstermijn(client, burger, settings):
    with time_machine.travel(BEGIN, tick=False) as reis:
        aanmelden(client, burger.email)
        reis.shift(dt.timedelta(seconds=settings.SESSION_COOKIE_AGE + 60))
        # Redis expires the cached copy in real time, not on the travelled clock: drop it, as the
        # expiry would have (tests/core/test_settings.py checks that Redis gets that expiry).
        cache.clear()
        assert client.get(reverse("accounts:mijn")).status_code == 302


def test_nieuwe_aanmelding_start_de_klok_opnieuw(client, burger):
    with time_machine.travel(BEGIN, tick=False) as reis:
        aanmelden(client, burger.email)
        reis.shift(dt.timedelta(hours=9))
        client.post(reverse("account_logout"))
        aanmelden(client, burger.email)
        reis.shift(dt.timedelta(minutes=20))
        assert client.get(reverse("accounts:mijn")).status_code == 200


def test_e_mailadres_toevoegen_vraagt_het_wachtwoord_opnieuw(client, burger):
    with time_machine.travel(BEGIN, tick=False) as reis:
        aanmelden(client, burger.email)
        reis.shift(dt.timedelta(minutes=20))
        gegevens = {"action_add": "", "email": "nieuw-adres@example.org"}
        antwoord = client.post(reverse("account_email"), gegevens)
        assert antwoord.url.startswith(reverse("account_reauthenticate"))
        assert not burger.emailaddress_set.filter(email="nieuw-adres@example.org").exists()

        client.post(reverse("account_reauthenticate"), {"password": WACHTWOORD})
        client.post(reverse("account_email"), gegevens)
        assert burger.emailaddress_set.filter(email="nieuw-adres@example.org").exists()


def test_wachtwoord_wijzigen_vraagt_het_huidige_wachtwoord(client, burger):
    aanmelden(client, burger.email)
    nieuw = "Een-Ander-Wachtwoord-2026"
    antwoord = client.post(
        reverse("account_change_password"),
        {"oldpassword": "niet-het-wachtwoord", "password1": nieuw, "password2": nieuw},
    )
    assert antwoord.status_code == 200
    burger.refresh_from_db()
    assert burger.check_password(WACHTWOORD)


def test_een_actieve_sessie_wordt_hoogstens_eens_per_minuut_verlengd(client, burger, settings):
    """Every request of a signed-in person keeps the session alive, but only a request a minute
    after the last extension writes it: a busy page costs no database write per request."""
    with time_machine.travel(BEGIN, tick=False) as reis:
        aanmelden(client, burger.email)
        sleutel = client.cookies[settings.SESSION_COOKIE_NAME].value
        verloopt = Session.objects.get(session_key=sleutel).expire_date
        reis.shift(dt.timedelta(seconds=30))
        assert client.get(reverse("accounts:mijn")).status_code == 200
        assert Session.objects.get(session_key=sleutel).expire_date == verloopt  # not written
        reis.shift(dt.timedelta(seconds=31))
        assert client.get(reverse("accounts:mijn")).status_code == 200
        assert Session.objects.get(session_key=sleutel).expire_date == verloopt + dt.timedelta(seconds=61)


def test_een_bezoeker_zonder_sessie_krijgt_er_geen(client, db):
    client.get("/")
    assert not Session.objects.exists()
