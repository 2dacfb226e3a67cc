"""The instappunt: an association asks, the erkenningen staff route the question to the city
service that can answer (by e-mail, with the question), and send the association one answer."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from erkenning import emails
from erkenning.models import Ondersteuningsvraag
from erkenning.services.aanvragen import is_verantwoordelijke
from gelijkekansen.core.models.organisaties import OrganisatieSoort
from gelijkekansen.core.validators import heeft_inhoud
from gelijkekansen.core.workflow import transition

S = Ondersteuningsvraag.Status


def vraag_stellen(*, organisatie, door, onderwerp: str, vraag: str) -> Ondersteuningsvraag:
    if not is_verantwoordelijke(door, organisatie):
        raise ValidationError(_("Kies een vereniging waarvan je verantwoordelijke bent."))
    if not heeft_inhoud(vraag):
        raise ValidationError(_("Schrijf je vraag."))
    nieuw = Ondersteuningsvraag(
        organisatie=organisatie, gesteld_door=door, onderwerp=onderwerp, vraag=vraag.strip()
    )
    nieuw.full_clean()
    nieuw.save()
    return nieuw


def doorsturen(*, vraag: Ondersteuningsvraag, door, dienst, toelichting: str = "") -> Ondersteuningsvraag:
    """To a city service (an Organisatie of kind stadsdienst with an e-mail address): it gets the
    question by e-mail and answers the erkenningen team, who write the one answer."""
    if dienst is None or dienst.soort != OrganisatieSoort.STADSDIENST or not dienst.email:
        raise ValidationError(_("Kies een stadsdienst met een e-mailadres."))
    with transaction.atomic():
        transition(
            vraag,
            van={S.NIEUW, S.DOORGESTUURD},
            to=S.DOORGESTUURD,
            door=door,
            reden=gettext_noop("Doorgestuurd naar de bevoegde dienst"),
            velden={"dienst": dienst},
            na_commit=[lambda: emails.vraag_aan_dienst(vraag, dienst, toelichting, door)],
        )
    return vraag


def beantwoorden(*, vraag: Ondersteuningsvraag, door, antwoord: str) -> Ondersteuningsvraag:
    if not heeft_inhoud(antwoord):
        raise ValidationError(_("Schrijf het antwoord."))
    return transition(
        vraag,
        van={S.NIEUW, S.DOORGESTUURD},
        to=S.BEANTWOORD,
        door=door,
        reden=gettext_noop("Beantwoord"),
        velden={"antwoord": antwoord.strip(), "beantwoord_op": timezone.now(), "beantwoord_door": door},
        na_commit=[lambda: emails.vraag_beantwoord(vraag)],
    )
