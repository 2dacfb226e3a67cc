"""The kernel's Bewaartermijnen: rules of every app, one run, a tombstone per object."""

from datetime import UTC, datetime

import pytest
from django.core.management import CommandError, call_command

from gelijkekansen.core import bewaren
from gelijkekansen.core.models import Grafsteen


def test_maanden_terug_blijft_in_de_kalender():
    assert bewaren.maanden_terug(datetime(2026, 3, 31, 2, 30, tzinfo=UTC), 1) == datetime(
        2026, 2, 28, 2, 30, tzinfo=UTC
    )
    assert bewaren.maanden_terug(datetime(2026, 1, 15, tzinfo=UTC), 12) == datetime(2025, 1, 15, tzinfo=UTC)


def test_regel_die_faalt_wordt_teruggedraaid_en_de_andere_lopen_door(db, monkeypatch):
    def kapot(nu):
        yield bewaren.Vervallen("test.ding", "1", uitvoeren=lambda: True)
        raise RuntimeError("opslag weg")

    def goed(nu):
        yield bewaren.Vervallen("test.ding", "2", uitvoeren=lambda: True, status="oud")

    monkeypatch.setattr(
        bewaren,
        "REGELS",
        {
            "a-kapot": bewaren.Bewaarregel("a-kapot", "verwijderd", "", kapot),
            "b-goed": bewaren.Bewaarregel("b-goed", "geanonimiseerd", "", goed),
        },
    )
    resultaten = {r.regel: r for r in bewaren.bewaartermijnen_toepassen()}
    assert resultaten["a-kapot"].fout == "opslag weg"
    assert resultaten["b-goed"].ids == ["2"]
    assert list(Grafsteen.objects.values_list("regel", "object_id", "actie", "status")) == [
        ("b-goed", "2", "geanonimiseerd", "oud")
    ]


def test_onbekende_regel_in_het_commando(db):
    with pytest.raises(CommandError):
        call_command("bewaartermijnen", "--dry-run", "--regel", "bestaat-niet")


def test_elke_app_kan_regels_registreren():
    from gelijkekansen.core.register import ZELF_REGISTRERENDE_MODULES

    assert "bewaren" in ZELF_REGISTRERENDE_MODULES
    with pytest.raises(ValueError):
        bewaren.bewaarregel("subsidies-verlaten-concepten", actie="verwijderd", omschrijving="")(
            lambda nu: []
        )
