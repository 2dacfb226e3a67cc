"""The civil servant's back office: the 'Behandelen' page calls the same services as the portal."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from subsidies.constants import AanvraagStatus as S
from subsidies.services import aanvragen
from tests.subsidies.factories import AanvraagFactory


def _stap(client, url, actie: str, **velden):
    """Post a step as the page does: with the status the page showed (its hidden field)."""
    getoond = re.search(r'name="status" value="([a-z_]+)"', client.get(url).text)
    return client.post(url, {"actie": actie, "status": getoond.group(1), **velden}, follow=True)


def _ingediend(burger):
    aanvraag = AanvraagFactory(aanvrager=burger)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    return aanvraag


def test_behandelaar_brengt_een_dossier_tot_beslissing_in_de_backoffice(client, burger, behandelaar):
    aanvraag = _ingediend(burger)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    client.force_login(behandelaar)
    pagina = client.get(url).text
    assert "Ontvankelijk verklaren" in pagina
    assert "Resterend budget: wijkgericht €\xa010.000,00" in pagina  # nl-BE, as Babel writes it
    for actie in ["ontvankelijk", "jury"]:
        _stap(client, url, actie)
    _stap(client, url, "goedkeuren", bedrag="1250,00", tekst="Sterk voorstel.")
    aanvraag.refresh_from_db()
    assert (aanvraag.status, aanvraag.toegekend_bedrag) == (S.GOEDGEKEURD, Decimal("1250.00"))
    _stap(client, url, "voorschot")
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.VOORSCHOT_BETAALD
    assert aanvraag.betalingen.get().bedrag == Decimal("1000.00")


def test_ongeldige_stap_in_de_backoffice_toont_de_reden_en_verandert_niets(client, burger, behandelaar):
    aanvraag = _ingediend(burger)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    client.force_login(behandelaar)
    antwoord = _stap(client, url, "onontvankelijk", tekst="")
    assert "Geef de reden" in antwoord.text
    antwoord = _stap(client, url, "goedkeuren", bedrag="100")
    assert "kan niet veranderen" in antwoord.text
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.INGEDIEND


def test_werklijst_filtert_op_status_en_te_laat(client, burger, behandelaar):
    _ingediend(burger)
    AanvraagFactory(aanvrager=burger, titel="Nog een concept")
    client.force_login(behandelaar)
    lijst = client.get(reverse("admin:subsidies_aanvraag_changelist") + "?status__exact=ingediend").text
    assert "Buurtfeest aan de Brugse Poort" in lijst
    assert "Nog een concept" not in lijst
    assert client.get(reverse("admin:subsidies_aanvraag_changelist") + "?te_laat=ja").status_code == 200


def test_burger_en_jury_komen_niet_in_behandelen(client, burger, jurylid):
    aanvraag = _ingediend(burger)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    for persoon in [burger, jurylid]:
        client.force_login(persoon)
        assert client.get(url).status_code == 302  # to the admin login: not staff


def test_betaalbestand_maken_en_downloaden_in_de_backoffice(client, burger, behandelaar):
    from gelijkekansen.core.betalingen.betaalbestanden import betaalbestand_valideren
    from gelijkekansen.core.models import AuditEvent
    from subsidies.models import Betaalbatch, Betaling

    aanvraag = _ingediend(burger)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    client.force_login(behandelaar)
    for actie, velden in [
        ("ontvankelijk", {}),
        ("jury", {}),
        ("goedkeuren", {"bedrag": "1000"}),
        ("voorschot", {}),
    ]:
        _stap(client, url, actie, **velden)
    lijst = reverse("admin:subsidies_betaling_changelist")
    client.post(
        lijst, {"action": "betaalbestand_maken", "_selected_action": [b.pk for b in Betaling.objects.all()]}
    )
    batch = Betaalbatch.objects.get()
    antwoord = client.get(reverse("admin:subsidies_betaalbatch_download", args=[batch.pk]))
    betaalbestand_valideren(b"".join(antwoord.streaming_content))
    assert AuditEvent.objects.filter(wie=behandelaar, wat="geexporteerd").exists()


def test_een_oud_tabblad_betaalt_geen_tweede_voorschot(client, burger, behandelaar):
    """The advance tab was left open; meanwhile the citizen filed the final report. Pressing
    "Voorschot betalen" in the old tab must not send the file back nor pay a second advance."""
    from subsidies.services import betalingen

    aanvraag = _ingediend(burger)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    client.force_login(behandelaar)
    for actie, velden in [("ontvankelijk", {}), ("jury", {}), ("goedkeuren", {"bedrag": "1000"})]:
        _stap(client, url, actie, **velden)
    _stap(client, url, "voorschot")
    betalingen.verantwoording_indienen(
        aanvraag=aanvraag,
        door=burger,
        wat_gebeurde="Feest",
        deelnemers_bereikt=80,
        echte_kosten=Decimal(1200),
    )

    antwoord = client.post(url, {"actie": "voorschot", "status": "goedgekeurd"}, follow=True)

    assert "intussen veranderd" in antwoord.text
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.VERANTWOORDING_INGEDIEND
    assert aanvraag.betalingen.count() == 1


def test_voorschot_kan_alleen_vanuit_goedgekeurd(burger, behandelaar):
    """Even without the page's status, the service names the state it accepts."""
    from gelijkekansen.core.workflow import OngeldigeOvergang
    from subsidies.services import behandeling, betalingen

    aanvraag = _ingediend(burger)
    behandeling.ontvankelijk_verklaren(aanvraag=aanvraag, door=behandelaar)
    behandeling.naar_jury(aanvraag=aanvraag, door=behandelaar)
    behandeling.aanvraag_goedkeuren(aanvraag=aanvraag, door=behandelaar, bedrag=Decimal(1000))
    betalingen.voorschot_betalen(aanvraag=aanvraag, door=behandelaar)
    betalingen.verantwoording_indienen(
        aanvraag=aanvraag,
        door=burger,
        wat_gebeurde="Feest",
        deelnemers_bereikt=80,
        echte_kosten=Decimal(1200),
    )
    with pytest.raises(OngeldigeOvergang):
        betalingen.voorschot_betalen(aanvraag=aanvraag, door=behandelaar)
    assert aanvraag.betalingen.count() == 1


