"""One login for the whole portal (allauth), locked per account, with the client address read
through our own proxies only."""

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from gelijkekansen.core.models import AuditEvent
from gelijkekansen.core.models.audit import AuditActie
from tests.accounts.hulp import aanmelden, totp_instellen
from tests.factories import WACHTWOORD, UserFactory

FOUT = "Verkeerd-Wachtwoord-99"


# --- One login ------------------------------------------------------------------------------------


def test_admin_login_stuurt_naar_de_ene_aanmelding(client, db):
    antwoord = client.get("/admin/login/?next=/admin/")
    assert antwoord.status_code == 302
    assert antwoord.url == "/accounts/login/?next=/admin/"


def test_admin_login_volgt_geen_vreemde_next(client, db):
    antwoord = client.get("/admin/login/", {"next": "https://elders.example/"})
    assert antwoord.url == "/accounts/login/?next=/admin/"


@pytest.mark.mfa
def test_wachtwoord_op_admin_login_meldt_niet_aan(client, behandelaar):
    # With TOTP enrolled, Django's own admin form used to open /admin/ on the password alone.
    totp_instellen(behandelaar)
    antwoord = client.post(
        "/admin/login/?next=/admin/", {"username": behandelaar.email, "password": WACHTWOORD}
    )
    assert antwoord.url == "/accounts/login/?next=/admin/"
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


def test_aangemelde_medewerker_gaat_van_admin_login_naar_de_backoffice(client, behandelaar):
    aanmelden(client, behandelaar.email)
    antwoord = client.get("/admin/login/?next=/admin/core/organisatie/")
    assert antwoord.url == "/admin/core/organisatie/"


def test_afmelden_in_de_backoffice_gaat_via_allauth(client, behandelaar):
    aanmelden(client, behandelaar.email)
    antwoord = client.post("/admin/logout/")
    assert antwoord.url == reverse("core:home")
    assert "_auth_user_id" not in client.session
    assert AuditEvent.objects.filter(wat=AuditActie.AFGEMELD, wie=behandelaar).exists()


# --- Lock-out per account ---------------------------------------------------------------------------


def _vijf_keer_fout(client, email: str) -> None:
    for _ in range(5):
        antwoord = aanmelden(client, email, FOUT)
        assert antwoord.status_code == 200


def test_vijf_foute_wachtwoorden_blokkeren_het_account_niet_het_adres(client, burger, andere_burger):
    _vijf_keer_fout(client, burger.email)

    antwoord = aanmelden(client, burger.email)  # the right password, refused all the same
    assert antwoord.status_code == 200
    assert "_auth_user_id" not in client.session

    antwoord = aanmelden(client, andere_burger.email)  # same address, other account
    assert antwoord.url == reverse("accounts:mijn")


def test_blokkering_geldt_ook_voor_andere_schrijfwijze_van_het_adres(client, burger):
    _vijf_keer_fout(client, burger.email)
    assert aanmelden(client, burger.email.upper()).status_code == 200


def test_blokkering_duurt_een_kwartier(client, burger):
    with time_machine.travel(dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC), tick=False) as reis:
        _vijf_keer_fout(client, burger.email)
        reis.shift(dt.timedelta(minutes=14))
        assert aanmelden(client, burger.email).status_code == 200
        reis.shift(dt.timedelta(minutes=2))
        assert aanmelden(client, burger.email).url == reverse("accounts:mijn")


def test_een_adres_dat_veel_accounts_probeert_wordt_afgeremd(client, db):
    # Password spraying: one try on many accounts, each with another forged X-Forwarded-For. Spread
    # over minutes, as allauth also caps the number of login requests per address per minute.
    slachtoffers = UserFactory.create_batch(51)
    with time_machine.travel(dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC), tick=False) as reis:
        for i, slachtoffer in enumerate(slachtoffers[:50]):
            if i % 20 == 19:
                reis.shift(dt.timedelta(minutes=1, seconds=1))
            vervalst = f"203.0.113.{i}"
            assert (
                aanmelden(client, slachtoffer.email, FOUT, HTTP_X_FORWARDED_FOR=vervalst).status_code == 200
            )
        antwoord = aanmelden(client, slachtoffers[50].email)
    assert antwoord.status_code == 200
    assert "_auth_user_id" not in client.session
    assert AuditEvent.objects.filter(wat=AuditActie.GEBLOKKEERD).count() == 1


# --- Client address -------------------------------------------------------------------------------


def _adres_van_mislukte_aanmelding(client, email: str, xff: str) -> str:
    aanmelden(client, email, FOUT, HTTP_X_FORWARDED_FOR=xff, REMOTE_ADDR="192.0.2.10")
    return AuditEvent.objects.get(wat=AuditActie.AANMELDING_MISLUKT).ip


def test_vervalste_x_forwarded_for_telt_niet_zonder_proxy(client, burger, settings):
    assert settings.ALLAUTH_TRUSTED_PROXY_COUNT == 0
    assert _adres_van_mislukte_aanmelding(client, burger.email, "203.0.113.9") == "192.0.2.10"


def test_achter_een_proxy_telt_het_adres_dat_de_proxy_toevoegde(client, burger, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    # The client forged the first entry; our proxy appended the address it really saw.
    adres = _adres_van_mislukte_aanmelding(client, burger.email, "203.0.113.9, 198.51.100.7")
    assert adres == "198.51.100.7"
