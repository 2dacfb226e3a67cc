"""The legacy import of the five older recognition regulations (manage.py importeer_erkenningen)."""

import io
from datetime import date
from pathlib import Path

import pytest
from django.core.management import call_command

from erkenning.constants import Categorie, ErkenningStatus
from erkenning.models import Erkenning
from erkenning.services.importeren import KOLOMMEN, erkenningen_importeren
from gelijkekansen.core.models import Organisatie, StatusWijziging

pytestmark = pytest.mark.django_db

VOORBEELD = Path(__file__).with_name("erkenningen_voorbeeld.csv")
VANDAAG = date(2026, 12, 1)


def _csv(*rijen: dict) -> io.StringIO:
    basis = {
        "oud_reglement": "senioren",
        "oud_kenmerk": "SEN-1",
        "naam": "Okra Sint-Pieters",
        "rechtsvorm": "vzw",
        "ondernemingsnummer": "0417.497.106",
        "adres": "Sleepstraat 12",
        "postcode": "9000",
        "gemeente": "Gent",
        "email": "okra@example.org",
        "telefoon": "",
        "iban": "BE71 0961 2345 6769",
        "ledenaantal": "120",
        "erkend_sinds": "2015-01-01",
        "geldig_tot": "2027-12-31",
    }
    tekst = io.StringIO()
    tekst.write(",".join(KOLOMMEN) + "\n")
    for rij in rijen:
        waarden = {**basis, **rij}
        tekst.write(",".join(f'"{waarden[k]}"' for k in KOLOMMEN) + "\n")
    tekst.seek(0)
    return tekst


def test_het_voorbeeldbestand_wordt_overgenomen_en_een_tweede_keer_verandert_niets():
    with VOORBEELD.open(encoding="utf-8") as regels:
        eerste = erkenningen_importeren(regels, vandaag=VANDAAG)
    # One association stands twice in the same old regulation (BEP-1011 and BEP-9010): the
    # second row is refused, as an association runs one recognition per category.
    assert eerste.aangemaakt == 249
    assert eerste.geweigerd == [
        (
            251,
            "Ontmoetingsgroep Samen Sterk is al erkend in deze categorie (kenmerk BEP-1011): deze regel is dubbel.",
        )
    ]
    assert Organisatie.objects.count() == 248
    assert (
        Erkenning.objects.filter(status=ErkenningStatus.ERKEND).count()
        + Erkenning.objects.filter(status=ErkenningStatus.VERLOPEN).count()
        == 249
    )
    assert set(Erkenning.objects.values_list("categorie", flat=True)) == set(Categorie.values)
    with VOORBEELD.open(encoding="utf-8") as regels:
        tweede = erkenningen_importeren(regels, vandaag=VANDAAG)
    assert (tweede.aangemaakt, tweede.bijgewerkt, tweede.ongewijzigd) == (0, 0, 249)
    assert tweede.geweigerd == eerste.geweigerd
    assert Erkenning.objects.count() == 249 and Organisatie.objects.count() == 248
    assert StatusWijziging.objects.filter(naar__in=["erkend", "verlopen"]).count() == 249


def test_een_verlopen_erkenning_en_de_geschiedenis_zeggen_waar_ze_vandaan_komt():
    erkenningen_importeren(_csv({"geldig_tot": "2025-12-31"}), vandaag=VANDAAG)
    erkenning = Erkenning.objects.get()
    assert (erkenning.status, erkenning.categorie) == (ErkenningStatus.VERLOPEN, Categorie.SENIOREN)
    stap = StatusWijziging.objects.voor(erkenning).get()
    assert stap.reden == "Overgenomen uit het Erkenningsreglement seniorenverenigingen (kenmerk SEN-1)"


