import threading

import pytest
from django.db import connection

from gelijkekansen.core.models import Rapport, StatusWijziging
from gelijkekansen.core.workflow import OngeldigeOvergang, transition

Status = Rapport.Status


@pytest.fixture
def rapport(db, behandelaar):
    return Rapport.objects.create(
        soort="organisaties-per-wijk", parameters={"x": 1}, aangevraagd_door=behandelaar
    )


def test_toegelaten_overgang_slaat_status_op_en_schrijft_geschiedenis(rapport, behandelaar):
    transition(rapport, to=Status.BEZIG, door=behandelaar, reden="start")

    rapport.refresh_from_db()
    assert rapport.status == Status.BEZIG
    stap = StatusWijziging.objects.voor(rapport).get()
    assert (stap.van, stap.naar, stap.door, stap.reden) == ("wachtend", "bezig", behandelaar, "start")
    assert stap.tijdstip is not None


def test_ongeldige_overgang_geeft_duidelijke_melding_en_verandert_niets(rapport, behandelaar):
    with pytest.raises(OngeldigeOvergang) as fout:
        transition(rapport, to=Status.KLAAR, door=behandelaar)

    assert "«Wachtend»" in str(fout.value)
    assert "«Klaar»" in str(fout.value)
    rapport.refresh_from_db()
    assert rapport.status == Status.WACHTEND
    assert not StatusWijziging.objects.voor(rapport).exists()


def test_ongeldige_overgang_is_vertaald(rapport, behandelaar):
    from django.utils import translation

    with translation.override("en"), pytest.raises(OngeldigeOvergang) as fout:
        transition(rapport, to=Status.KLAAR, door=behandelaar)
    assert "cannot" in str(fout.value)


def test_velden_worden_in_dezelfde_stap_bewaard(rapport):
    transition(rapport, to=Status.MISLUKT, velden={"fout": "kapot"})
    rapport.refresh_from_db()
    assert (rapport.status, rapport.fout) == (Status.MISLUKT, "kapot")


def test_geschiedenis_volgt_een_scenario(rapport, behandelaar):
    for stap in [Status.BEZIG, Status.MISLUKT, Status.WACHTEND, Status.BEZIG, Status.KLAAR]:
        transition(rapport, to=stap, door=behandelaar)
    assert [s.naar for s in StatusWijziging.objects.voor(rapport)] == [
        "bezig",
        "mislukt",
        "wachtend",
        "bezig",
        "klaar",
    ]


@pytest.mark.django_db(transaction=True)
def test_gelijktijdige_overgangen_laten_er_maar_een_door():
    if connection.vendor != "postgresql":
        pytest.skip("row locks (SELECT … FOR UPDATE) are tested on PostgreSQL")
    rapport = Rapport.objects.create(soort="organisaties-per-wijk", parameters={"x": 2})
    start = threading.Barrier(2)
    uitkomsten = []

    def probeer():
        start.wait()
        try:
            transition(Rapport.objects.get(pk=rapport.pk), to=Status.BEZIG)
            uitkomsten.append("gelukt")
        except OngeldigeOvergang:
            uitkomsten.append("geweigerd")
        finally:
            connection.close()

    draden = [threading.Thread(target=probeer) for _ in range(2)]
    for draad in draden:
        draad.start()
    for draad in draden:
        draad.join()

    assert sorted(uitkomsten) == ["gelukt", "geweigerd"]
    assert StatusWijziging.objects.voor(rapport).count() == 1