@pytest.mark.parametrize("bedrag", ["NaN", "sNaN", "Infinity", "-Infinity", "1e3", "12,5,0", ""])
def test_vreemde_bedragen_geven_een_duidelijke_melding_en_geen_fout(client, burger, behandelaar, bedrag):
    aanvraag = _ingediend(burger)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    client.force_login(behandelaar)
    _stap(client, url, "ontvankelijk")
    _stap(client, url, "jury")

    antwoord = _stap(client, url, "goedkeuren", bedrag=bedrag)

    assert antwoord.status_code == 200
    assert "Vul een bedrag in met cijfers" in antwoord.text
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.JURY


def test_coach_is_altijd_een_dossierbehandelaar_en_de_toewijzing_staat_in_het_auditlog(
    client, burger, andere_burger, behandelaar
):
    from gelijkekansen.core.models import AuditEvent

    aanvraag = _ingediend(burger)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    client.force_login(behandelaar)

    antwoord = client.post(url, {"actie": "coach", "coach": andere_burger.pk}, follow=True)
    assert "Alleen een dossierbehandelaar kan coach zijn" in antwoord.text
    aanvraag.refresh_from_db()
    assert aanvraag.coach is None

    client.post(url, {"actie": "coach", "coach": behandelaar.pk})
    aanvraag.refresh_from_db()
    assert aanvraag.coach == behandelaar
    gebeurtenis = AuditEvent.objects.get(wat="gewijzigd", object_id=str(aanvraag.pk))
    assert gebeurtenis.wie == behandelaar
    assert gebeurtenis.details["velden"]["coach"][0] is None
    assert str(behandelaar.pk) in gebeurtenis.details["velden"]["coach"][1]


def test_de_behandelaar_corrigeert_de_rekening_met_een_reden_en_het_staat_in_het_auditlog(
    client, burger, behandelaar
):
    """Found from outside: after approval nobody could correct an account the bank refuses."""
    from gelijkekansen.core.models import AuditEvent

    aanvraag = AanvraagFactory(aanvrager=burger, naar="goedgekeurd", naar__behandelaar=behandelaar)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    client.force_login(behandelaar)
    zonder_reden = client.post(
        url, {"actie": "rekening", "iban": "BE21 0012 3456 7803", "rekeninghouder": "Vzw Buurt"}, follow=True
    )
    assert "Schrijf waarom" in zonder_reden.text
    vreemd = client.post(
        url,
        {"actie": "rekening", "iban": "BE21 0012 3456 7803", "rekeninghouder": "李小龙", "tekst": "Vraag"},
        follow=True,
    )
    assert "Latijnse letters" in vreemd.text

    client.post(
        url,
        {
            "actie": "rekening",
            "iban": "BE21 0012 3456 7803",
            "rekeninghouder": "Vzw Buurt",
            "tekst": "Nieuwe rekening van de vzw",
        },
    )

    aanvraag.refresh_from_db()
    assert (aanvraag.iban, aanvraag.rekeninghouder) == ("BE21001234567803", "Vzw Buurt")
    gebeurtenis = AuditEvent.objects.get(wat="gewijzigd", object_id=str(aanvraag.pk), wie=behandelaar)
    assert gebeurtenis.details["velden"]["iban"] == ["BE71096123456769", "BE21001234567803"]
    assert gebeurtenis.details["reden"] == "Nieuwe rekening van de vzw"


def test_een_coach_die_geen_persoon_is_geeft_een_melding_en_geen_serverfout(client, burger, behandelaar):
    aanvraag = _ingediend(burger)
    client.force_login(behandelaar)
    antwoord = client.post(
        reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk]),
        {"actie": "coach", "coach": "abc"},
        follow=True,
    )
    assert antwoord.status_code == 200
    assert "Kies een coach uit de lijst." in antwoord.text
