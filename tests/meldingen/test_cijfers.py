"""The figures: public (complete years, small counts suppressed so no hidden count can be
computed), internal (true counts), the yearly and monthly PDFs, and the CSV."""

import io
import random
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from pypdf import PdfReader

from gelijkekansen.core.models import Rapport, Wijk
from gelijkekansen.core.services import rapport_aanvragen
from meldingen import cijfers
from meldingen.demo import historische_cijfers
from meldingen.models import Grond, Statistiek
from tests.meldingen.factories import melding, meldpunt_lid

GENT = ZoneInfo("Europe/Brussels")


@pytest.fixture
def jaar_2018(db):
    historische_cijfers(
        random.Random(1),
        2018,
        210,
        86,
        gronden={g.code: g for g in Grond.objects.all()},
        wijken=list(Wijk.objects.all()),
    )


def _rijen(blok) -> dict:
    return {rij["categorie"]: rij["waarden"] for rij in blok["tabel"]["rijen"]}


def test_2018_zoals_de_beleidsnota(jaar_2018):
    overzicht = cijfers.overzicht(cijfers.Periode(2018), publiek=True)
    assert (overzicht["meldingen"], overzicht["dossiers"]) == ("210", "86")


def test_kleine_aantallen_zijn_verborgen_en_niet_uit_te_rekenen(db, time_machine):
    time_machine.move_to(datetime(2025, 5, 1, 12, tzinfo=GENT), tick=False)
    for _ in range(7):
        melding(soort="discriminatie")
    for _ in range(2):
        melding(soort="haatmisdrijf")
    soort = next(
        b
        for b in cijfers.overzicht(cijfers.Periode(2025), publiek=True)["blokken"]
        if b["id"] == "meldingen-soort"
    )
    rijen = _rijen(soort)
    assert rijen["Haatmisdrijf (geweld, bedreiging of vernieling uit haat)"][0] == "<5"
    # With the total known (9), the 7 would give the 2 away: it is hidden as well.
    assert rijen["Discriminatie"][0] != "7"
    assert rijen["Totaal"][0] == "9"


def test_de_medewerker_ziet_de_echte_aantallen(db, time_machine):
    time_machine.move_to(datetime(2025, 5, 1, 12, tzinfo=GENT), tick=False)
    for _ in range(2):
        melding(soort="haatmisdrijf")
    soort = next(
        b
        for b in cijfers.overzicht(cijfers.Periode(2025), publiek=False)["blokken"]
        if b["id"] == "meldingen-soort"
    )
    assert _rijen(soort)["Haatmisdrijf (geweld, bedreiging of vernieling uit haat)"][0] == "2"


def test_een_melding_met_twee_gronden_telt_bij_elke_grond_en_dat_staat_erbij(db):
    melding(gronden=("huidskleur", "geloof_of_levensbeschouwing"))
    blok = next(
        b
        for b in cijfers.overzicht(cijfers.Periode(Statistiek.objects.get().jaar), publiek=False)["blokken"]
        if b["id"] == "meldingen-gronden"
    )
    rijen = _rijen(blok)
    assert rijen["Huidskleur"][0] == "1" and rijen["Geloof of levensbeschouwing"][0] == "1"
    assert "meer dan één grond" in blok["voetnoot"]


def test_de_publieke_pagina_toont_alleen_volledige_jaren(client, jaar_2018, time_machine):
    time_machine.move_to(datetime(2026, 12, 1, 12, tzinfo=GENT), tick=False)
    melding()  # this year: not yet published
    inhoud = client.get(reverse("meldingen:cijfers")).content.decode()
    assert "In 2018" in inhoud and "Het Meldpunt kreeg 210 meldingen" in inhoud
    assert '<option value="2026"' not in inhoud
    assert "In 2026" not in client.get(reverse("meldingen:cijfers") + "?jaar=2026").content.decode()


