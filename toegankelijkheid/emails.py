"""The e-mails of the action plans: one template set (``emails/toegankelijkheid-melding-*``) whose
subject and paragraph are chosen here, in the recipient's language."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.emails import stuur_mail

SOORTEN = {
    "afgewezen": (
        _("Je update over «%(titel)s» is niet gepubliceerd"),
        _("Het team toegankelijkheid publiceerde je update niet. Dit is de reden: %(reden)s"),
    ),
    "beantwoord": (
        _("De stad antwoordde op jullie advies «%(titel)s»"),
        _("Per punt staat er wat de stad ervan vindt en wat ze ermee doet. Het antwoord is nu openbaar."),
    ),
    "stil": (
        _("Hoe staat het met de actie «%(titel)s»?"),
        _(
            "Deze actie kreeg al %(dagen)s dagen geen update. Schrijf kort wat er gebeurde, ook als het stil lag."
        ),
    ),
    "stil-team": (
        _("De actie «%(titel)s» kreeg al %(dagen)s dagen geen update"),
        _("De dienst kreeg al een herinnering. Neem contact op met de dienst."),
    ),
}


def _url(naam: str, *args) -> str:
    return settings.PORTAAL_URL + reverse(naam, args=args)


def sturen(soort: str, aan, *, url: str, **waarden) -> None:
    onderwerp, tekst = SOORTEN[soort]
    with translation.override(getattr(aan, "voorkeurstaal", None) or settings.LANGUAGE_CODE):
        onderwerp, tekst = str(onderwerp) % waarden, str(tekst) % waarden
    stuur_mail(
        "toegankelijkheid-melding", aan=aan, context={"onderwerp": onderwerp, "tekst": tekst, "url": url}
    )


def update_afgewezen(update) -> None:
    if update.ingediend_door and update.ingediend_door.is_active:
        url = _url("toegankelijkheid:actie-bijwerken", update.actie.sleutel)
        sturen("afgewezen", update.ingediend_door, url=url, titel=update.actie.titel, reden=update.reden)


def advies_beantwoord(advies) -> None:
    from toegankelijkheid.querysets import leden_van

    url = _url("toegankelijkheid:advies", advies.sleutel)
    for lid in leden_van(advies.adviesraad):
        sturen("beantwoord", lid, url=url, titel=advies.titel)


def actie_stil(actie, aan, dagen: int, *, team: bool = False) -> None:
    if team:
        url = _url("admin:toegankelijkheid_actie_change", actie.pk)
        sturen("stil-team", aan, url=url, titel=actie.titel, dagen=dagen)
    else:
        sturen(
            "stil",
            aan,
            url=_url("toegankelijkheid:actie-bijwerken", actie.sleutel),
            titel=actie.titel,
            dagen=dagen,
        )
