import threading

import pytest
from django.db import connection

from gelijkekansen.core.models import AuditEvent, Rapport, StatusWijziging
from gelijkekansen.core.workflow import (
    OngeldigeOvergang,
    VerouderdeStatus,
    transition,
    velden_wijzigen,
    zoals_gezien,
)

Status = Rapport.Status


@pytest.fixture
def rapport(db, behandelaar):
    return Rapport.objects.create(
        soort="organisaties-per-wijk", parameters={"x": 1}, aangevraagd_door=behandelaar
    )


def test_toegelaten_overgang_slaat_status_op_en_schrijft_geschiedenis(rapport, behandelaar):
    transition(rapport, van=Status.WACHTEND, to=Status.BEZIG, door=behandelaar, reden="start")

    rapport.refresh_from_db()
    assert rapport.status == Status.BEZIG
    stap = StatusWijziging.objects.voor(rapport).get()
    assert (stap.van, stap.naar, stap.door, stap.reden) == ("wachtend", "bezig", behandelaar, "start")
    assert stap.tijdstip is not None


def test_ongeldige_overgang_geeft_duidelijke_melding_en_verandert_niets(rapport, behandelaar):
    with pytest.raises(OngeldigeOvergang) as fout:
        transition(rapport, van=Status.WACHTEND, to=Status.KLAAR, door=behandelaar)

    assert "«Wachtend»" in str(fout.value)
    assert "«Klaar»" in str(fout.value)
    rapport.refresh_from_db()
    assert rapport.status == Status.WACHTEND
    assert not StatusWijziging.objects.voor(rapport).exists()


def test_ongeldige_overgang_is_vertaald(rapport, behandelaar):
    from django.utils import translation

    with translation.override("en"), pytest.raises(OngeldigeOvergang) as fout:
        transition(rapport, van=Status.WACHTEND, to=Status.KLAAR, door=behandelaar)
    assert "cannot" in str(fout.value)


def test_velden_worden_in_dezelfde_stap_bewaard(rapport):
    transition(rapport, van=Status.WACHTEND, to=Status.MISLUKT, door=None, velden={"fout": "kapot"})
    rapport.refresh_from_db()
    assert (rapport.status, rapport.fout) == (Status.MISLUKT, "kapot")


def test_geschiedenis_volgt_een_scenario(rapport, behandelaar):
    van = Status.WACHTEND
    for stap in [Status.BEZIG, Status.MISLUKT, Status.WACHTEND, Status.BEZIG, Status.KLAAR]:
        transition(rapport, van=van, to=stap, door=behandelaar)
        van = stap
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
            transition(Rapport.objects.get(pk=rapport.pk), van=Status.WACHTEND, to=Status.BEZIG, door=None)
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


def test_een_oud_tabblad_zet_geen_stap_vanuit_een_status_die_al_voorbij_is(rapport, behandelaar):
    """The status the user saw (van) is checked against the database, not only the table."""
    oud_tabblad = Rapport.objects.get(pk=rapport.pk)
    transition(rapport, van=Status.WACHTEND, to=Status.BEZIG, door=behandelaar)
    transition(rapport, van=Status.BEZIG, to=Status.MISLUKT, door=behandelaar)

    # MISLUKT → WACHTEND is in the table, but this tab still thinks the report is BEZIG.
    with pytest.raises(OngeldigeOvergang):
        transition(oud_tabblad, van=oud_tabblad.status, to=Status.WACHTEND, door=behandelaar)
    rapport.refresh_from_db()
    assert rapport.status == Status.MISLUKT


def test_door_is_verplicht(rapport):
    with pytest.raises(TypeError):
        transition(rapport, van=Status.WACHTEND, to=Status.BEZIG)


def test_zoals_gezien_weigert_als_de_status_intussen_veranderde(rapport, behandelaar):
    transition(rapport, van=Status.WACHTEND, to=Status.BEZIG, door=behandelaar)

    with pytest.raises(VerouderdeStatus) as fout, zoals_gezien(rapport, Status.WACHTEND):
        pass
    assert "intussen veranderd" in str(fout.value)
    assert "«Bezig»" in str(fout.value)


def test_een_overgang_bewaart_alleen_de_status_en_de_eigen_velden(rapport, behandelaar):
    """A step must not write back stale values of other fields (another request changed them)."""
    oud = Rapport.objects.get(pk=rapport.pk)
    Rapport.objects.filter(pk=rapport.pk).update(voortgang=40)
    transition(oud, van=Status.WACHTEND, to=Status.BEZIG, door=behandelaar)
    rapport.refresh_from_db()
    assert (rapport.status, rapport.voortgang) == (Status.BEZIG, 40)


def test_velden_wijzigen_bewaart_alleen_die_velden_en_schrijft_oud_en_nieuw_in_het_auditlog(
    rapport, behandelaar
):
    oud = Rapport.objects.get(pk=rapport.pk)
    Rapport.objects.filter(pk=rapport.pk).update(voortgang=40)

    velden_wijzigen(oud, velden={"fout": "nieuw"}, door=behandelaar, reden="test")

    rapport.refresh_from_db()
    assert (rapport.fout, rapport.voortgang) == ("nieuw", 40)
    gebeurtenis = AuditEvent.objects.get(object_id=str(rapport.pk))
    assert gebeurtenis.wie == behandelaar
    assert gebeurtenis.details["velden"] == {"fout": ["", "nieuw"]}


def test_velden_wijzigen_weigert_buiten_de_toegelaten_statussen(rapport, behandelaar):
    with pytest.raises(VerouderdeStatus):
        velden_wijzigen(rapport, velden={"fout": "x"}, door=behandelaar, toegestaan_in=[Status.KLAAR])
    rapport.refresh_from_db()
    assert rapport.fout == ""


def test_een_geweigerde_stap_wordt_een_melding_op_de_vorige_pagina_en_geen_serverfout(rf, rapport):
    """The safety net for views that do not catch OngeldigeOvergang themselves (a race)."""
    from django.contrib.messages import get_messages
    from django.contrib.messages.storage.fallback import FallbackStorage
    from django.contrib.sessions.backends.db import SessionStore

    from gelijkekansen.core.middleware import VerouderdePaginaMiddleware

    verzoek = rf.post("/ergens/", HTTP_REFERER="http://testserver/subsidies/aanvragen/x/")
    verzoek.session = SessionStore()
    verzoek._messages = FallbackStorage(verzoek)
    middleware = VerouderdePaginaMiddleware(lambda r: None)

    antwoord = middleware.process_exception(verzoek, OngeldigeOvergang(rapport, "klaar", "bezig"))

    assert (antwoord.status_code, antwoord["Location"]) == (302, "http://testserver/subsidies/aanvragen/x/")
    assert "kan niet veranderen" in next(str(m) for m in get_messages(verzoek))
    elders = rf.post("/ergens/", HTTP_REFERER="https://kwaadaardig.example/")
    elders.session, elders._messages = SessionStore(), FallbackStorage(verzoek)
    assert (
        middleware.process_exception(elders, OngeldigeOvergang(rapport, "klaar", "bezig"))["Location"] == "/"
    )
    assert middleware.process_exception(verzoek, ValueError("iets anders")) is None
