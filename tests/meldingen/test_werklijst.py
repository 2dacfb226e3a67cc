"""The Meldpunt's work list and werkbak: filters, a fixed number of queries, and the counts."""

from datetime import timedelta

from django.urls import reverse

from gelijkekansen.core import berichten
from meldingen.services import behandeling
from tests.meldingen.factories import melding, meldpunt_lid
from tests.queries import pagina_queries

LIJST = reverse("admin:meldingen_melding_changelist")


def test_de_werklijst_kost_evenveel_queries_voor_3_als_voor_30_meldingen(client, db):
    client.force_login(meldpunt_lid())
    for _ in range(3):
        melding()
    weinig = pagina_queries(client, LIJST)
    for _ in range(27):
        melding()
    assert pagina_queries(client, LIJST) == weinig


def test_zoeken_op_nummer_en_filteren(client, db):
    eerste, _ = melding(soort="haatmisdrijf")
    tweede, _ = melding("in_behandeling", gronden=("handicap",))
    client.force_login(meldpunt_lid())
    assert list(client.get(LIJST, {"q": eerste.nummer}).context["pagina"].object_list) == [eerste]
    assert list(
        client.get(LIJST, {"q": eerste.nummer.lower().removeprefix("mld-")}).context["pagina"].object_list
    ) == [eerste]
    assert list(client.get(LIJST, {"q": "geen nummer"}).context["pagina"].object_list) == []
    assert list(client.get(LIJST, {"grond": "handicap"}).context["pagina"].object_list) == [tweede]
    assert set(client.get(LIJST).context["pagina"].object_list) == {eerste, tweede}  # open ones
    assert list(client.get(LIJST, {"soort": "haatmisdrijf"}).context["pagina"].object_list) == [eerste]


def test_de_werkbak_telt_wat_wacht(client, db, time_machine):
    medewerker = meldpunt_lid()
    nieuw, _ = melding()
    lopend, _ = melding("in_behandeling", toestemmingen=["unia"])
    berichten.bericht_sturen(dossier=lopend, door=None, tekst="Nog iets.", kant="burger")
    behandeling.nazorg_plannen(
        melding=lopend, omschrijving="Gesprek", gepland_op=nieuw.ontvangen_op.date(), door=medewerker
    )
    behandeling.doorverwijzen(melding=lopend, instantie="unia", gedeeld="Het verhaal.", door=medewerker)
    time_machine.move_to(nieuw.ontvangen_op + timedelta(days=61), tick=False)
    client.force_login(medewerker)
    taken = {t.titel: t.aantal for t in client.get("/werkbak/").context["taken"]}
    assert taken["Nieuwe meldingen"] == 1
    assert taken["Meldingen met een nieuw bericht van de melder"] == 1
    assert taken["Nazorg: afspraken van vandaag of eerder"] == 1
    assert taken["Doorverwijzingen zonder uitkomst na twee maanden"] == 1


def test_de_werkbak_van_een_andere_rol_zegt_niets_over_meldingen(client, db, beheerder):
    melding()
    client.force_login(beheerder)
    assert "Nieuwe meldingen" not in client.get("/werkbak/").content.decode()


def test_herinnering_de_dag_voor_een_nazorgafspraak_een_keer(
    db, time_machine, mailoutbox, django_capture_on_commit_callbacks
):
    from datetime import date

    from gelijkekansen.core.herinneringen import herinneringen_versturen

    medewerker = meldpunt_lid()
    m, _code = melding("opgevolgd")
    behandeling.nazorg_plannen(
        melding=m, omschrijving="Gesprek over de portier", gepland_op=date(2026, 12, 10), door=medewerker
    )
    time_machine.move_to("2026-12-08 08:00:00+01:00", tick=False)
    assert herinneringen_versturen(soorten=["meldingen-nazorg"]) == {"meldingen-nazorg": 0}
    time_machine.move_to("2026-12-09 08:00:00+01:00", tick=False)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert herinneringen_versturen(soorten=["meldingen-nazorg"]) == {"meldingen-nazorg": 1}
        assert herinneringen_versturen(soorten=["meldingen-nazorg"]) == {"meldingen-nazorg": 0}
    assert [b.to for b in mailoutbox] == [[medewerker.email]]
    assert m.nummer in mailoutbox[0].subject and "portier" not in mailoutbox[0].body
