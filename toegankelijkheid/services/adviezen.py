"""An advisory council's advice, point by point, and the city's answer to each point: written by a
member as a draft, submitted (the answer term starts), answered by the toegankelijkheid team, and
public with its answers once every point has one."""

import uuid
from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from gelijkekansen.core.validators import heeft_inhoud
from gelijkekansen.core.workflow import transition, velden_wijzigen, vergrendelen
from toegankelijkheid import emails
from toegankelijkheid.constants import ANTWOORDTERMIJN_DAGEN, AdviesStatus
from toegankelijkheid.models import Advies, Adviespunt
from toegankelijkheid.querysets import adviesraden_van, publieke_plannen


def advies_bewaren(
    *, advies: Advies | None, door, velden: dict, punten: list[str], sleutel: uuid.UUID | None = None
) -> Advies:
    """Create or change a draft; ``punten`` are the points' texts in order (empty ones dropped)."""
    if velden["adviesraad"] not in adviesraden_van(door):
        raise PermissionDenied
    if not publieke_plannen().filter(pk=velden["actieplan"].pk).exists():
        raise ValidationError({"actieplan": _("Kies een gepubliceerd plan.")})
    _onderwerp_controleren(velden)
    if not heeft_inhoud(velden.get("titel")):
        raise ValidationError({"titel": _("Geef het advies een titel.")})
    punten = [p.strip() for p in punten if heeft_inhoud(p)]
    with transaction.atomic():
        if advies is None:
            advies = Advies(gemaakt_door=door, **velden, **({"sleutel": sleutel} if sleutel else {}))
            advies.full_clean()
            advies.save()
        else:
            advies = velden_wijzigen(
                advies, velden=velden, door=door, toegestaan_in=[AdviesStatus.CONCEPT], audit=False
            )
        advies.punten.all().delete()
        Adviespunt.objects.bulk_create(
            Adviespunt(advies=advies, nummer=i, tekst=t) for i, t in enumerate(punten, 1)
        )
    return advies


def _onderwerp_controleren(velden: dict) -> None:
    plan, actie, evaluatie = velden["actieplan"], velden.get("actie"), velden.get("evaluatie")
    if actie is not None and actie.actieplan_id != plan.pk:
        raise ValidationError({"actie": _("Deze actie hoort niet bij het gekozen plan.")})
    if evaluatie is not None and (evaluatie.actieplan_id != plan.pk or evaluatie.status != "gepubliceerd"):
        raise ValidationError({"evaluatie": _("Kies een gepubliceerde evaluatie van het gekozen plan.")})
    if actie is not None and evaluatie is not None:
        raise ValidationError(
            _("Een advies gaat over het plan, over één actie of over één evaluatie: kies er één.")
        )


def advies_indienen(*, advies: Advies, door) -> Advies:
    if advies.adviesraad not in adviesraden_van(door):
        raise PermissionDenied
    if not advies.punten.exists():
        raise ValidationError(_("Schrijf minstens één adviespunt."))
    vandaag = timezone.localdate()
    return transition(
        advies,
        van=AdviesStatus.CONCEPT,
        to=AdviesStatus.INGEDIEND,
        door=door,
        reden=gettext_noop("Ingediend"),
        velden={"ingediend_op": vandaag, "antwoord_tegen": vandaag + timedelta(days=ANTWOORDTERMIJN_DAGEN)},
    )


def punt_beantwoorden(
    *, punt: Adviespunt, door, standpunt: str, motivering: str, opvolging: str
) -> Adviespunt:
    """Answers can be improved until the advice is answered; then they are public and stay."""
    if not standpunt:
        raise ValidationError({"standpunt": _("Kies het standpunt van de stad.")})
    if not heeft_inhoud(motivering):
        raise ValidationError({"motivering": _("Schrijf waarom: de adviesraad en iedereen lezen het.")})
    with transaction.atomic():
        vergrendelen(punt.advies, van=AdviesStatus.INGEDIEND)
        return velden_wijzigen(
            punt,
            velden={"standpunt": standpunt, "motivering": motivering.strip(), "opvolging": opvolging.strip()},
            door=door,
        )


def advies_beantwoorden(*, advies: Advies, door) -> Advies:
    """Every point has its answer: the advice and the answers are public, the council hears it."""
    with transaction.atomic():
        vergrendelen(advies, van=AdviesStatus.INGEDIEND)
        if advies.punten.filter(Q(standpunt="") | Q(motivering="")).exists():
            raise ValidationError(_("Beantwoord eerst elk punt: kies een standpunt en schrijf waarom."))
        return transition(
            advies,
            van=AdviesStatus.INGEDIEND,
            to=AdviesStatus.BEANTWOORD,
            door=door,
            reden=gettext_noop("Beantwoord"),
            velden={"beantwoord_op": timezone.localdate()},
            na_commit=[lambda: emails.advies_beantwoord(advies)],
        )
