"""The yearly evaluation: a snapshot of every action, conclusions, publication with a PDF; what
happens to the actions afterwards never changes a published evaluation."""

import pytest
from django.core.exceptions import ValidationError
from pypdf import PdfReader

from gelijkekansen.core.models import Rapport
from gelijkekansen.core.workflow import OngeldigeOvergang
from tests.toegankelijkheid.factories import bijwerken, gepubliceerde_evaluatie, plan, team_lid
from toegankelijkheid.models import Momentopname
from toegankelijkheid.services import evaluaties

pytestmark = pytest.mark.django_db


def test_een_gepubliceerde_evaluatie_verandert_niet_meer_als_de_acties_veranderen(
    django_capture_on_commit_callbacks,
):
    actieplan = plan(acties=2)
    team = team_lid()
    een = actieplan.acties.get(nummer=1)
    bijwerken(een, status="lopend", pct=40, door=team)
    with django_capture_on_commit_callbacks(execute=True):
        evaluatie = gepubliceerde_evaluatie(actieplan)
    bijwerken(een, status="gerealiseerd", pct=100, door=team)
    een.titel = "Nieuwe naam"
    een.save()
    opname = evaluatie.acties.get(nummer=1)
    assert (opname.status, opname.voortgang, opname.titel, opname.laatste_update) == (
        "lopend",
        40,
        "Actie 1",
        "lopend 40",
    )
    with pytest.raises(OngeldigeOvergang):
        evaluaties.momentopname_maken(evaluatie=evaluatie, door=team)
    with pytest.raises(ValidationError):
        opname.voortgang = 100
        opname.save()
    with pytest.raises(OngeldigeOvergang):
        evaluaties.conclusies_bewaren(evaluatie=evaluatie, conclusies="Alles klaar.", door=team)


def test_een_concept_neemt_de_momentopname_opnieuw():
    actieplan = plan(acties=1)
    team = team_lid()
    evaluatie = evaluaties.evaluatie_maken(plan=actieplan, jaar=actieplan.begin.year, door=team)
    bijwerken(actieplan.acties.get(), status="lopend", pct=70, door=team)
    evaluaties.momentopname_maken(evaluatie=evaluatie, door=team)
    assert list(evaluatie.acties.values_list("voortgang", flat=True)) == [70]
    assert Momentopname.objects.count() == 1  # replaced, not added


def test_een_evaluatie_per_jaar_van_het_plan_en_met_conclusies():
    actieplan = plan("2030-2031")
    team = team_lid()
    with pytest.raises(ValidationError, match="2030 tot 2031"):
        evaluaties.evaluatie_maken(plan=actieplan, jaar=2029, door=team)
    evaluatie = evaluaties.evaluatie_maken(plan=actieplan, jaar=2030, door=team)
    with pytest.raises(ValidationError, match="al een evaluatie van dat jaar"):
        evaluaties.evaluatie_maken(plan=actieplan, jaar=2030, door=team)
    with pytest.raises(ValidationError, match="conclusies"):
        evaluaties.evaluatie_publiceren(evaluatie=evaluatie, door=team)
    with pytest.raises(ValidationError, match="ontwerp"):
        evaluaties.evaluatie_maken(plan=plan("2034-2035", gepubliceerd=False), jaar=2034, door=team)


def test_bij_publicatie_maakt_de_worker_de_pdf_met_de_momentopname(django_capture_on_commit_callbacks):
    actieplan = plan(acties=2)
    bijwerken(actieplan.acties.get(nummer=2), status="lopend", pct=55, door=team_lid())
    with django_capture_on_commit_callbacks(execute=True):
        evaluatie = gepubliceerde_evaluatie(actieplan)
    rapport = Rapport.objects.get(soort=evaluaties.PDF_SOORT)
    assert rapport.status == "klaar"
    with rapport.bestand.open("rb") as bestand:
        tekst = " ".join(pagina.extract_text() for pagina in PdfReader(bestand).pages)
    assert f"Evaluatie {evaluatie.jaar} van {actieplan.titel}" in tekst
    assert "Goed op weg." in tekst and "55%" in tekst
