"""E-mail: each message is three templates, sent in the recipient's language, through the outbox.

``emails/<naam>-onderwerp.txt``, ``emails/<naam>-tekst.txt`` and ``emails/<naam>-html.html``.
Each message has a one-line sender below (and in each app's ``emails.py``), so callers never
assemble mails themselves. Sending never happens in the request: ``stuur_mail`` renders the
message, writes it to the outbox (``UitgaandeMail``) and queues a task after the commit; SMTP
being down never fails the request that caused the mail (see ``core/models/mails.py``).
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from kombu.exceptions import OperationalError as BrokerOnbereikbaar

from gelijkekansen.core.models import UitgaandeMail

logger = logging.getLogger(__name__)


def stuur_mail(naam: str, *, aan, context: dict, taal: str | None = None) -> UitgaandeMail:
    """``aan`` is a User (their voorkeurstaal is used) or a plain address (``taal``, else Dutch)."""
    adres = getattr(aan, "email", aan)
    taal = getattr(aan, "voorkeurstaal", None) or taal or settings.LANGUAGE_CODE
    context = {"ontvanger": aan, "portaal_url": settings.PORTAAL_URL, **context}
    with translation.override(taal):
        onderwerp = render_to_string(f"emails/{naam}-onderwerp.txt", context, using="tekst").strip()
        tekst = render_to_string(f"emails/{naam}-tekst.txt", context, using="tekst")
        html = render_to_string(f"emails/{naam}-html.html", context)
    ontvanger = aan if hasattr(aan, "email") else None
    return in_wachtrij(
        sjabloon=naam, aan=adres, ontvanger=ontvanger, onderwerp=onderwerp, tekst=tekst, html=html
    )


def bericht_in_wachtrij(bericht: EmailMessage, *, sjabloon: str, ontvanger=None) -> list[UitgaandeMail]:
    """A message rendered by someone else (allauth) goes through the same outbox."""
    html = next(
        (inhoud for inhoud, soort in getattr(bericht, "alternatives", []) if soort == "text/html"), ""
    )
    tekst = bericht.body if bericht.content_subtype == "plain" else ""
    if bericht.content_subtype == "html":
        html = bericht.body
    return [
        in_wachtrij(
            sjabloon=sjabloon,
            aan=adres,
            ontvanger=ontvanger,
            onderwerp=bericht.subject,
            tekst=tekst,
            html=html,
        )
        for adres in bericht.to
    ]


def in_wachtrij(
    *, sjabloon: str, aan: str, ontvanger, onderwerp: str, tekst: str, html: str
) -> UitgaandeMail:
    mail = UitgaandeMail.objects.create(
        sjabloon=sjabloon, aan=aan, ontvanger=ontvanger, onderwerp=onderwerp[:300], tekst=tekst, html=html
    )
    transaction.on_commit(lambda: inplannen(mail.pk))
    return mail


def inplannen(mail_id) -> None:
    from gelijkekansen.core.tasks import verstuur_mail

    try:
        verstuur_mail.delay(str(mail_id))
    except BrokerOnbereikbaar as exc:
        # The mail waits in the outbox; the beat job queues it again once the broker is back.
        logger.error("Takenwachtrij onbereikbaar voor e-mail %s: %s", mail_id, exc)


def versturen(mail: UitgaandeMail) -> None:
    """The actual SMTP conversation (in the worker). Raises on failure; the task decides to retry."""
    bericht = EmailMultiAlternatives(mail.onderwerp, mail.tekst, to=[mail.aan])
    if mail.html:
        bericht.attach_alternative(mail.html, "text/html")
    bericht.send()


def rapport_klaar(rapport) -> None:
    if rapport.aangevraagd_door:
        url = settings.PORTAAL_URL + reverse("core:rapport-detail", args=[rapport.pk])
        stuur_mail("rapport-klaar", aan=rapport.aangevraagd_door, context={"rapport": rapport, "url": url})
