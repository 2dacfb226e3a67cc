import csv
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError

from gelijkekansen.core.models import Doelgroep, Organisatie, Wijk
from gelijkekansen.core.validators import normaliseer_iban
from tests.factories import OrganisatieFactory

DATA = Path(__file__).resolve().parents[2] / "gelijkekansen" / "core" / "data"


def test_de_25_wijken_komen_uit_de_referentiegegevens(db):
    with (DATA / "gent_wijken.csv").open() as bestand:
        verwacht = {(int(r["wijknr"]), r["pic_code"], r["naam"]) for r in csv.DictReader(bestand)}
    assert set(Wijk.objects.values_list("nummer", "code", "naam")) == verwacht
    assert len(verwacht) == 25


def test_doelgroepen_en_rollen_bestaan(db):
    assert Doelgroep.objects.filter(naam="LGBTQIA+").exists()
    assert Doelgroep.objects.count() == 7
    assert set(Group.objects.values_list("name", flat=True)) >= {
        "dossierbehandelaar-subsidies",
        "jury",
        "erkenningen",
        "meldpunt",
        "vrijwilligerspunt",
        "welzijnsregie",
        "toegankelijkheid",
        "adviesraad",
    }


def test_ondernemingsnummer_wordt_gecontroleerd_en_compact_bewaard(db):
    organisatie = OrganisatieFactory.build(ondernemingsnummer="0417.497.106", wijk=None)
    organisatie.full_clean()
    assert organisatie.ondernemingsnummer == "0417497106"

    fout = OrganisatieFactory.build(ondernemingsnummer="0417.497.107", wijk=None)
    with pytest.raises(ValidationError) as melding:
        fout.full_clean()
    assert "geen geldig ondernemingsnummer" in str(melding.value)


def test_ondernemingsnummer_is_uniek_maar_mag_leeg(db):
    OrganisatieFactory(ondernemingsnummer="0417497106")
    OrganisatieFactory(ondernemingsnummer="")
    dubbel = OrganisatieFactory.build(ondernemingsnummer="0417497106", wijk=None)
    with pytest.raises(ValidationError) as melding:
        dubbel.full_clean()
    assert "bestaat al een organisatie" in str(melding.value)
    OrganisatieFactory.build(ondernemingsnummer="", wijk=None).full_clean()


def test_iban_wordt_gecontroleerd(db):
    assert normaliseer_iban("BE71 0961 2345 6769") == "BE71096123456769"
    with pytest.raises(ValidationError):
        normaliseer_iban("BE71 0961 2345 6768")
    with pytest.raises(ValidationError) as melding:
        normaliseer_iban("NL91ABNA0417164300", alleen_belgisch=True)
    assert "begint met BE" in str(melding.value)
    organisatie = Organisatie(naam="X", soort="vereniging", rechtsvorm="vzw", iban="be71096123456769")
    organisatie.full_clean()
    assert organisatie.iban_leesbaar == "BE71 0961 2345 6769"
