"""A reason, message or update must say something (core.validators.heeft_inhoud)."""

import pytest

from gelijkekansen.core.validators import heeft_inhoud


@pytest.mark.parametrize(
    "tekst",
    ["", "   ", "\u200b", "\u200e\u200f", "\u2800", "\u3164", "\u0301", "\t\n", None],
)
def test_lege_of_onzichtbare_tekst_telt_niet(tekst):
    assert not heeft_inhoud(tekst)


@pytest.mark.parametrize("tekst", ["Ja.", "5", "€", "?", "é", "مرحبا", " \u2800 ok"])
def test_een_letter_cijfer_teken_of_symbool_telt(tekst):
    assert heeft_inhoud(tekst)
