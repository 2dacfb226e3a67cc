from datetime import date, timedelta
from decimal import Decimal

import time_machine
from django.core import mail
from django.utils import timezone

from gelijkekansen.core.herinneringen import herinneringen_versturen, regel_uitvoeren
from gelijkekansen.core.models import Herinnering
from gelijkekansen.core.tasks import herinneringen_versturen as herinneringen_taak
from subsidies import herinneringen
from subsidies.scenario import voorschot_uitbetalen
from subsidies.services import aanvragen, behandeling
from tests.factories import UserFactory
from tests.subsidies.factories import AanvraagFactory


def herinner_aanvullingen() -> int:
    return regel_uitvoeren(herinneringen.AANVULLING)


def herinner_verantwoordingen() -> int:
    return regel_uitvoeren(herinneringen.VERANTWOORDING)


def herinner_jury() -> int:
    return regel_uitvoeren(herinneringen.JURY)


def test_herinnering_voor_onbeantwoorde_aanvulling_een_keer(
    burger, behandelaar, django_capture_on_commit_callbacks
):
    aanvraag = AanvraagFactory(aanvrager=burger)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    vraag = behandeling.aanvulling_vragen(aanvraag=aanvraag, door=behandelaar, vraag="Offerte?")
    assert herinner_aanvullingen() == 0  # too early
    with (
        time_machine.travel(timezone.now() + timedelta(days=8)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        assert herinneringen_taak.delay().get()[herinneringen.AANVULLING] == 1
        assert herinner_aanvullingen() == 0  # claimed: never twice
    assert mail.outbox[-1].to == [burger.email]
    assert "Herinnering" in mail.outbox[-1].subject
    rij = Herinnering.objects.get(soort=herinneringen.AANVULLING)
    assert (rij.object_id, rij.ontvanger) == (str(vraag.pk), burger)


def test_beantwoorde_aanvulling_krijgt_geen_herinnering(burger, behandelaar):
    aanvraag = AanvraagFactory(aanvrager=burger)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    behandeling.aanvulling_vragen(aanvraag=aanvraag, door=behandelaar, vraag="Offerte?")
    aanvragen.aanvulling_beantwoorden(aanvraag=aanvraag, door=burger, antwoord="In bijlage.")
    with time_machine.travel(timezone.now() + timedelta(days=8)):
        assert herinner_aanvullingen() == 0


def test_herinnering_voor_verantwoording_twee_weken_voor_de_termijn(burger, behandelaar):
    aanvraag = AanvraagFactory(aanvrager=burger, startdatum=date.today(), einddatum=date.today())
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    behandeling.ontvankelijk_verklaren(aanvraag=aanvraag, door=behandelaar)
    behandeling.naar_jury(aanvraag=aanvraag, door=behandelaar)
    behandeling.aanvraag_goedkeuren(aanvraag=aanvraag, door=behandelaar, bedrag=Decimal("1000"))
    voorschot_uitbetalen(aanvraag, behandelaar=behandelaar)  # the report is due once the advance is paid
    assert herinner_verantwoordingen() == 0  # 60 days to report
    with time_machine.travel(timezone.now() + timedelta(days=47)):
        assert herinner_verantwoordingen() == 1
        assert herinner_verantwoordingen() == 0


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
        assert herinner_jury() == 1
    assert [m.to for m in mail.outbox] == [[traag.email]]
    assert herinner_jury() == 0


def test_twee_workers_met_dezelfde_kandidaten_sturen_een_keer(burger, behandelaar, monkeypatch):
    """Both workers computed the same list before either sent: the send-log's unique row lets one
    through, whatever the order. (Here the second 'worker' runs inside the first one's loop.)"""
    aanvraag = AanvraagFactory(aanvrager=burger)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    behandeling.aanvulling_vragen(aanvraag=aanvraag, door=behandelaar, vraag="Offerte?")
    regel = herinneringen.aanvullingen
    verstuurd = []

    def twee_keer_dezelfde(nu):
        kandidaten = list(regel(nu))
        for item in kandidaten:
            yield item
            yield item  # the other worker's copy of the same reminder

    monkeypatch.setitem(
        __import__("gelijkekansen.core.herinneringen", fromlist=["REGELS"]).REGELS,
        herinneringen.AANVULLING,
        twee_keer_dezelfde,
    )
    monkeypatch.setattr("subsidies.emails.herinnering", lambda a, onderwerp: verstuurd.append(a.pk))
    with time_machine.travel(timezone.now() + timedelta(days=8)):
        assert herinneringen_versturen(soorten=[herinneringen.AANVULLING]) == {herinneringen.AANVULLING: 1}
    assert verstuurd == [aanvraag.pk]
    assert Herinnering.objects.count() == 1


def test_mislukte_mail_geeft_de_claim_terug(burger, behandelaar, monkeypatch):
    aanvraag = AanvraagFactory(aanvrager=burger)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    behandeling.aanvulling_vragen(aanvraag=aanvraag, door=behandelaar, vraag="Offerte?")

    def kapot(a, onderwerp):
        raise RuntimeError("sjabloon kapot")

    with time_machine.travel(timezone.now() + timedelta(days=8)):
        monkeypatch.setattr("subsidies.emails.herinnering", kapot)
        assert herinner_aanvullingen() == 0
        assert not Herinnering.objects.exists()  # tomorrow's run tries again
        monkeypatch.undo()
        assert herinner_aanvullingen() == 1
