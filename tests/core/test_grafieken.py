"""core.grafieken: accessible SVG bar charts from published figures, and their include."""

import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from django.template.loader import render_to_string

from gelijkekansen.core import grafieken
from gelijkekansen.core.cijfers import Reden, Tabel, Verborgen, onderdrukt
from gelijkekansen.core.grafieken import data_tabel, staafdiagram, uit_tabel

SVG = "{http://www.w3.org/2000/svg}"
KLEIN, AANVULLEND = Verborgen(Reden.KLEIN, 5), Verborgen(Reden.AANVULLEND, 5)


def _svg(grafiek) -> ET.Element:
    return ET.fromstring(str(grafiek.svg))  # noqa: S314 (our own markup)


def _luminantie(kleur: str) -> float:
    def kanaal(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(kleur[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * kanaal(r) + 0.7152 * kanaal(g) + 0.0722 * kanaal(b)


def _contrast(a: str, b: str) -> float:
    licht, donker = sorted((_luminantie(a), _luminantie(b)), reverse=True)
    return (licht + 0.05) / (donker + 0.05)


@pytest.fixture
def wijken():
    return staafdiagram(
        id="grafiek-wijk",
        titel="Aanvragen per wijk",
        waarden=[
            ("Brugse Poort - Rooigem", 12),
            ("Ledeberg", KLEIN),
            ("Sluizeken - Tolhuis - Ham", 7),
            ("Wondelgem", 0),
        ],
        meeste="De meeste aanvragen kwamen uit %(naam)s (%(waarde)s).",
    )


def test_svg_is_een_afbeelding_met_naam_en_beschrijving(wijken):
    svg = _svg(wijken)

    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == "grafiek-wijk-titel grafiek-wijk-uitleg"
    assert svg.find(f"{SVG}title").text == "Aanvragen per wijk"
    assert svg.find(f"{SVG}desc").text == wijken.samenvatting
    assert svg.find(f"{SVG}g").get("aria-hidden") == "true"


def test_samenvatting_noemt_het_grootste_en_het_verborgen(wijken):
    assert wijken.samenvatting == (
        "De meeste aanvragen kwamen uit Brugse Poort - Rooigem (12). "
        "1 cijfer is verborgen om de privacy te beschermen."
    )


def test_samenvatting_is_voorzichtig_als_een_groter_cijfer_verborgen_kan_zijn():
    # A cell hidden as a complement may be the largest: "the most" would not be sure.
    grafiek = staafdiagram(
        id="g", titel="t", waarden=[("a", 6), ("b", AANVULLEND), ("c", KLEIN)], meeste="Het meest: %(naam)s."
    )
    assert grafiek.samenvatting.startswith("Van de getoonde cijfers is dit het hoogste: a (6).")
    assert "2 cijfers zijn verborgen" in grafiek.samenvatting


def test_samenvatting_zonder_cijfers():
    assert staafdiagram(id="g", titel="t", waarden=[("a", 0)]).samenvatting == "Alle cijfers zijn nul."
    assert staafdiagram(id="g", titel="t", waarden=[("a", KLEIN)]).samenvatting == (
        "1 cijfer is verborgen om de privacy te beschermen."
    )


def test_staven_zijn_evenredig_en_verborgen_cijfers_zijn_leeg(wijken):
    rects = _svg(wijken).findall(f".//{SVG}rect")
    gevuld = [r for r in rects if r.get("fill") == grafieken.STAAF_KLEUR]
    leeg = [r for r in rects if r.get("stroke-dasharray")]

    assert [int(r.get("width")) for r in gevuld] == [260, round(260 * 7 / 12)]
    assert len(leeg) == 1 and leeg[0].get("fill") == grafieken.ACHTERGROND
    teksten = [t.text for t in _svg(wijken).iter(f"{SVG}text")]
    assert "minder dan 5" in teksten
    assert "Sluizeken - Tolhuis - Ham" in teksten
    assert "12" in teksten and "0" in teksten


def test_aanvullend_verborgen_heet_verborgen():
    teksten = [
        t.text for t in _svg(staafdiagram(id="g", titel="t", waarden=[("a", AANVULLEND)])).iter(f"{SVG}text")
    ]
    assert "verborgen" in teksten


def test_lange_namen_worden_ingekort_en_alles_is_ontsnapt():
    naam = "<script>alert(1)</script> een heel erg lange naam van een groep"
    grafiek = staafdiagram(id="g", titel="Titel & co", waarden=[(naam, 5)])

    assert "<script>" not in str(grafiek.svg)
    assert "Titel &amp; co" in str(grafiek.svg)
    (label, _waarde) = [t.text for t in _svg(grafiek).iter(f"{SVG}text")]
    assert label.endswith("…") and len(label) == grafieken.MAX_TEKENS


def test_geen_style_attributen_voor_de_csp(wijken):
    assert "style=" not in str(wijken.svg)
    assert "<script" not in str(wijken.svg)


def test_kleuren_halen_wcag_aa():
    assert _contrast(grafieken.STAAF_KLEUR, grafieken.ACHTERGROND) >= 3
    assert _contrast(grafieken.RAND_KLEUR, grafieken.ACHTERGROND) >= 3
    assert _contrast(grafieken.TEKST_KLEUR, grafieken.ACHTERGROND) >= 4.5


@pytest.mark.parametrize(
    ("taal", "verwacht"), [("nl", "4.000,00"), ("fr", "4\u202f000,00"), ("en", "4,000.00")]
)
def test_bedragen_in_de_taal_van_de_lezer(taal, verwacht):
    from django.utils import translation

    with translation.override(taal):
        grafiek = staafdiagram(id="g", titel="t", waarden=[("a", Decimal("4000.00")), ("b", 1234)])
    assert [s.tekst for s in grafiek.staven] == [
        verwacht,
        {"nl": "1.234", "fr": "1\u202f234", "en": "1,234"}[taal],
    ]


def test_uit_een_onderdrukte_tabel():
    tabel = Tabel(rijen=["a", "b", "c"], kolommen=["n"], waarden=[[8], [2], [6]], kolomtotalen=True)
    waarden = uit_tabel(onderdrukt(tabel, minimum=5), namen=["A", "B", "C"])

    assert waarden == [("A", 8), ("B", KLEIN), ("C", AANVULLEND)]


def test_include_toont_kop_grafiek_samenvatting_en_tabel(wijken):
    html = render_to_string(
        "includes/grafiek.html",
        {
            "id": "wijk",
            "titel": "Aanvragen per wijk",
            "niveau": 2,
            "grafiek": wijken,
            "tabel": data_tabel(wijken, categorie_kop="Wijk", waarde_kop="Aanvragen"),
            "voetnoot": "Een aanvraag voor meer wijken telt mee in elke wijk.",
        },
    )

    assert '<h2 id="wijk-kop">Aanvragen per wijk</h2>' in html
    assert 'role="img"' in html
    assert f'<p class="grafiek__samenvatting">{wijken.samenvatting}</p>' in html
    assert "<caption>Aanvragen per wijk</caption>" in html
    assert '<th scope="row">Ledeberg</th>' in html
    assert "<td>&lt;5</td>" in html
    assert 'aria-describedby="wijk-voetnoot"' in html
    assert "style=" not in html


def test_include_zonder_grafiek_is_alleen_de_tabel():
    tabel = {
        "categorie_kop": "Doel",
        "kolommen": [{"titel": "Aanvragen"}],
        "rijen": [{"categorie": "x", "waarden": [5]}],
    }
    html = render_to_string("includes/grafiek.html", {"id": "t", "titel": "T", "tabel": tabel})

    assert "<svg" not in html and "grafiek__samenvatting" not in html
    assert '<h3 id="t-kop">T</h3>' in html
