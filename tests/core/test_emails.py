from django.core import mail

from gelijkekansen.core.emails import stuur_mail
from gelijkekansen.core.models import Rapport


def test_mail_in_de_taal_van_de_ontvanger_met_tekst_en_html(burger, django_capture_on_commit_callbacks):
    burger.voorkeurstaal = "en"
    burger.save()
    rapport = Rapport.objects.create(soort="organisaties-per-wijk", parameters={})

    with django_capture_on_commit_callbacks(execute=True):
        stuur_mail("rapport-klaar", aan=burger, context={"rapport": rapport, "url": "https://x/"})

    bericht = mail.outbox[0]
    assert bericht.to == [burger.email]
    assert bericht.subject.startswith("Your report is ready")
    assert "Dear Amina" in bericht.body
    html, soort = bericht.alternatives[0]
    assert soort == "text/html"
    assert '<html lang="en">' in html


# --- the outbox: sending never fails the request ------------------------------------------------

import socketserver  # noqa: E402
import threading  # noqa: E402

import pytest  # noqa: E402
from django.urls import reverse  # noqa: E402

from gelijkekansen.core import mails  # noqa: E402
from gelijkekansen.core.models import UitgaandeMail  # noqa: E402


class _WeigerendeSmtp(socketserver.BaseRequestHandler):
    """An SMTP server that answers every connection with 554: it refuses all mail."""

    def handle(self):
        self.request.sendall(b"554 5.7.1 Geen mail vandaag\r\n")


@pytest.fixture
def weigerende_smtp(settings):
    server = socketserver.TCPServer(("127.0.0.1", 0), _WeigerendeSmtp)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = server.server_address
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 5
    yield server
    server.shutdown()
    server.server_close()


def test_smtp_die_weigert_laat_de_indiening_slagen_en_de_mail_zichtbaar_mislukken(
    client, burger, weigerende_smtp, django_capture_on_commit_callbacks
):
    from subsidies.constants import AanvraagStatus
    from tests.subsidies.factories import AanvraagFactory

    aanvraag = AanvraagFactory(aanvrager=burger)
    client.force_login(burger)
    with django_capture_on_commit_callbacks(execute=True):
        antwoord = client.post(reverse("subsidies:aanvraag-indienen", args=[aanvraag.pk]))

    assert antwoord.status_code == 302
    assert antwoord["Location"] == reverse("subsidies:aanvraag-bevestiging", args=[aanvraag.pk])
    aanvraag.refresh_from_db()
    assert aanvraag.status == AanvraagStatus.INGEDIEND
    uitgaand = UitgaandeMail.objects.get(aan=burger.email)
    assert uitgaand.status == UitgaandeMail.Status.MISLUKT
    assert "554" in uitgaand.fout
    assert uitgaand.pogingen == 1


def test_een_mislukte_mail_wordt_opnieuw_verstuurd_vanuit_de_backoffice(
    client, burger, beheerder, weigerende_smtp, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        uitgaand = stuur_mail("rapport-klaar", aan=burger, context={"rapport": None, "url": "https://x/"})
    uitgaand.refresh_from_db()
    assert uitgaand.status == UitgaandeMail.Status.MISLUKT

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # SMTP is back
    client.force_login(beheerder)
    lijst = reverse("admin:core_uitgaandemail_changelist")
    assert "Mislukt" in client.get(lijst + "?status__exact=mislukt").text
    with django_capture_on_commit_callbacks(execute=True):
        client.post(lijst, {"action": "opnieuw_versturen", "_selected_action": [uitgaand.pk]})

    uitgaand.refresh_from_db()
    assert uitgaand.status == UitgaandeMail.Status.VERSTUURD
    assert [m.to for m in mail.outbox] == [[burger.email]]
    assert uitgaand.tekst == "" and uitgaand.html == ""  # a sent body (links!) is not kept


def test_een_worker_probeert_opnieuw_tot_de_laatste_poging(burger, weigerende_smtp):
    """Outside the last try the error goes up (Celery retries with backoff); the last one marks it."""
    uitgaand = UitgaandeMail.objects.create(sjabloon="x", aan=burger.email, onderwerp="Test", tekst="Hallo")

    with pytest.raises(Exception, match="554"):
        mails.mail_versturen(mail_id=uitgaand.pk, laatste_poging=False)
    uitgaand.refresh_from_db()
    assert (uitgaand.status, uitgaand.pogingen) == (UitgaandeMail.Status.WACHTEND, 1)

    mails.mail_versturen(mail_id=uitgaand.pk, laatste_poging=True)
    uitgaand.refresh_from_db()
    assert (uitgaand.status, uitgaand.pogingen) == (UitgaandeMail.Status.MISLUKT, 2)


def test_een_verstuurde_mail_wordt_nooit_twee_keer_verstuurd(burger):
    uitgaand = UitgaandeMail.objects.create(sjabloon="x", aan=burger.email, onderwerp="Test", tekst="Hallo")
    mails.mail_versturen(mail_id=uitgaand.pk, laatste_poging=False)
    mails.mail_versturen(mail_id=uitgaand.pk, laatste_poging=False)
    assert len(mail.outbox) == 1


def test_wachtende_mails_worden_later_alsnog_ingepland(burger, django_capture_on_commit_callbacks):
    """The broker was down when the mail was queued: the beat's catch-up sends it."""
    from datetime import timedelta

    from django.utils import timezone

    uitgaand = UitgaandeMail.objects.create(sjabloon="x", aan=burger.email, onderwerp="Test", tekst="Hallo")
    assert mails.wachtende_mails_inplannen(ouder_dan=timezone.now() - timedelta(minutes=5)) == 0
    assert mails.wachtende_mails_inplannen(ouder_dan=timezone.now() + timedelta(seconds=1)) == 1
    uitgaand.refresh_from_db()
    assert uitgaand.status == UitgaandeMail.Status.VERSTUURD


def test_een_naam_met_ampersand_staat_leesbaar_in_onderwerp_en_tekst(
    burger, django_capture_on_commit_callbacks
):
    """Plain text is not HTML: the subject and body carry the name as written, the HTML part escapes it."""
    with django_capture_on_commit_callbacks(execute=True):
        stuur_mail(
            "toegankelijkheid-melding",
            aan=burger,
            context={
                "onderwerp": "Bruggen & 't Zand <script>",
                "tekst": "Zie «Bruggen & 't Zand».",
                "url": "https://x",
            },
        )
    bericht = mail.outbox[-1]
    assert bericht.subject == "Bruggen & 't Zand <script>"
    assert "Zie «Bruggen & 't Zand»." in bericht.body
    html = bericht.alternatives[0][0]
    assert "<script>" not in html and "&lt;script&gt;" in html
