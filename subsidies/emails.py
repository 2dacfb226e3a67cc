"""One-line senders of the Samen Aan Zet e-mails (templates in templates/emails/subsidies-*)."""

from django.conf import settings
from django.urls import reverse

from gelijkekansen.core.emails import stuur_mail


def _url(aanvraag) -> str:
    return settings.PORTAAL_URL + reverse("subsidies:aanvraag-detail", args=[aanvraag.pk])


def aanvraag_ingediend(aanvraag) -> None:
    stuur_mail(
        "subsidies-ingediend", aan=aanvraag.aanvrager, context={"aanvraag": aanvraag, "url": _url(aanvraag)}
    )


def aanvulling_gevraagd(aanvraag, vraag) -> None:
    stuur_mail(
        "subsidies-aanvulling",
        aan=aanvraag.aanvrager,
        context={"aanvraag": aanvraag, "vraag": vraag, "url": _url(aanvraag)},
    )


def nieuw_bericht(bericht, ontvanger) -> None:
    stuur_mail(
        "subsidies-bericht",
        aan=ontvanger,
        context={"aanvraag": bericht.aanvraag, "url": _url(bericht.aanvraag)},
    )


def beslissing(aanvraag) -> None:
    stuur_mail(
        "subsidies-beslissing", aan=aanvraag.aanvrager, context={"aanvraag": aanvraag, "url": _url(aanvraag)}
    )


def herinnering(aanvraag, onderwerp: str) -> None:
    stuur_mail(
        "subsidies-herinnering",
        aan=aanvraag.aanvrager,
        context={"aanvraag": aanvraag, "onderwerp": onderwerp, "url": _url(aanvraag)},
    )
