"""Encryption at rest (core/versleuteling.py): what is encrypted, key rotation, and the refusals
that keep a developer from a filter that would silently find nothing."""

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from gelijkekansen.core import versleuteling
from gelijkekansen.core.models import Bericht
from meldingen.models import Melding
from tests.meldingen.factories import melding, meldpunt_lid


def _ruw(model, pk, veld: str) -> str:
    waarde = pk.hex if connection.vendor == "sqlite" else str(pk)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {veld} FROM {model._meta.db_table} WHERE id = %s", [waarde])  # noqa: S608
        return cursor.fetchone()[0]


def test_een_tekst_die_op_de_markering_lijkt_wordt_toch_versleuteld(db):
    m, _code = melding(beschrijving="fernet:dit is geen token maar een verhaal")
    assert _ruw(Melding, m.pk, "beschrijving") != "fernet:dit is geen token maar een verhaal"
    assert Melding.objects.get(pk=m.pk).beschrijving == "fernet:dit is geen token maar een verhaal"


def test_een_nieuwe_sleutel_leest_ook_wat_met_de_oude_versleuteld_is(db, settings):
    m, _code = melding()
    oud = settings.FIELD_ENCRYPTION_KEY
    settings.FIELD_ENCRYPTION_KEY = f"{Fernet.generate_key().decode()},{oud}"
    assert Melding.objects.get(pk=m.pk).beschrijving.startswith("De portier")
    m.save()  # written again with the new first key
    settings.FIELD_ENCRYPTION_KEY = settings.FIELD_ENCRYPTION_KEY.split(",")[0]
    assert Melding.objects.get(pk=m.pk).beschrijving.startswith("De portier")


def test_met_een_andere_sleutel_is_niets_te_lezen(db, settings):
    m, _code = melding()
    settings.FIELD_ENCRYPTION_KEY = Fernet.generate_key().decode()
    with pytest.raises(ImproperlyConfigured, match="FIELD_ENCRYPTION_KEY"):
        Melding.objects.get(pk=m.pk)


def test_filteren_op_de_inhoud_wordt_geweigerd_leeg_of_niet_mag(db):
    melding(email="")
    assert Melding.objects.filter(email="").count() == 1
    with pytest.raises(TypeError):
        Melding.objects.filter(email="sara@example.org").count()
    with pytest.raises(TypeError):
        Melding.objects.filter(beschrijving__icontains="portier").count()


def test_berichten_van_elke_app_staan_versleuteld(db):
    from gelijkekansen.core import berichten

    m, _code = melding()
    bericht = berichten.bericht_sturen(dossier=m, door=meldpunt_lid(), tekst="Geheim bericht")
    assert "Geheim" not in _ruw(Bericht, bericht.pk, "tekst")
    assert Bericht.objects.get(pk=bericht.pk).tekst == "Geheim bericht"


def test_bytes_heen_en_terug():
    assert versleuteling.ontsleutelen(versleuteling.versleutelen(b"bewijs")) == b"bewijs"
