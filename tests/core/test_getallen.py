"""Amounts and numbers: read as people type them, written as the reader's language writes them."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from gelijkekansen.core.getallen import bedrag_lezen, bedrag_tekst, getal_tekst


@pytest.mark.parametrize(
    ("getypt", "bedrag"),
    [
        ("300,50", "300.50"),
        ("300.50", "300.50"),
        ("1.234,50", "1234.50"),
        ("1 234,50", "1234.50"),
        ("1,234.50", "1234.50"),
        ("€ 1250", "1250"),
        ("0,5", "0.5"),
    ],
)
def test_bedragen_worden_gelezen_zoals_mensen_ze_typen(getypt, bedrag):
    assert bedrag_lezen(getypt) == Decimal(bedrag)


@pytest.mark.parametrize(
    "onzin",
    ["NaN", "sNaN", "Infinity", "-Infinity", "1e5", "-3", "1.2.3", "12,345,6", "", "tien", "५००", "٥٠٠"],
)
def test_onzin_wordt_geweigerd_met_een_duidelijke_melding(onzin):
    with translation.override("nl"):
        with pytest.raises(ValidationError) as fout:
            bedrag_lezen(onzin)
        assert "Vul een bedrag in met cijfers" in fout.value.messages[0]


@pytest.mark.parametrize(
    ("taal", "verwacht", "zonder_centen", "getal"),
    [
        ("nl", "€\xa01.234,50", "€\xa05.000", "12.345"),
        ("fr", "1\u202f234,50\xa0€", "5\u202f000\xa0€", "12\u202f345"),
        ("en", "€1,234.50", "€5,000", "12,345"),
    ],
)
def test_een_bedrag_in_de_taal_van_de_lezer(taal, verwacht, zonder_centen, getal):
    assert bedrag_tekst(Decimal("1234.5"), taal=taal) == verwacht
    assert bedrag_tekst(5000, taal=taal, centen=False) == zonder_centen
    assert getal_tekst(12345, taal=taal) == getal


def test_geen_bedrag_is_leeg():
    assert bedrag_tekst(None) == ""


@pytest.mark.parametrize(
    ("taal", "verwacht"), [("nl", "€\xa01.800,00"), ("fr", "1\u202f800,00\xa0€"), ("en", "€1,800.00")]
)
def test_de_controlepagina_toont_de_begroting_in_de_gekozen_taal(client, burger, taal, verwacht):
    from tests.subsidies.factories import AanvraagFactory

    aanvraag = AanvraagFactory(aanvrager=burger)
    client.force_login(burger)
    client.cookies["taal"] = taal
    html = client.get(reverse("subsidies:aanvraag-controleren", args=[aanvraag.pk])).text
    assert verwacht in html  # costs 1200 + 600


@pytest.mark.parametrize(
    ("taal", "getypt", "melding"),
    [
        ("nl", {"a": "0"}, "Vul een bedrag groter dan 0 in."),
        ("nl", {"b": "3"}, "Vul een bedrag van minstens €\xa010,00 in."),
        ("nl", {"b": "6000"}, "Vul een bedrag van hoogstens €\xa05.000,00 in."),
        ("en", {"b": "6000"}, "€5,000.00"),
        ("fr", {"b": "6000"}, "5\u202f000,00\xa0€"),
        ("nl", {"a": "123456789,50"}, "Dit bedrag is te groot. Kijk na of je geen cijfer te veel typte."),
        ("nl", {"c": "80"}, "Hoogstens €\xa075,00 per persoon."),
    ],
)
def test_grenzen_van_een_bedrag_in_gewone_woorden_en_in_de_taal_van_de_lezer(taal, getypt, melding):
    """Not Django's "Zorg ervoor dat deze waarde minstens 0.01 is": plain words, the reader's amount."""
    from django import forms

    from gelijkekansen.core.getallen import BedragField, MaximumBedrag

    class Formulier(forms.Form):
        a = BedragField(min_value=Decimal("0.01"), required=False)
        b = BedragField(min_value=Decimal("10"), max_value=Decimal("5000"), required=False)
        c = BedragField(required=False)

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.fields["c"].validators.append(
                MaximumBedrag(Decimal(75), "Hoogstens %(limit_value)s per persoon.")
            )

    with translation.override(taal):
        formulier = Formulier(getypt)
        assert not formulier.is_valid()
        [veld] = getypt
        [fout] = formulier.errors[veld]
    assert melding in fout
    assert "Zorg ervoor" not in fout and "Ensure" not in fout