def test_een_organisatie_wordt_teruggevonden_op_ondernemingsnummer_of_naam_en_postcode():
    bestaand = Organisatie.objects.create(
        naam="OKRA Sint-Pieters (oud)", soort="vereniging", rechtsvorm="vzw", ondernemingsnummer="0417497106"
    )
    feitelijk = Organisatie.objects.create(
        naam="Roze Kring Ledeberg", soort="vereniging", rechtsvorm="feitelijke_vereniging", postcode="9050"
    )
    verslag = erkenningen_importeren(
        _csv(
            {"ondernemingsnummer": "BE 0417.497.106"},
            {
                "oud_reglement": "holebi",
                "oud_kenmerk": "HOL-7",
                "naam": "roze kring ledeberg",
                "rechtsvorm": "feitelijke_vereniging",
                "ondernemingsnummer": "",
                "postcode": "9050",
            },
        ),
        vandaag=VANDAAG,
    )
    assert (verslag.aangemaakt, verslag.geweigerd) == (2, [])
    assert Organisatie.objects.count() == 2
    bestaand.refresh_from_db()
    assert bestaand.naam == "Okra Sint-Pieters"  # the register's name, updated
    assert Erkenning.objects.get(oud_kenmerk="HOL-7").organisatie == feitelijk


@pytest.mark.parametrize(
    ("fout", "reden"),
    [
        ({"oud_reglement": "sport"}, "Onbekend oud reglement «sport»."),
        ({"naam": ""}, "De kolom naam is leeg."),
        ({"ondernemingsnummer": "0417.497.107"}, "ondernemingsnummer:"),
        ({"iban": "BE71 0961 2345 6760"}, "iban:"),
        ({"postcode": "90000"}, "postcode: Een postcode heeft 4 cijfers."),
        ({"erkend_sinds": "31/01/2015"}, "erkend_sinds is geen datum als 2024-01-31: «31/01/2015»."),
        ({"geldig_tot": "2014-12-31"}, "geldig_tot ligt voor erkend_sinds."),
        ({"ledenaantal": "veel"}, "ledenaantal is geen geheel getal: «veel»."),
        ({"rechtsvorm": "bv"}, "Onbekende rechtsvorm «bv»."),
    ],
)
def test_een_foute_rij_wordt_geweigerd_met_regel_en_reden_en_laat_niets_achter(fout, reden):
    verslag = erkenningen_importeren(_csv({"oud_kenmerk": "SEN-2", "naam": "Goed"}, fout), vandaag=VANDAAG)
    assert verslag.aangemaakt == 1
    [(regel, gegeven)] = verslag.geweigerd
    assert regel == 3 and gegeven.startswith(reden), gegeven
    assert Erkenning.objects.count() == 1 and Organisatie.objects.count() == 1  # never half a row


def test_het_commando_drukt_een_verslag_af(tmp_path):
    bestand = tmp_path / "oud.csv"
    bestand.write_text(
        _csv({}, {"oud_kenmerk": "SEN-2", "erkend_sinds": "gisteren"}).getvalue(), encoding="utf-8"
    )
    uit = io.StringIO()
    call_command("importeer_erkenningen", str(bestand), stdout=uit)
    assert uit.getvalue().splitlines() == [
        "Nieuw: 1",
        "Bijgewerkt: 0",
        "Ongewijzigd: 0",
        "Geweigerd: 1",
        "  regel 3: erkend_sinds is geen datum als 2024-01-31: «gisteren».",
    ]


def test_een_bestand_zonder_de_juiste_kolommen_wordt_helemaal_geweigerd(tmp_path):
    from django.core.management.base import CommandError

    bestand = tmp_path / "fout.csv"
    bestand.write_text("naam,postcode\nOkra,9000\n", encoding="utf-8")
    with pytest.raises(CommandError, match="Deze kolommen ontbreken: adres, email, erkend_sinds"):
        call_command("importeer_erkenningen", str(bestand))
    assert not Organisatie.objects.exists()


def test_een_gekend_rekeningnummer_wordt_niet_overschreven_door_het_oude_bestand():
    erkenningen_importeren(_csv({"iban": "BE71096123456769"}), vandaag=VANDAAG)
    organisatie = Organisatie.objects.get()
    organisatie.iban = "BE35310123456737"  # confirmed by the staff since
    organisatie.save()
    erkenningen_importeren(_csv({"iban": "BE71096123456769"}), vandaag=VANDAAG)
    organisatie.refresh_from_db()
    assert organisatie.iban == "BE35310123456737"
