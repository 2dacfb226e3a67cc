"""The final report: from the activity's end date on, or earlier with a reason; an early report
without a deficit is refused. The rule lives in the service; the page shows it at the fields."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from lxml import html as lxml_html

from gelijkekansen.core.models import StatusWijziging
from subsidies.constants import AanvraagStatus as S
from subsidies.models import Aanvraag, Verantwoording
from subsidies.services import betalingen
from tests.subsidies.factories import AanvraagFactory

VANDAAG = timezone.localdate()  # the service's "today": Ghent's date


def _voorschot_betaald(burger, behandelaar, *, einde: date) -> Aanvraag:
    aanvraag = AanvraagFactory(aanvrager=burger, naar="voorschot_betaald", naar__behandelaar=behandelaar)
    Aanvraag.objects.filter(pk=aanvraag.pk).update(startdatum=einde - timedelta(days=3), einddatum=einde)
    aanvraag.refresh_from_db()
    return aanvraag


def _indienen(aanvraag, burger, *, kosten="1800", inkomsten="100", reden=""):
    return betalingen.verantwoording_indienen(
        aanvraag=aanvraag,
        door=burger,
        wat_gebeurde="Een mooi feest.",
        deelnemers_bereikt=90,
        echte_kosten=Decimal(kosten),
        echte_inkomsten=Decimal(inkomsten),
        reden_vroeger=reden,
    )


def _laatste_reden(aanvraag) -> str:
    return StatusWijziging.objects.voor(aanvraag).last().reden


@pytest.mark.parametrize("einde", [VANDAAG, VANDAAG - timedelta(days=10)])
def test_verantwoording_vanaf_de_einddatum_zonder_reden(burger, behandelaar, einde):
    aanvraag = _voorschot_betaald(burger, behandelaar, einde=einde)
    _indienen(aanvraag, burger)
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.VERANTWOORDING_INGEDIEND
    assert _laatste_reden(aanvraag) == "Verantwoording ingediend"


def test_na_de_einddatum_mag_de_balans_negatief_zijn_de_afrekening_vordert_terug(burger, behandelaar):
    aanvraag = _voorschot_betaald(burger, behandelaar, einde=VANDAAG - timedelta(days=1))
    _indienen(aanvraag, burger, kosten="300", inkomsten="500")
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.VERANTWOORDING_INGEDIEND
    assert betalingen.afrekening(aanvraag)["definitief"] == 0


def test_voor_de_einddatum_zonder_reden_wordt_geweigerd(burger, behandelaar):
    aanvraag = _voorschot_betaald(burger, behandelaar, einde=VANDAAG + timedelta(days=5))
    with pytest.raises(ValidationError) as fout:
        _indienen(aanvraag, burger, reden="   ")
    assert list(fout.value.error_dict) == ["reden_vroeger"]
    assert "Schrijf dan waarom" in fout.value.messages[0]
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.VOORSCHOT_BETAALD
    assert not Verantwoording.objects.filter(aanvraag=aanvraag).exists()


def test_voor_de_einddatum_met_reden_wordt_aanvaard_en_de_reden_staat_in_het_verloop(burger, behandelaar):
    aanvraag = _voorschot_betaald(burger, behandelaar, einde=VANDAAG + timedelta(days=5))
    _indienen(aanvraag, burger, reden="Het feest ging niet door: storm.")
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.VERANTWOORDING_INGEDIEND
    assert "vóór de einddatum" in _laatste_reden(aanvraag)
    assert "Het feest ging niet door: storm." in _laatste_reden(aanvraag)


def test_voor_de_einddatum_zonder_tekort_wordt_geweigerd_ook_met_reden(burger, behandelaar):
    aanvraag = _voorschot_betaald(burger, behandelaar, einde=VANDAAG + timedelta(days=5))
    with pytest.raises(ValidationError) as fout:
        _indienen(aanvraag, burger, kosten="300", inkomsten="500", reden="Vroeger gestopt.")
    assert list(fout.value.error_dict) == ["echte_kosten"]
    melding = fout.value.messages[0]
    assert "€\xa0300,00" in melding and "€\xa0500,00" in melding  # in the reader's format
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.VOORSCHOT_BETAALD
    assert not StatusWijziging.objects.voor(aanvraag).filter(naar=S.VERANTWOORDING_INGEDIEND).exists()


def test_voor_de_einddatum_met_kosten_gelijk_aan_inkomsten_mag(burger, behandelaar):
    """No deficit but no surplus either: not negative, so filed (the grant becomes 0)."""
    aanvraag = _voorschot_betaald(burger, behandelaar, einde=VANDAAG + timedelta(days=5))
    _indienen(aanvraag, burger, kosten="500", inkomsten="500", reden="Geannuleerd, de zaal betaalde terug.")
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.VERANTWOORDING_INGEDIEND


# --- The page -------------------------------------------------------------------------------


def _url(aanvraag) -> str:
    return reverse("subsidies:aanvraag-verantwoording", args=[aanvraag.pk])


def _gegevens(**extra) -> dict:
    return {
        "wat_gebeurde": "Een mooi feest.",
        "deelnemers_bereikt": "90",
        "echte_kosten": "1800",
        "echte_inkomsten": "100",
        **extra,
    }


def test_pagina_vraagt_een_reden_alleen_voor_de_einddatum(client, burger, behandelaar):
    vroeg = _voorschot_betaald(burger, behandelaar, einde=VANDAAG + timedelta(days=5))
    laat = _voorschot_betaald(burger, behandelaar, einde=VANDAAG - timedelta(days=5))
    client.force_login(burger)

    pagina = client.get(_url(vroeg)).text
    assert 'name="reden_vroeger"' in pagina
    assert "Je activiteit is nog niet voorbij" in pagina
    assert 'name="reden_vroeger"' not in client.get(_url(laat)).text


def test_pagina_zonder_reden_voor_de_einddatum_toont_de_fout_bij_het_veld(client, burger, behandelaar):
    aanvraag = _voorschot_betaald(burger, behandelaar, einde=VANDAAG + timedelta(days=5))
    client.force_login(burger)

    antwoord = client.post(_url(aanvraag), _gegevens())

    assert antwoord.status_code == 200
    boom = lxml_html.fromstring(antwoord.text)
    fouten = boom.xpath('//*[@id="foutenoverzicht"]//li')
    assert len(fouten) == 1
    assert fouten[0].xpath(".//a/@href") == ["#id_reden_vroeger"]
    assert "Schrijf waarom je de verantwoording nu al indient." in fouten[0].text_content()
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.VOORSCHOT_BETAALD


def test_pagina_weigert_een_vroege_verantwoording_zonder_tekort_met_een_duidelijke_melding(
    client, burger, behandelaar
):
    aanvraag = _voorschot_betaald(burger, behandelaar, einde=VANDAAG + timedelta(days=5))
    client.force_login(burger)

    antwoord = client.post(
        _url(aanvraag),
        _gegevens(echte_kosten="300", echte_inkomsten="500", reden_vroeger="De activiteit stopte vroeger."),
    )

    assert antwoord.status_code == 200
    boom = lxml_html.fromstring(antwoord.text)
    [fout] = boom.xpath('//*[@id="foutenoverzicht"]//li/a')
    assert fout.get("href") == "#id_echte_kosten"
    assert "zijn lager dan je inkomsten" in fout.text_content()
    assert 'value="De activiteit stopte vroeger."' not in antwoord.text  # a textarea keeps it…
    assert "De activiteit stopte vroeger." in antwoord.text  # …as its content
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.VOORSCHOT_BETAALD


def test_pagina_met_reden_voor_de_einddatum_dient_in(client, burger, behandelaar):
    aanvraag = _voorschot_betaald(burger, behandelaar, einde=VANDAAG + timedelta(days=5))
    client.force_login(burger)

    antwoord = client.post(_url(aanvraag), _gegevens(reden_vroeger="Het feest ging niet door."))

    assert antwoord.status_code == 302
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.VERANTWOORDING_INGEDIEND
