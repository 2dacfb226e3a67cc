"""An action of a running plan without an approved update for 90 days: its service is reminded
once; after 180 days the team. A new update starts a new silence."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from gelijkekansen.core.herinneringen import herinneringen_versturen
from tests.toegankelijkheid.factories import actie_van, bijwerken, team_lid
from toegankelijkheid import herinneringen
from toegankelijkheid.models import Actieplan

pytestmark = pytest.mark.django_db


def _versturen(soort, *, op, capture) -> int:
    nu = timezone.make_aware(timezone.datetime.combine(op, timezone.datetime.min.time())) + timedelta(hours=8)
    with capture(execute=True):
        return herinneringen_versturen(nu=nu, soorten=[soort])[soort]


def test_de_dienst_hoort_het_na_90_stille_dagen_een_keer(burger, django_capture_on_commit_callbacks):
    actie = actie_van(burger)
    gepubliceerd = timezone.localdate()
    vandaag = lambda dagen: gepubliceerd + timedelta(days=dagen)  # noqa: E731
    assert _versturen(herinneringen.STIL, op=vandaag(90), capture=django_capture_on_commit_callbacks) == 0
    assert _versturen(herinneringen.STIL, op=vandaag(91), capture=django_capture_on_commit_callbacks) == 1
    assert mail.outbox[-1].to == [burger.email] and actie.titel in mail.outbox[-1].subject
    assert _versturen(herinneringen.STIL, op=vandaag(120), capture=django_capture_on_commit_callbacks) == 0


def test_na_een_nieuwe_update_telt_een_nieuwe_stilte(
    burger, django_capture_on_commit_callbacks, time_machine
):
    actie = actie_van(burger)
    begin = timezone.localdate()
    assert (
        _versturen(
            herinneringen.STIL, op=begin + timedelta(days=91), capture=django_capture_on_commit_callbacks
        )
        == 1
    )
    time_machine.move_to(begin + timedelta(days=100))
    bijwerken(actie, status="lopend", pct=20, door=team_lid())
    assert (
        _versturen(
            herinneringen.STIL, op=begin + timedelta(days=150), capture=django_capture_on_commit_callbacks
        )
        == 0
    )
    assert (
        _versturen(
            herinneringen.STIL, op=begin + timedelta(days=191), capture=django_capture_on_commit_callbacks
        )
        == 1
    )


def test_het_team_hoort_het_na_180_dagen_en_afgewerkte_acties_zwijgen(
    burger, django_capture_on_commit_callbacks
):
    actie = actie_van(burger)
    team = team_lid()
    klaar = actie_van(burger, slug="2040-2041")
    bijwerken(klaar, status="gerealiseerd", pct=100, door=team)
    Actieplan.objects.filter(pk=klaar.actieplan_id).update(
        gepubliceerd_op=timezone.now() - timedelta(days=400)
    )
    dag = timezone.localdate() + timedelta(days=181)
    assert _versturen(herinneringen.STIL_TEAM, op=dag, capture=django_capture_on_commit_callbacks) == 1
    assert mail.outbox[-1].to == [team.email] and actie.titel in mail.outbox[-1].subject
