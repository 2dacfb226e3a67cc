"""Publishing a plan (and its PDF), how far it is (per domain and result area), and carrying
unfinished actions over to the next plan."""

import io

import pytest
from django.core.exceptions import ValidationError

from tests.toegankelijkheid.factories import bijwerken, plan, team_lid
from toegankelijkheid import overzicht
from toegankelijkheid.models import Actie, Resultaatsgebied
from toegankelijkheid.services import plannen

pytestmark = pytest.mark.django_db


def test_de_elf_resultaatsgebieden_in_drie_domeinen_staan_klaar():
    per_domein = {}
    for gebied in Resultaatsgebied.objects.select_related("domein"):
        per_domein.setdefault(gebied.domein.code, []).append(gebied.nummer)
    assert per_domein == {
        "infrastructuur": [1, 2, 3, 4, 5, 6, 7, 8],
        "communicatie": [9],
        "dienstverlening": [10, 11],
    }


def test_een_plan_zonder_acties_of_samenvatting_wordt_niet_gepubliceerd():
    leeg = plan(acties=0, gepubliceerd=False)
    with pytest.raises(ValidationError, match="zonder acties"):
        plannen.plan_publiceren(plan=leeg, door=None)
    zonder_uitleg = plan("2032-2033", gepubliceerd=False)
    zonder_uitleg.samenvatting = " "
    zonder_uitleg.save()
    with pytest.raises(ValidationError, match="samenvatting"):
        plannen.plan_publiceren(plan=zonder_uitleg, door=None)


def test_de_voortgang_per_domein_en_resultaatsgebied():
    actieplan = plan(acties=4)
    team = team_lid()
    een, twee, drie, vier = actieplan.acties.order_by("nummer")
    Actie.objects.filter(pk=vier.pk).update(resultaatsgebied=Resultaatsgebied.objects.get(nummer=9))
    bijwerken(een, status="gerealiseerd", pct=100, door=team)
    bijwerken(twee, status="lopend", pct=50, door=team)
    bijwerken(drie, status="geschrapt", pct=0, door=team)  # left out of the average
    domeinen = {d.domein.code: d for d in overzicht.plan_overzicht(actieplan)}
    infra = domeinen["infrastructuur"]
    assert infra.totaal.aantallen == {
        "gepland": 0,
        "lopend": 1,
        "gerealiseerd": 1,
        "uitgesteld": 0,
        "geschrapt": 1,
    }
    assert infra.totaal.voortgang == 75
    assert [r.naam for r in infra.gebieden] == [str(Resultaatsgebied.objects.get(nummer=1))]
    assert domeinen["communicatie"].totaal.aantallen["gepland"] == 1
    assert "dienstverlening" not in domeinen  # no actions there
    totaal = overzicht.plan_totaal(actieplan)
    assert (totaal.totaal, totaal.aantallen["gerealiseerd"], totaal.voortgang) == (4, 1, 50)


def test_onafgewerkte_acties_gaan_mee_naar_het_volgende_plan_met_een_link():
    oud = plan("2030-2031", acties=3)
    team = team_lid()
    een, twee, drie = oud.acties.order_by("nummer")
    bijwerken(een, status="gerealiseerd", pct=100, door=team)
    bijwerken(twee, status="lopend", pct=40, door=team)
    nieuw = plan("2032-2033", acties=0, gepubliceerd=False)
    overgenomen = plannen.acties_overnemen(van=oud, naar=nieuw, door=team)
    assert [a.overgenomen_van for a in overgenomen] == [twee, drie]
    kopie = nieuw.acties.get(overgenomen_van=twee)
    assert (kopie.status, kopie.voortgang, kopie.nummer, kopie.begin) == ("lopend", 40, 1, nieuw.begin)
    assert plannen.acties_overnemen(van=oud, naar=nieuw, door=team) == []  # a second click: nothing twice
    assert nieuw.acties.count() == 2


def test_overnemen_gaat_alleen_naar_een_later_plan_in_ontwerp():
    oud = plan("2030-2031")
    with pytest.raises(ValidationError, match="ontwerp"):
        plannen.acties_overnemen(van=oud, naar=plan("2032-2033"), door=None)
    with pytest.raises(ValidationError, match="later plan"):
        plannen.acties_overnemen(van=oud, naar=plan("2028-2029", gepubliceerd=False), door=None)


def test_bij_publicatie_komt_het_plan_als_pdf_online_en_s_nachts_opnieuw_na_een_wijziging(
    client, django_capture_on_commit_callbacks, time_machine
):
    from datetime import timedelta

    from django.urls import reverse
    from django.utils import timezone
    from pypdf import PdfReader

    from gelijkekansen.core.models import Rapport

    with django_capture_on_commit_callbacks(execute=True):
        actieplan = plan(acties=2)
    antwoord = client.get(reverse("toegankelijkheid:plan-pdf", args=[actieplan.slug]))
    tekst = " ".join(
        p.extract_text() for p in PdfReader(io.BytesIO(b"".join(antwoord.streaming_content))).pages
    )
    assert actieplan.titel in tekst and "Actie 2: Actie 2" in tekst and "Gepland, 0% klaar" in tekst
    assert (
        "Download het plan als PDF"
        in client.get(reverse("toegankelijkheid:plan", args=[actieplan.slug])).text
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert plannen.plan_pdfs_bijwerken() == 0  # nothing changed since
    time_machine.move_to(timezone.now() + timedelta(days=3))
    bijwerken(actieplan.acties.get(nummer=1), status="lopend", pct=20, door=team_lid())
    time_machine.move_to(timezone.now() + timedelta(days=1))
    with django_capture_on_commit_callbacks(execute=True):
        assert plannen.plan_pdfs_bijwerken() == 1
    assert Rapport.objects.filter(soort=plannen.PDF_SOORT, status="klaar").count() == 2
