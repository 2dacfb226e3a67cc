"""The recognition's reminders: 90 days before a recognition ends (not when a renewal is already
submitted), and 30 days before the annual report's deadline (one e-mail per person, naming every
association still missing); each once."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.utils import timezone

from erkenning import herinneringen
from erkenning.constants import ErkenningStatus as S
from erkenning.models import Erkenning, Subsidiejaar
from gelijkekansen.core.herinneringen import herinneringen_versturen
from tests.erkenning.factories import aanvraag_voor_erkenning, erkende_vereniging
from tests.factories import LidmaatschapFactory, UserFactory

pytestmark = pytest.mark.django_db


def _versturen(soort, *, op, capture):
    nu = timezone.make_aware(timezone.datetime.combine(op, timezone.datetime.min.time())) + timedelta(hours=8)
    with capture(execute=True):
        return herinneringen_versturen(nu=nu, soorten=[soort])[soort]


def test_90_dagen_voor_het_einde_een_keer_een_herinnering(django_capture_on_commit_callbacks):
    erkenning = aanvraag_voor_erkenning(S.ERKEND)
    mail.outbox.clear()
    einde = erkenning.geldig_tot
    assert (
        _versturen(
            herinneringen.EINDE, op=einde - timedelta(days=91), capture=django_capture_on_commit_callbacks
        )
        == 0
    )
    assert (
        _versturen(
            herinneringen.EINDE, op=einde - timedelta(days=90), capture=django_capture_on_commit_callbacks
        )
        == 1
    )
    assert (
        _versturen(
            herinneringen.EINDE, op=einde - timedelta(days=60), capture=django_capture_on_commit_callbacks
        )
        == 0
    )
    assert len(mail.outbox) == 1 and "loopt af op" in mail.outbox[0].subject


def test_geen_herinnering_als_de_verlenging_al_ingediend_is(django_capture_on_commit_callbacks):
    erkenning = aanvraag_voor_erkenning(S.ERKEND)
    Erkenning.objects.filter(pk=erkenning.pk).update(geldig_tot=timezone.localdate() + timedelta(days=80))
    aanvraag_voor_erkenning(
        S.INGEDIEND, organisatie=erkenning.organisatie, verantwoordelijke=erkenning.aangevraagd_door
    )
    assert (
        _versturen(herinneringen.EINDE, op=timezone.localdate(), capture=django_capture_on_commit_callbacks)
        == 0
    )


def test_jaarverslag_herinnering_noemt_elke_vereniging_die_nog_ontbreekt(django_capture_on_commit_callbacks):
    Subsidiejaar.objects.create(jaar=2027, deadline_jaarverslag=date(2027, 3, 31))
    persoon = UserFactory(email="kassier@example.org")
    for naam in ("Okra Ledeberg", "Femma Brugse Poort"):
        LidmaatschapFactory(user=persoon, organisatie=erkende_vereniging(naam=naam))
    LidmaatschapFactory(user=persoon, organisatie=erkende_vereniging(naam="Geschorst", status=S.GESCHORST))
    capture = django_capture_on_commit_callbacks
    assert _versturen(herinneringen.JAARVERSLAG, op=date(2027, 2, 27), capture=capture) == 0  # 32 days before
    assert _versturen(herinneringen.JAARVERSLAG, op=date(2027, 3, 1), capture=capture) == 1
    assert _versturen(herinneringen.JAARVERSLAG, op=date(2027, 3, 10), capture=capture) == 0
    tekst = mail.outbox[-1].body
    assert "Okra Ledeberg" in tekst and "Femma Brugse Poort" in tekst and "Geschorst" not in tekst