def test_de_publieke_pagina_leest_nooit_een_melding(client, jaar_2018, django_assert_max_num_queries):
    client.get(reverse("meldingen:cijfers") + "?jaar=2018")  # fills the cache
    with django_assert_max_num_queries(3):  # session-less page: the PDF lookup only
        antwoord = client.get(reverse("meldingen:cijfers") + "?jaar=2018")
    assert "Het Meldpunt kreeg 210 meldingen" in antwoord.content.decode()


def _pdf_tekst(rapport: Rapport) -> str:
    rapport.refresh_from_db()
    assert rapport.status == "klaar", rapport.fout
    with rapport.bestand.open("rb") as bestand:
        return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(bestand.read())).pages)


def test_het_jaarrapport_als_pdf_en_op_de_publieke_pagina(
    client, jaar_2018, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        rapport = rapport_aanvragen(soort="meldingen-jaarrapport", parameters={"jaar": 2018}, door=None)
    tekst = _pdf_tekst(rapport)
    assert "2018" in tekst and "210" in tekst and "Meldingen per grond" in tekst
    assert (
        reverse("meldingen:jaarrapport", args=[2018])
        in client.get(reverse("meldingen:cijfers") + "?jaar=2018").content.decode()
    )
    pdf = client.get(reverse("meldingen:jaarrapport", args=[2018]))
    assert b"".join(pdf.streaming_content).startswith(b"%PDF")


def test_het_maandrapport_is_intern_en_toont_echte_aantallen(
    db, time_machine, django_capture_on_commit_callbacks
):
    time_machine.move_to(datetime(2026, 11, 5, 12, tzinfo=GENT), tick=False)
    for _ in range(3):
        melding(soort="haatmisdrijf")
    from meldingen.tasks import maandrapport_maken

    time_machine.move_to(datetime(2026, 12, 1, 6, tzinfo=GENT), tick=False)
    with django_capture_on_commit_callbacks(execute=True):
        maandrapport_maken()
    rapport = Rapport.objects.get(soort="meldingen-maandrapport")
    assert rapport.parameters == {"jaar": 2026, "maand": 11}
    tekst = _pdf_tekst(rapport)
    assert "Niet publiceren" in tekst and "3" in tekst
    from meldingen.rapporten import _meldpunt_of_systeem

    assert _meldpunt_of_systeem(meldpunt_lid()) and not _meldpunt_of_systeem(
        melding()[0].geregistreerd_door or _burger()
    )


def _burger():
    from tests.factories import UserFactory

    return UserFactory()


def test_cijferpagina_en_export_voor_het_meldpunt(client, jaar_2018):
    client.force_login(meldpunt_lid())
    inhoud = client.get(reverse("admin:meldingen_melding_cijfers") + "?jaar=2018").content.decode()
    assert "Het Meldpunt kreeg 210 meldingen" in inhoud
    csv = client.get(reverse("admin:meldingen_melding_export") + "?jaar=2018").content.decode("utf-8-sig")
    regels = csv.strip().splitlines()
    assert regels[0].startswith("jaar;maand;soort") and len(regels) == 211


def test_het_jaarrapport_van_een_lopend_jaar_wordt_niet_gemaakt_of_getoond(
    client, db, time_machine, django_capture_on_commit_callbacks
):
    time_machine.move_to(datetime(2026, 6, 1, 12, tzinfo=GENT), tick=False)
    melding()
    client.force_login(meldpunt_lid())
    antwoord = client.post(reverse("admin:meldingen_melding_cijfers") + "?jaar=2026", follow=True)
    assert "pas na het einde van het jaar" in antwoord.content.decode()
    assert not Rapport.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):  # even when asked some other way
        rapport = rapport_aanvragen(soort="meldingen-jaarrapport", parameters={"jaar": 2026}, door=None)
    rapport.refresh_from_db()
    assert rapport.status == "mislukt" and not rapport.bestand
    assert client.get(reverse("meldingen:jaarrapport", args=[2026])).status_code == 404
