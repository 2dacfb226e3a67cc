"""Two-factor login: required for every role that reads personal data (and superusers), and
checked per session, not merely owned."""

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from gelijkekansen.core.models import AuditEvent
from gelijkekansen.core.models.audit import AuditActie
from tests.accounts.hulp import aanmelden, aanmelden_met_code, totp_code, totp_instellen
from tests.core.test_settings import PRODUCTIE, _django
from tests.factories import WACHTWOORD, UserFactory

pytestmark = pytest.mark.mfa

ROLLEN = ["meldpunt", "dossierbehandelaar-subsidies", "erkenningen", "vrijwilligerspunt", "welzijnsregie"]


@pytest.fixture(params=[*ROLLEN, "superuser"])
def medewerker(request, db):
    if request.param == "superuser":
        return UserFactory(is_staff=True, is_superuser=True)
    return UserFactory(is_staff=True, rollen=[request.param])


def test_medewerker_zonder_authenticator_moet_er_een_instellen(client, medewerker):
    aanmelden(client, medewerker.email)
    for pad in ["/admin/", reverse("accounts:mijn")]:
        antwoord = client.get(pad)
        assert antwoord.status_code == 302
        assert antwoord.url == reverse("mfa_activate_totp")


def test_wachtwoord_alleen_opent_niets(client, medewerker):
    totp_instellen(medewerker)
    antwoord = aanmelden(client, medewerker.email)
    assert antwoord.url == reverse("mfa_authenticate")
    assert client.get("/admin/").status_code == 302
    assert client.get(reverse("accounts:mijn")).status_code == 302


def test_na_de_code_opent_de_backoffice(client, medewerker):
    geheim = totp_instellen(medewerker)
    antwoord = aanmelden_met_code(client, medewerker, geheim)
    assert antwoord.url == reverse("core:werkbak")  # staff start on their werkbak
    assert client.get("/admin/").status_code == 200
    assert client.get(reverse("accounts:mijn")).status_code == 200


def test_sessie_zonder_tweede_factor_wordt_beeindigd(client, meldpunt_medewerker):
    # A session that logged in with the password only (force_login stands in for any path
    # outside allauth's login) is ended and refused, never served.
    totp_instellen(meldpunt_medewerker)
    client.force_login(meldpunt_medewerker)
    antwoord = client.get("/admin/")
    assert antwoord.status_code == 302
    assert antwoord.url == "/accounts/login/?next=/admin/"
    assert "_auth_user_id" not in client.session
    weigering = AuditEvent.objects.get(wat=AuditActie.GEWEIGERD)
    assert weigering.wie == meldpunt_medewerker
    assert weigering.details["pad"] == "/admin/"


def test_tweede_factor_van_een_ander_telt_niet(client, meldpunt_medewerker, behandelaar):
    # The records of the second factor belong to one user: another user's session has none.
    geheim = totp_instellen(meldpunt_medewerker)
    totp_instellen(behandelaar)
    aanmelden_met_code(client, meldpunt_medewerker, geheim)
    client.force_login(behandelaar)
    assert client.get("/admin/").status_code == 302


@pytest.mark.django_db(transaction=True)  # allauth signals "authenticator added" after the commit
def test_instellen_en_daarna_aanmelden_met_code(client, meldpunt_medewerker):
    with time_machine.travel(dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC), tick=False) as reis:
        aanmelden(client, meldpunt_medewerker.email)
        client.post(reverse("account_reauthenticate"), {"password": WACHTWOORD})
        client.get(reverse("mfa_activate_totp"))
        geheim = client.session["mfa.totp.secret"]
        antwoord = client.post(reverse("mfa_activate_totp"), {"code": totp_code(geheim)})
        assert antwoord.status_code == 302
        # Entering a code while adding the authenticator proves the second factor for this session.
        assert client.get(antwoord.url).status_code == 200
        assert client.get(reverse("accounts:mijn")).status_code == 200
        client.post(reverse("account_logout"))

        reis.shift(dt.timedelta(minutes=2))  # a code is single use: the next one
        assert aanmelden_met_code(client, meldpunt_medewerker, geheim).url == reverse("core:werkbak")
        assert client.get(reverse("accounts:mijn")).status_code == 200


@pytest.mark.parametrize("rollen", [[], ["jury"], ["adviesraad"], ["toegankelijkheid"]])
def test_burger_en_rollen_zonder_persoonsgegevens_worden_nooit_gevraagd(client, db, rollen):
    persoon = UserFactory(rollen=rollen)
    totp_instellen(UserFactory())  # someone else's authenticator changes nothing
    aanmelden(client, persoon.email)
    assert client.get(reverse("accounts:mijn")).status_code == 200


def test_burger_met_eigen_authenticator_mag_ook_met_wachtwoord_verder(client, burger):
    totp_instellen(burger)
    client.force_login(burger)
    assert client.get(reverse("accounts:mijn")).status_code == 200


def test_zonder_authenticator_is_alleen_het_instellen_bereikbaar(client, meldpunt_medewerker):
    client.force_login(meldpunt_medewerker)
    assert client.get(reverse("mfa_activate_totp")).status_code in (200, 302)
    assert client.get(reverse("mfa_activate_totp")).url != reverse("mfa_activate_totp")  # not a loop
    for pad in [reverse("mfa_index"), reverse("account_email"), reverse("mfa_view_recovery_codes")]:
        assert client.get(pad).url == reverse("mfa_activate_totp"), pad
    assert client.get("/health/").status_code in (200, 503)


def test_een_oude_sessie_met_alleen_het_wachtwoord_leest_geen_herstelcodes(client, medewerker):
    """Found from outside: a password-only session opened before the authenticator existed stayed
    usable under /accounts/, re-authenticated with the password and read the recovery codes."""
    aanmelden(client, medewerker.email)  # no authenticator yet: only its set-up is open
    totp_instellen(medewerker)  # meanwhile, in another session, the owner adds one
    for pad in [reverse("mfa_view_recovery_codes"), reverse("account_email"), reverse("mfa_index")]:
        antwoord = client.get(pad)
        assert antwoord.status_code == 302 and antwoord.url.startswith(reverse("account_login")), pad
        assert "_auth_user_id" not in client.session
        aanmelden(client, medewerker.email)  # the password alone gets no further than the code step


def test_productie_weigert_tweestapsverificatie_uit():
    resultaat = _django(["check"], {**PRODUCTIE, "MFA_VERPLICHT": "0"})
    assert resultaat.returncode != 0
    assert "ImproperlyConfigured" in resultaat.stderr
    assert "MFA_VERPLICHT" in resultaat.stderr


def test_elke_backoffice_medewerker_heeft_een_tweede_factor_nodig(client, db):
    """Found from outside: toegankelijkheid staff read organisations' contacts and bank accounts in
    the back office with the password alone. Every staff account now needs the second factor."""
    medewerker = UserFactory(is_staff=True, rollen=["toegankelijkheid"])
    aanmelden(client, medewerker.email)
    assert client.get("/admin/").url == reverse("mfa_activate_totp")
