"""The competence router: which body a report is suggested for (meldingen/verwijzer.py)."""

import pytest

from meldingen.verwijzer import voorstellen


def _instanties(soort="discriminatie", gronden=(), domein="andere") -> list[str]:
    return [v.instantie for v in voorstellen(soort=soort, gronden=set(gronden), levensdomein=domein)]


@pytest.mark.parametrize(
    ("soort", "gronden", "domein", "verwacht"),
    [
        # gender → IGVM, in every domain
        ("discriminatie", {"geslacht"}, "werk", ["igvm"]),
        ("discriminatie", {"geslacht"}, "huisvesting", ["igvm"]),
        ("seksuele_intimidatie", set(), "samenleving", ["igvm"]),
        # Flemish competences → VMRI
        ("discriminatie", {"huidskleur"}, "huisvesting", ["vmri"]),
        ("discriminatie", {"handicap"}, "onderwijs", ["vmri"]),
        ("discriminatie", {"afkomst"}, "openbaar_vervoer", ["vmri"]),
        ("discriminatie", {"leeftijd"}, "welzijn", ["vmri"]),
        ("discriminatie", {"afkomst"}, "uitgaansleven", ["vmri"]),
        # federal domains, hate speech → Unia
        ("discriminatie", {"handicap"}, "werk", ["unia"]),
        ("discriminatie", {"geloof_of_levensbeschouwing"}, "goederen_diensten", ["unia"]),
        ("haatspraak_online", {"afkomst"}, "media_online", ["unia"]),
        ("ethnic_profiling", {"huidskleur"}, "politie_justitie", ["unia"]),
        # a hate crime → police first, and Unia
        ("haatmisdrijf", {"afkomst"}, "samenleving", ["politie", "unia"]),
        # LGBTQIA+ → also the Meldpunt homo- en transfobie
        ("haatmisdrijf", {"seksuele_orientatie"}, "samenleving", ["politie", "meldpunt_holebi", "unia"]),
        ("discriminatie", {"seksuele_orientatie"}, "werk", ["meldpunt_holebi", "unia"]),
        # gender and another ground in a Flemish domain: both bodies
        ("discriminatie", {"geslacht", "afkomst"}, "huisvesting", ["igvm", "vmri"]),
        # nothing specific → Unia, which handles the rest
        ("andere", {"weet_ik_niet"}, "andere", ["unia"]),
        # language is protected by Flemish law only
        ("discriminatie", {"taal"}, "huisvesting", ["vmri"]),
        ("discriminatie", {"taal"}, "werk", []),
    ],
)
def test_voorstel_per_grond_en_domein(soort, gronden, domein, verwacht):
    assert _instanties(soort, gronden, domein) == verwacht


def test_elk_voorstel_zegt_waarom():
    for voorstel in voorstellen(soort="haatmisdrijf", gronden={"seksuele_orientatie"}, levensdomein="werk"):
        assert str(voorstel.reden)


def test_een_instantie_komt_maar_een_keer_voor():
    instanties = _instanties("haatspraak_online", {"afkomst"}, "media_online")
    assert len(instanties) == len(set(instanties))
