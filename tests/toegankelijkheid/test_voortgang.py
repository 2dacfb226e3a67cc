"""A service writes an update on its own action; the team approves it before anything is public;
status and progress never contradict each other."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError
from django.utils import timezone

from gelijkekansen.core.models import StatusWijziging
from gelijkekansen.core.workflow import OngeldigeOvergang
from tests.factories import UserFactory
from tests.toegankelijkheid.factories import actie_van, bijwerken, plan, team_lid
from toegankelijkheid.models import Actie
from toegankelijkheid.services import voortgang

pytestmark = pytest.mark.django_db


def _indienen(actie, door, status="lopend", pct=30, **extra):
    velden = {
        "datum": timezone.localdate(),
        "tekst": "Twee gebouwen gescreend.",
        "actie_status": status,
        "voortgang": pct,
    }
    return voortgang.update_indienen(actie=actie, door=door, **{**velden, **extra})


def test_een_update_verandert_de_actie_pas_na_goedkeuring(burger):
    actie = actie_van(burger)
    update = _indienen(actie, burger)
    actie.refresh_from_db()
    assert (actie.status, actie.voortgang) == ("gepland", 0)
    team = team_lid()
    voortgang.update_goedkeuren(update=update, door=team)
    actie.refresh_from_db()
    assert (actie.status, actie.voortgang, actie.bijgewerkt_op) == ("lopend", 30, timezone.localdate())
    stap = StatusWijziging.objects.voor(actie).get()
    assert (stap.van, stap.naar, stap.door) == ("gepland", "lopend", team)


def test_alleen_de_eigen_dienst_en_het_team_schrijven_updates(burger, andere_burger):
    actie = actie_van(burger)
    with pytest.raises(PermissionDenied):
        _indienen(actie, andere_burger)
    _indienen(actie, team_lid())  # the team may write too


def test_een_onbevestigd_lid_van_de_dienst_schrijft_niets(burger):
    actie = actie_van(burger)
    nieuw = UserFactory()
    actie.trekker.lidmaatschappen.create(user=nieuw, rol="lid")  # not confirmed
    with pytest.raises(PermissionDenied):
        _indienen(actie, nieuw)


@pytest.mark.parametrize(
    ("status", "pct", "fout"),
    [
        ("gerealiseerd", 90, "Een gerealiseerde actie staat op 100%."),
        ("lopend", 100, "Kies dan de status «Gerealiseerd»."),
        ("gepland", 20, "Een geplande actie is nog niet begonnen"),
    ],
)
def test_status_en_voortgang_spreken_elkaar_niet_tegen(burger, status, pct, fout):
    with pytest.raises(ValidationError) as fout_info:
        _indienen(actie_van(burger), burger, status=status, pct=pct)
    assert fout in str(fout_info.value)


def test_de_database_weigert_een_tegenstrijdige_actie(burger):
    actie = actie_van(burger)
    with pytest.raises(IntegrityError):
        Actie.objects.filter(pk=actie.pk).update(status="gerealiseerd", voortgang=50)


def test_een_update_over_morgen_of_zonder_tekst_wordt_geweigerd(burger):
    actie = actie_van(burger)
    with pytest.raises(ValidationError, match="al gebeurd"):
        _indienen(actie, burger, datum=timezone.localdate() + timedelta(days=1))
    with pytest.raises(ValidationError, match="Schrijf wat er gebeurd is"):
        _indienen(actie, burger, tekst=" \u200b ")


def test_een_geschrapte_actie_komt_niet_terug(burger):
    actie = actie_van(burger)
    bijwerken(actie, status="geschrapt", pct=0, door=team_lid())
    with pytest.raises(ValidationError, match="kan niet naar"):
        _indienen(actie, burger, status="lopend", pct=10)


def test_een_oudere_update_die_later_goedgekeurd_wordt_zet_de_actie_niet_terug(burger):
    actie = actie_van(burger)
    team = team_lid()
    vandaag = timezone.localdate()
    oud = _indienen(actie, burger, pct=20, datum=vandaag - timedelta(days=60))
    bijwerken(actie, status="lopend", pct=60, door=team, datum=vandaag - timedelta(days=10))
    voortgang.update_goedkeuren(update=oud, door=team)
    actie.refresh_from_db()
    assert actie.voortgang == 60 and oud.status == "goedgekeurd"  # on the timeline, not the state


def test_twee_keer_goedkeuren_kan_niet(burger):
    actie = actie_van(burger)
    update = _indienen(actie, burger)
    team = team_lid()
    voortgang.update_goedkeuren(update=update, door=team)
    with pytest.raises(OngeldigeOvergang):
        voortgang.update_goedkeuren(update=update, door=team)


def test_afwijzen_vraagt_een_reden_en_mailt_die_naar_de_schrijver(burger, django_capture_on_commit_callbacks):
    update = _indienen(actie_van(burger), burger)
    with pytest.raises(ValidationError):
        voortgang.update_afwijzen(update=update, door=team_lid(), reden="  ")
    with django_capture_on_commit_callbacks(execute=True):
        voortgang.update_afwijzen(update=update, door=team_lid(), reden="Schrijf het in klare taal.")
    assert mail.outbox[-1].to == [burger.email]
    assert "Schrijf het in klare taal." in mail.outbox[-1].body
    assert update.actie.updates.goedgekeurd().count() == 0


def test_een_afgesloten_plan_krijgt_geen_updates(burger):
    from toegankelijkheid.services import plannen

    actie = actie_van(burger)
    plannen.plan_afsluiten(plan=actie.actieplan, door=None)
    with pytest.raises(ValidationError, match="loopt niet"):
        _indienen(actie, burger)


def test_een_actie_van_een_ander_plan_is_niet_van_deze_dienst(burger):
    andere = plan("2040-2041").acties.get()
    with pytest.raises(PermissionDenied):
        _indienen(andere, burger)


def test_na_het_afsluiten_verandert_een_actie_niet_meer_door_een_oude_update(burger):
    from toegankelijkheid.services import plannen

    actie = actie_van(burger)
    update = _indienen(actie, burger)
    plannen.plan_afsluiten(plan=actie.actieplan, door=None)
    with pytest.raises(ValidationError, match="afgesloten"):
        voortgang.update_goedkeuren(update=update, door=team_lid())
    actie.refresh_from_db()
    assert (actie.status, actie.voortgang) == ("gepland", 0)
