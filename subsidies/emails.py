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
    """``vraag``: the question message (core.Bericht) of the thread."""
    stuur_mail(
        "subsidies-aanvulling",
        aan=aanvraag.aanvrager,
        context={"aanvraag": aanvraag, "vraag": vraag, "url": _url(aanvraag)},
    )


def nieuw_bericht(aanvraag, bericht, ontvanger) -> None:
    # The applicant reads it on their file; a case handler on the Behandelen page.
    url = _url(aanvraag) if ontvanger == aanvraag.aanvrager else _behandelen_url(aanvraag)
    stuur_mail("subsidies-bericht", aan=ontvanger, context={"aanvraag": aanvraag, "url": url})


def _behandelen_url(aanvraag) -> str:
    return settings.PORTAAL_URL + reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])


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
