"""E-mail: each message is three templates, sent in the recipient's language.

``emails/<naam>-onderwerp.txt``, ``emails/<naam>-tekst.txt`` and ``emails/<naam>-html.html``.
Each message has a one-line sender below, so callers never assemble mails themselves.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation


def stuur_mail(naam: str, *, aan, context: dict) -> None:
    """``aan`` is a User (their voorkeurstaal is used) or a plain address (Dutch)."""
    adres = getattr(aan, "email", aan)
    taal = getattr(aan, "voorkeurstaal", None) or settings.LANGUAGE_CODE
    context = {"ontvanger": aan, "portaal_url": settings.PORTAAL_URL, **context}
    with translation.override(taal):
        onderwerp = render_to_string(f"emails/{naam}-onderwerp.txt", context).strip()
        tekst = render_to_string(f"emails/{naam}-tekst.txt", context)
        html = render_to_string(f"emails/{naam}-html.html", context)
    bericht = EmailMultiAlternatives(onderwerp, tekst, to=[adres])
    bericht.attach_alternative(html, "text/html")
    bericht.send()


def rapport_klaar(rapport) -> None:
    if rapport.aangevraagd_door:
        url = settings.PORTAAL_URL + reverse("core:rapport-detail", args=[rapport.pk])
        stuur_mail("rapport-klaar", aan=rapport.aangevraagd_door, context={"rapport": rapport, "url": url})
