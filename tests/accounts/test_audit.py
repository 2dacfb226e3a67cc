"""Every account event lands in the audit log with the client address and the time in UTC."""

import datetime as dt

import pytest
import time_machine
from django.test import RequestFactory
from django.urls import reverse

from gelijkekansen.accounts.audit import weigering_registreren
from gelijkekansen.core.models import AuditEvent
from gelijkekansen.core.models.audit import AuditActie
from tests.accounts.hulp import aanmelden, aanmelden_met_code, totp_instellen

MOMENT = dt.datetime(2026, 3, 2, 7, 15, tzinfo=dt.UTC)
ADRES = "198.51.100.23"


@pytest.fixture
def klok():
    with time_machine.travel(MOMENT, tick=False):
        yield


def _enige(wat: AuditActie) -> AuditEvent:
    event = AuditEvent.objects.get(wat=wat)
    assert event.ip == ADRES
    assert event.wanneer == MOMENT
    assert event.wanneer.utcoffset() == dt.timedelta(0)
    return event


def test_aanmelding(client, burger, klok):
    aanmelden(client, burger.email, REMOTE_ADDR=ADRES)
    event = _enige(AuditActie.AANGEMELD)
    assert event.wie == burger
    assert event.object_id == str(burger.pk)


def test_mislukte_aanmelding_bewaart_het_adres_nooit_het_wachtwoord(client, burger, klok):
    aanmelden(client, burger.email, "Geheim-Dat-Niet-Lekt-1", REMOTE_ADDR=ADRES)
    event = _enige(AuditActie.AANMELDING_MISLUKT)
    assert event.wie is None
    assert event.details == {"email": burger.email}
    assert event.object_id == str(burger.pk)
    assert "Geheim-Dat-Niet-Lekt-1" not in str(AuditEvent.objects.values())


def test_mislukte_aanmelding_voor_onbekend_adres(client, db, klok):
    aanmelden(client, "niemand@example.org", "Wat-Dan-Ook-123", REMOTE_ADDR=ADRES)
    event = _enige(AuditActie.AANMELDING_MISLUKT)
    assert event.details == {"email": "niemand@example.org"}
    assert event.object_id == ""


def test_blokkering(client, burger, klok):
    for _ in range(6):
        aanmelden(client, burger.email, "Fout-Wachtwoord-123", REMOTE_ADDR=ADRES)
    event = _enige(AuditActie.GEBLOKKEERD)
    assert event.details == {"email": burger.email}
    assert AuditEvent.objects.filter(wat=AuditActie.AANMELDING_MISLUKT).count() == 5


def test_tweede_factor(client, behandelaar, klok):
    geheim = totp_instellen(behandelaar)
    aanmelden_met_code(client, behandelaar, geheim)
    # The test client's default address, as the form above was posted without one.
    event = AuditEvent.objects.get(wat=AuditActie.TWEEDE_FACTOR)
    assert event.wie == behandelaar
    assert event.ip == "127.0.0.1"
    assert event.wanneer == MOMENT
    assert event.details == {"type": "totp", "opnieuw": False}
    assert AuditEvent.objects.filter(wat=AuditActie.AANGEMELD, wie=behandelaar).exists()


def test_foute_code_van_de_tweede_factor(client, behandelaar, klok):
    totp_instellen(behandelaar)
    aanmelden(client, behandelaar.email)
    client.post(reverse("mfa_authenticate"), {"code": "000000"}, REMOTE_ADDR=ADRES)
    event = _enige(AuditActie.AANMELDING_MISLUKT)
    assert event.details == {"email": behandelaar.email, "stap": "tweede factor"}


def test_afmelding(client, burger, klok):
    aanmelden(client, burger.email)
    client.post(reverse("account_logout"), REMOTE_ADDR=ADRES)
    assert _enige(AuditActie.AFGEMELD).wie == burger


@pytest.mark.mfa
def test_weigering_door_de_tweestapsregel(client, meldpunt_medewerker, klok):
    totp_instellen(meldpunt_medewerker)
    client.force_login(meldpunt_medewerker)
    client.get("/admin/", REMOTE_ADDR=ADRES)
    event = _enige(AuditActie.GEWEIGERD)
    assert event.wie == meldpunt_medewerker
    assert event.details == {"pad": "/admin/", "reden": "sessie zonder tweestapsverificatie"}


def test_weigering_registreren_voor_andere_code(burger, klok):
    request = RequestFactory().get("/subsidies/jury/", REMOTE_ADDR=ADRES)
    request.user = burger
    weigering_registreren(request)
    event = _enige(AuditActie.GEWEIGERD)
    assert event.wie == burger
    assert event.details == {"pad": "/subsidies/jury/"}


def test_geweigerde_backoffice_komt_in_het_logboek(client, burger, klok):
    client.force_login(burger)
    assert client.get("/admin/login/", REMOTE_ADDR=ADRES).status_code == 403
    assert _enige(AuditActie.GEWEIGERD).wie == burger
