"""The Meldpunt's e-mails to a reporter who gave an address: never the story or a message itself
(a shared mailbox, a partner reading along), only that there is something, and the way in."""

from django.conf import settings
from django.urls import reverse

from gelijkekansen.core.emails import stuur_mail


def _opvolgen_url() -> str:
    return settings.PORTAAL_URL + reverse("meldingen:opvolgen")


def ontvangstbewijs(melding, code: str) -> None:
    stuur_mail(
        "meldingen-ontvangst",
        aan=melding.email,
        taal=melding.taal,
        context={"code": code, "url": _opvolgen_url()},
    )


def nieuw_bericht(melding, bericht, ontvanger) -> None:
    stuur_mail("meldingen-bericht", aan=ontvanger, taal=melding.taal, context={"url": _opvolgen_url()})
