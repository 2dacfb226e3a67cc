"""The public directory: who is in it, and writing to an association without its address."""

from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext as _

from erkenning.models import Erkenning, Vermelding
from erkenning.workflow import GELDIG
from gelijkekansen.core.emails import stuur_mail
from gelijkekansen.core.limieten import binnen_limiet
from gelijkekansen.core.models import Organisatie

# A visitor writes a few associations, not hundreds: more per hour from one address is refused.
BERICHTEN_PER_UUR = 5


def erkend_in(categorie: str | None = None) -> Exists:
    """An organisation with a valid recognition (in that category): a subquery, so the list needs
    no DISTINCT over every column."""
    erkenningen = Erkenning.objects.filter(organisatie=OuterRef("pk"), status__in=GELDIG)
    return Exists(erkenningen.filter(categorie=categorie) if categorie else erkenningen)


def in_de_gids():
    """The associations the directory shows: recognised now, and in it by their own choice. Only
    the columns the pages show."""
    return (
        Organisatie.objects.filter(erkend_in(), vermelding__zichtbaar=True)
        .select_related("vermelding", "wijk")
        .only(
            "naam",
            "website",
            "telefoon",
            "email",
            "wijk__naam",
            "wijk__nummer",
            "vermelding__sleutel",
            "vermelding__voorstelling",
            "vermelding__toon_website",
            "vermelding__toon_telefoon",
            "vermelding__zichtbaar",
        )
        .order_by("naam")
    )


def vermelding_bewaren(*, organisatie: Organisatie, door, velden: dict) -> Vermelding:
    """The caller checked that ``door`` is a confirmed responsible of the organisation."""
    with transaction.atomic():
        vermelding, _nieuw = Vermelding.objects.select_for_update().get_or_create(organisatie=organisatie)
        for naam, waarde in velden.items():
            setattr(vermelding, naam, waarde)
        vermelding.save()
    return vermelding


def contact_opnemen(*, organisatie: Organisatie, naam: str, email: str, bericht: str, ip: str | None) -> None:
    """The visitor's message goes to the association's address (never shown) through the outbox;
    the association answers the visitor directly."""
    if not organisatie.email:
        raise ValidationError(_("Deze vereniging heeft geen e-mailadres bij de stad. Bel haar of kom langs."))
    if not binnen_limiet("gids-contact", ip, maximum=BERICHTEN_PER_UUR):
        raise ValidationError(_("Je stuurde het voorbije uur al veel berichten. Probeer het later opnieuw."))
    stuur_mail(
        "erkenning-contact",
        aan=organisatie.email,
        context={"organisatie": organisatie, "naam": naam, "email": email, "bericht": bericht},
    )


_ORGANISATIE = signing.Signer(salt="erkenning.organisatie")


def organisatie_sleutel(organisatie: Organisatie) -> str:
    """The organisation in a URL of its responsibles: signed, so no other id can be made from it."""
    return _ORGANISATIE.sign(str(organisatie.pk))


def organisatie_id(sleutel: str) -> int | None:
    try:
        return int(_ORGANISATIE.unsign(sleutel))
    except (signing.BadSignature, ValueError):
        return None
