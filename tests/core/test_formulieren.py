"""Every form of the project, re-opened and re-saved as a browser does, in every language.

Tried from outside, a saved date came back as ``20-06-2027`` in ``<input type="date">``: the
browser shows that as an empty field and the next save erased the date. These tests render each
form with saved data (tests/formulieren.py), send back exactly what a browser would send for that
HTML, and demand the same values back. A new form is covered as soon as it has a line there.
"""

import importlib
import inspect
import re
from pathlib import Path

import pytest
from django import forms
from django.conf import settings
from django.utils import translation
from lxml import html as lxml_html

from tests.factories import UserFactory
from tests.formulieren import VOORBEELDEN

APPS = [
    "gelijkekansen",
    "subsidies",
    "erkenning",
    "meldingen",
    "vrijwilligers",
    "signalen",
    "toegankelijkheid",
]
TALEN = [code for code, _naam in settings.LANGUAGES]

# What a browser keeps of a value attribute (the HTML "value sanitization algorithm").
_GELDIG = {
    "date": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "datetime-local": re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$"),
    "time": re.compile(r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$"),
    "number": re.compile(r"^-?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?$"),
    "email": re.compile(r"^[^\s]*$"),
}


def _modules():
    basis = Path(settings.BASE_DIR)
    for app in APPS:
        for pad in sorted((basis / app).rglob("*.py")):
            if "migrations" in pad.parts or pad.name.startswith("test"):
                continue
            tekst = pad.read_text(encoding="utf-8")
            if "forms.Form" in tekst or "forms.ModelForm" in tekst:
                yield ".".join(pad.relative_to(basis).with_suffix("").parts)


def alle_formulieren() -> dict[str, type]:
    gevonden = {}
    for naam in _modules():
        module = importlib.import_module(naam)
        for _k, klasse in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(klasse, forms.BaseForm)
                and klasse.__module__ == naam
                and not klasse.__name__.endswith("Mixin")
            ):
                gevonden[f"{naam}.{klasse.__name__}"] = klasse
    return gevonden


def wat_de_browser_verstuurt(html: str) -> dict[str, list[str]]:
    """The form data a browser submits for this HTML when the person changes nothing."""
    boom = lxml_html.fromstring(f"<form>{html}</form>")
    data: dict[str, list[str]] = {}

    def zet(naam, waarde):
        data.setdefault(naam, []).append(waarde)

    for veld in boom.iter("input", "select", "textarea"):
        naam = veld.get("name")
        if not naam or veld.get("disabled") is not None:
            continue
        if veld.tag == "textarea":
            zet(naam, (veld.text or "").removeprefix("\n"))
        elif veld.tag == "select":
            opties = veld.findall(".//option")
            gekozen = [o for o in opties if o.get("selected") is not None]
            if not gekozen and opties and veld.get("multiple") is None:
                gekozen = opties[:1]
            for optie in gekozen:
                zet(naam, optie.get("value", optie.text_content()))
        else:
            soort = (veld.get("type") or "text").lower()
            if soort in ("submit", "button", "reset", "file", "image"):
                continue
            if soort in ("checkbox", "radio"):
                if veld.get("checked") is not None:
                    zet(naam, veld.get("value", "on"))
                continue
            waarde = veld.get("value", "")
            if soort in _GELDIG and not _GELDIG[soort].match(waarde):
                waarde = ""  # the browser shows an empty field and sends nothing
            zet(naam, waarde)
    return data


def _als_querydict(data: dict[str, list[str]]):
    from django.http import QueryDict

    qd = QueryDict(mutable=True)
    for naam, waarden in data.items():
        qd.setlist(naam, waarden)
    return qd


@pytest.fixture
def personas(db):
    return {"burger": UserFactory(), "jurylid": UserFactory(rollen=["jury"])}


def test_elk_formulier_heeft_een_voorbeeld():
    ontbrekend = sorted(set(alle_formulieren()) - set(VOORBEELDEN))
    assert not ontbrekend, f"Forms without an example in tests/formulieren.py: {ontbrekend}"


def _bouw(klasse, kwargs: dict, data=None):
    kwargs = dict(kwargs)
    if data is not None:
        kwargs.pop("initial", None)
        return klasse(data, **kwargs)
    return klasse(**kwargs)


def _zelfde(verwacht, gekregen) -> bool:
    if isinstance(verwacht, list):
        return sorted(map(str, verwacht)) == sorted(map(str, gekregen))
    return verwacht == gekregen


@pytest.mark.parametrize("taal", TALEN)
@pytest.mark.parametrize("naam", sorted(VOORBEELDEN))
def test_heropenen_en_opnieuw_bewaren_verandert_niets(naam, taal, personas):
    klasse = alle_formulieren()[naam]
    kwargs, verwacht = VOORBEELDEN[naam](personas)
    with translation.override(taal):
        getoond = _bouw(klasse, kwargs).as_div()
        data = wat_de_browser_verstuurt(str(getoond))
        opnieuw = _bouw(klasse, kwargs, data=_als_querydict(data))
        assert opnieuw.is_valid(), f"{naam} ({taal}): {opnieuw.errors.as_json()}"
    verschillen = {
        veld: (waarde, opnieuw.cleaned_data.get(veld))
        for veld, waarde in verwacht.items()
        if not _zelfde(waarde, opnieuw.cleaned_data.get(veld))
    }
    assert not verschillen, f"{naam} ({taal}) lost or changed data on re-saving: {verschillen}"


def _getalvelden():
    for naam in sorted(VOORBEELDEN):
        klasse = alle_formulieren()[naam]
        for veld, definitie in klasse.base_fields.items():
            if isinstance(definitie, forms.DecimalField | forms.FloatField):
                yield naam, veld


@pytest.mark.parametrize("onzin", ["NaN", "sNaN", "Infinity", "-Infinity", "1e400"])
@pytest.mark.parametrize(("naam", "veld"), list(_getalvelden()))
def test_elk_getalveld_weigert_onzin_met_een_duidelijke_melding(naam, veld, onzin, personas):
    klasse = alle_formulieren()[naam]
    kwargs, _verwacht = VOORBEELDEN[naam](personas)
    data = wat_de_browser_verstuurt(str(_bouw(klasse, kwargs).as_div()))
    data[veld] = [onzin]
    formulier = _bouw(klasse, kwargs, data=_als_querydict(data))
    assert not formulier.is_valid()
    assert formulier.errors.get(veld), f"{naam}.{veld} accepted {onzin!r}"


def test_de_browsersimulatie_laat_een_gelokaliseerde_datum_vallen():
    """The premise of these tests, checked: a date picker with a non-ISO value sends nothing."""
    html = '<input type="date" name="d" value="20-06-2027"><input type="date" name="e" value="2027-06-20">'
    assert wat_de_browser_verstuurt(html) == {"d": [""], "e": ["2027-06-20"]}
