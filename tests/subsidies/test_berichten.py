"""The thread of an application in the portal and the back office: messages both ways, questions
and the applicant's answers, internal notes that never reach the applicant, unread counts."""

from django.core import mail
from django.urls import reverse

from gelijkekansen.core import berichten
from gelijkekansen.core.models import Bericht
from subsidies.constants import AanvraagStatus as S
from subsidies.services import aanvragen, behandeling
from tests.subsidies.factories import AanvraagFactory
from tests.toegang.matrix import met_bijlage

NOTITIE = "Intern: vorig jaar ook al een aanvraag."


def _ingediend(burger):
    aanvraag = AanvraagFactory(aanvrager=burger)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    return aanvraag


def test_antwoord_van_de_aanvrager_staat_op_behandelen(client, burger, behandelaar):
    aanvraag = _ingediend(burger)
    behandeling.aanvulling_vragen(aanvraag=aanvraag, door=behandelaar, vraag="Wie helpt er mee?")
    client.force_login(burger)
    client.post(reverse("subsidies:aanvraag-aanvullen", args=[aanvraag.pk]), {"antwoord": "Drie buren."})
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.INGEDIEND

    client.force_login(behandelaar)
    html = client.get(reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])).text
    assert "Wie helpt er mee?" in html
    assert "Drie buren." in html
    assert "Antwoord van de aanvrager" in html
    assert "1 nieuw van de aanvrager" in html
    # Seen: the next visit counts nothing new, and still shows the answer.
    opnieuw = client.get(reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])).text
    assert "nieuw van de aanvrager" not in opnieuw
    assert "Drie buren." in opnieuw


def test_interne_notitie_vanuit_behandelen_ziet_de_aanvrager_niet(
    client, burger, behandelaar, django_capture_on_commit_callbacks
):
    aanvraag = _ingediend(burger)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    client.force_login(behandelaar)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"actie": "notitie", "tekst": NOTITIE})
        client.post(url, {"actie": "bericht", "tekst": "Uw offerte is goed ontvangen."})
    assert [b.tekst for b in Bericht.objects.filter(intern=True)] == [
        NOTITIE
    ]  # encrypted: read, not filtered
    assert NOTITIE in client.get(url).text
    assert [m.to for m in mail.outbox] == [[burger.email]]  # the message, not the note

    client.force_login(burger)
    html = client.get(reverse("subsidies:aanvraag-detail", args=[aanvraag.pk])).text
    assert "Uw offerte is goed ontvangen." in html
    assert NOTITIE not in html
    assert "1 nieuw bericht sinds je vorige bezoek." in html
    assert "nieuw bericht" not in client.get(reverse("subsidies:aanvraag-detail", args=[aanvraag.pk])).text


def test_aanvrager_ziet_zijn_antwoord_en_ongelezen_berichten_in_mijn_dossiers(client, burger, behandelaar):
    aanvraag = _ingediend(burger)
    behandeling.aanvulling_vragen(aanvraag=aanvraag, door=behandelaar, vraag="Offerte?")
    aanvragen.aanvulling_beantwoorden(aanvraag=aanvraag, door=burger, antwoord="In bijlage.")
    berichten.bericht_sturen(dossier=aanvraag, door=behandelaar, tekst="Bedankt!")
    client.force_login(burger)
    assert "2 nieuwe berichten" in client.get(reverse("accounts:mijn")).text
    html = client.get(reverse("subsidies:aanvraag-detail", args=[aanvraag.pk])).text
    assert "Jouw antwoord" in html and "In bijlage." in html and "Offerte?" in html


def test_bijlagen_op_behandelen_en_in_de_wijzigpagina(client, burger, behandelaar):
    aanvraag = _ingediend(burger)
    bijlage = met_bijlage(aanvraag)
    client.force_login(behandelaar)
    link = reverse("subsidies:aanvraag-bijlage", args=[aanvraag.pk, bijlage.pk])
    assert link in client.get(reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])).text
    download = client.get(link)
    assert download.status_code == 200 and download["Content-Disposition"].startswith("attachment")


def test_kern_admins_tonen_berichten_bijlagen_en_herinneringen(client, beheerder, burger, behandelaar):
    aanvraag = _ingediend(burger)
    met_bijlage(aanvraag)
    berichten.bericht_sturen(dossier=aanvraag, door=behandelaar, tekst="Zichtbaar in de lijst")
    client.force_login(beheerder)
    for model in ["bericht", "bijlage", "herinnering"]:
        antwoord = client.get(reverse(f"admin:core_{model}_changelist"), {"q": ""})
        assert antwoord.status_code == 200, model
    assert "Zichtbaar in de lijst" in client.get(reverse("admin:core_bericht_changelist")).text
