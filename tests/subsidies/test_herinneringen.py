from datetime import date, timedelta
from decimal import Decimal

import time_machine
from django.core import mail
from django.utils import timezone

from subsidies.services import aanvragen, behandeling, betalingen, herinneringen
from subsidies.tasks import herinneringen_versturen
from tests.factories import UserFactory
from tests.subsidies.factories import AanvraagFactory


def test_herinnering_voor_onbeantwoorde_aanvulling_een_keer(
    burger, behandelaar, django_capture_on_commit_callbacks
):
    aanvraag = AanvraagFactory(aanvrager=burger)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    behandeling.aanvulling_vragen(aanvraag=aanvraag, door=behandelaar, vraag="Offerte?")
    assert herinneringen.herinner_aanvullingen() == 0  # too early
    with (
        time_machine.travel(timezone.now() + timedelta(days=8)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        assert herinneringen_versturen.delay().get()["aanvullingen"] == 1
        assert herinneringen.herinner_aanvullingen() == 0  # claimed: never twice
    assert mail.outbox[-1].to == [burger.email]
    assert "Herinnering" in mail.outbox[-1].subject


def test_herinnering_voor_verantwoording_twee_weken_voor_de_termijn(burger, behandelaar):
    aanvraag = AanvraagFactory(aanvrager=burger, startdatum=date.today(), einddatum=date.today())
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    behandeling.ontvankelijk_verklaren(aanvraag=aanvraag, door=behandelaar)
    behandeling.naar_jury(aanvraag=aanvraag, door=behandelaar)
    behandeling.aanvraag_goedkeuren(aanvraag=aanvraag, door=behandelaar, bedrag=Decimal("1000"))
    betalingen.voorschot_betalen(aanvraag=aanvraag, door=behandelaar)
    assert herinneringen.herinner_verantwoordingen() == 0  # 60 days to report
    with time_machine.travel(timezone.now() + timedelta(days=47)):
        assert herinneringen.herinner_verantwoordingen() == 1
        assert herinneringen.herinner_verantwoordingen() == 0


def test_herinnering_jury_alleen_voor_wie_nog_moet_beoordelen(
    burger, behandelaar, django_capture_on_commit_callbacks
):
    aanvraag = AanvraagFactory(aanvrager=burger)
    oproep = aanvraag.oproep
    oproep.jury_deadline = date.today() + timedelta(days=2)
    oproep.save()
    traag, klaar = UserFactory(rollen=["jury"]), UserFactory(rollen=["jury"])
    oproep.juryleden.add(traag, klaar)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    behandeling.ontvankelijk_verklaren(aanvraag=aanvraag, door=behandelaar)
    behandeling.naar_jury(aanvraag=aanvraag, door=behandelaar)
    from subsidies.services import jury

    jury.belangenconflict_verklaren(aanvraag=aanvraag, jurylid=klaar, conflict=True)
    with django_capture_on_commit_callbacks(execute=True):
        assert herinneringen.herinner_jury() == 1
    assert [m.to for m in mail.outbox] == [[traag.email]]
    assert herinneringen.herinner_jury() == 0
