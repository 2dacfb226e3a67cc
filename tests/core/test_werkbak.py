"""The staff start page: per role, what waits for this person, with counts and links."""

import re
from decimal import Decimal

from django.urls import reverse

from subsidies.services import aanvragen, behandeling
from tests.factories import WACHTWOORD, UserFactory
from tests.subsidies.factories import AanvraagFactory


def _ingediend(**kwargs):
    aanvraag = AanvraagFactory(**kwargs)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=aanvraag.aanvrager)
    return aanvraag


def _regel(html: str, titel: str) -> str:
    gevonden = re.search(rf"{re.escape(titel)}</a>:\s*<strong>(\d+)</strong>", html)
    return gevonden.group(1) if gevonden else ""


def test_behandelaar_ziet_wat_op_hem_wacht_met_aantallen_en_links(client, behandelaar):
    _ingediend()
    _ingediend()
    beantwoord = _ingediend()
    behandeling.aanvulling_vragen(aanvraag=beantwoord, door=behandelaar, vraag="Offerte?")
    aanvragen.aanvulling_beantwoorden(aanvraag=beantwoord, door=beantwoord.aanvrager, antwoord="In bijlage.")
    jury = _ingediend()
    behandeling.ontvankelijk_verklaren(aanvraag=jury, door=behandelaar)
    behandeling.naar_jury(aanvraag=jury, door=behandelaar)

    client.force_login(behandelaar)
    html = client.get(reverse("core:werkbak")).text

    assert _regel(html, "Nieuwe aanvragen om na te kijken") == "2"
    assert _regel(html, "Aanvullingen ontvangen") == "1"
    assert _regel(html, "Bij de jury: beslissing nemen") == "1"
    assert "Verantwoordingen om af te rekenen" not in html  # nothing waits there: not listed
    assert 'href="/admin/subsidies/aanvraag/?status=ingediend"' in html


def test_jurylid_ziet_alleen_wat_hij_nog_moet_beoordelen(client, behandelaar):
    jurylid = UserFactory(is_staff=True, rollen=["jury"])
    aanvraag = _ingediend()
    aanvraag.oproep.juryleden.add(jurylid)
    behandeling.ontvankelijk_verklaren(aanvraag=aanvraag, door=behandelaar)
    behandeling.naar_jury(aanvraag=aanvraag, door=behandelaar)

    client.force_login(jurylid)
    html = client.get(reverse("core:werkbak")).text
    assert _regel(html, "Aanvragen om te beoordelen (jury)") == "1"
    assert "Nieuwe aanvragen om na te kijken" not in html


def test_medewerker_zonder_werk_krijgt_een_rustige_melding(client, db):
    client.force_login(UserFactory(is_staff=True, rollen=["toegankelijkheid"]))
    assert "Er wacht nu niets op je." in client.get(reverse("core:werkbak")).text


def test_burger_heeft_geen_werkbak(client, burger):
    client.force_login(burger)
    assert client.get(reverse("core:werkbak")).status_code == 403


def test_na_het_aanmelden_landt_een_medewerker_op_zijn_werkbak_en_een_burger_op_mijn_dossiers(client, db):
    medewerker = UserFactory(is_staff=True, rollen=["toegankelijkheid"])
    burger = UserFactory()
    for persoon, bestemming in [(medewerker, "core:werkbak"), (burger, "accounts:mijn")]:
        antwoord = client.post(reverse("account_login"), {"login": persoon.email, "password": WACHTWOORD})
        assert antwoord["Location"] == reverse(bestemming), persoon
        client.logout()


def test_een_next_gaat_voor_de_werkbak(client, db):
    medewerker = UserFactory(is_staff=True, rollen=["toegankelijkheid"])
    antwoord = client.post(
        reverse("account_login") + "?next=/admin/", {"login": medewerker.email, "password": WACHTWOORD}
    )
    assert antwoord["Location"] == "/admin/"


def test_goedgekeurd_dossier_staat_in_de_werkbak_tot_het_voorschot(client, behandelaar):
    aanvraag = _ingediend()
    behandeling.ontvankelijk_verklaren(aanvraag=aanvraag, door=behandelaar)
    behandeling.naar_jury(aanvraag=aanvraag, door=behandelaar)
    behandeling.aanvraag_goedkeuren(aanvraag=aanvraag, door=behandelaar, bedrag=Decimal(900))
    client.force_login(behandelaar)
    assert _regel(client.get(reverse("core:werkbak")).text, "Goedgekeurd: voorschot betalen") == "1"
