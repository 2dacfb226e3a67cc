"""The e-mails of a recognition: one template set (``emails/erkenning-melding-*``) whose subject and
paragraph are chosen here, in the recipient's language. They go to the confirmed responsibles of
the association (an imported recognition has no applicant); the city side reads its messages on
the Behandelen page."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.emails import stuur_mail

SOORTEN = {
    "ingediend": (
        _("We ontvingen je aanvraag voor erkenning (%(nummer)s)"),
        _(
            "Bedankt. We bekijken je aanvraag en laten je weten wat we beslissen. Het ontvangstbewijs staat bij je aanvraag."
        ),
    ),
    "beslissing": (
        _("Nieuws over de erkenning van %(vereniging)s (%(nummer)s)"),
        _(
            "Er is een beslissing over de erkenning van je vereniging. Je leest ze, met de brief, bij je aanvraag."
        ),
    ),
    "vraag": (
        _("We hebben een vraag over je aanvraag voor erkenning (%(nummer)s)"),
        _("De dienst stelt je een vraag over je aanvraag. Je leest en beantwoordt ze bij je aanvraag."),
    ),
    "bericht": (
        _("Nieuw bericht over de erkenning van %(vereniging)s (%(nummer)s)"),
        _("Je hebt een nieuw bericht. Je leest en beantwoordt het bij je aanvraag."),
    ),
    "herinnering": (
        _("De erkenning van %(vereniging)s loopt af op %(datum)s"),
        _("Wil je erkend blijven? Vraag dan nu een nieuwe erkenning aan. Dan is er geen onderbreking."),
    ),
}


def verantwoordelijken(erkenning) -> list:
    """Who hears from the city: the confirmed responsibles, or the applicant when there are none."""
    from gelijkekansen.core.models import Lidmaatschap
    from gelijkekansen.core.models.organisaties import LidmaatschapRol

    leden = Lidmaatschap.objects.filter(
        organisatie_id=erkenning.organisatie_id,
        rol=LidmaatschapRol.VERANTWOORDELIJKE,
        bevestigd_op__isnull=False,
    ).select_related("user")
    mensen = [lid.user for lid in leden if lid.user.is_active]
    if not mensen and erkenning.aangevraagd_door:
        mensen = [erkenning.aangevraagd_door]
    return mensen


def _url(erkenning, *, behandelaar: bool = False) -> str:
    if behandelaar:
        return settings.PORTAAL_URL + reverse(
            "admin:erkenning_erkenning_behandelen", args=[erkenning.sleutel]
        )
    return settings.PORTAAL_URL + reverse("erkenning:detail", args=[erkenning.sleutel])


def sturen(erkenning, soort: str, aan, *, behandelaar: bool = False) -> None:
    onderwerp, tekst = SOORTEN[soort]
    with translation.override(getattr(aan, "voorkeurstaal", None) or settings.LANGUAGE_CODE):
        onderwerp = str(onderwerp) % {
            "nummer": erkenning.nummer,
            "vereniging": erkenning.organisatie.naam,
            "datum": date_format(erkenning.geldig_tot, "j F Y") if erkenning.geldig_tot else "",
        }
        tekst = str(tekst)
    context = {"onderwerp": onderwerp, "tekst": tekst, "url": _url(erkenning, behandelaar=behandelaar)}
    stuur_mail("erkenning-melding", aan=aan, context=context)


def _aan_de_vereniging(erkenning, soort: str) -> None:
    for persoon in verantwoordelijken(erkenning):
        sturen(erkenning, soort, persoon)


def ingediend(erkenning) -> None:
    _aan_de_vereniging(erkenning, "ingediend")


def beslissing(erkenning) -> None:
    _aan_de_vereniging(erkenning, "beslissing")


def herinnering(erkenning, aan) -> None:
    sturen(erkenning, "herinnering", aan)


def jaarverslag_herinnering(subsidiejaar, aan, organisaties) -> None:
    from erkenning.services.gids import organisatie_sleutel

    links = [
        (
            o.naam,
            settings.PORTAAL_URL
            + reverse("erkenning:jaarverslag", args=[organisatie_sleutel(o), subsidiejaar.jaar]),
        )
        for o in sorted(organisaties, key=lambda o: o.naam)
    ]
    with translation.override(getattr(aan, "voorkeurstaal", None) or settings.LANGUAGE_CODE):
        onderwerp = str(_("Dien het jaarverslag %(jaar)s in voor %(datum)s")) % {
            "jaar": subsidiejaar.jaar,
            "datum": date_format(subsidiejaar.deadline_jaarverslag, "j F Y"),
        }
        tekst = str(_("Met het jaarverslag berekenen we de werkingssubsidie. Dit ontbreekt nog:"))
    stuur_mail(
        "erkenning-jaarverslag", aan=aan, context={"onderwerp": onderwerp, "tekst": tekst, "links": links}
    )


def vraag_aan_dienst(vraag, dienst, toelichting: str, door) -> None:
    """The question as the association asked it, to the service's address (in Dutch)."""
    context = {
        "vraag": vraag,
        "toelichting": toelichting,
        "door": door,
        "antwoord_aan": getattr(door, "email", ""),
    }
    stuur_mail("erkenning-instappunt-dienst", aan=dienst.email, context=context)


def vraag_beantwoord(vraag) -> None:
    if vraag.gesteld_door is None:
        return
    url = settings.PORTAAL_URL + reverse("erkenning:vraag", args=[vraag.sleutel])
    with translation.override(getattr(vraag.gesteld_door, "voorkeurstaal", None) or settings.LANGUAGE_CODE):
        onderwerp = str(_("Antwoord op je vraag %(nummer)s")) % {"nummer": vraag.nummer}
        tekst = str(_("De stad beantwoordde de vraag van je vereniging. Je leest het antwoord hier:"))
    stuur_mail(
        "erkenning-melding",
        aan=vraag.gesteld_door,
        context={"onderwerp": onderwerp, "tekst": tekst, "url": url},
    )
