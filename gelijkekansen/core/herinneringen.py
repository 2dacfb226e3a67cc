"""Herinneringen: reminders of every app, sent by ONE beat task (``herinneringen-versturen``).

An app declares its rules in its ``herinneringen`` module (imported at start, see register.py)::

    @herinneringsregel("<app>-aanvulling")
    def aanvullingen(nu) -> Iterable[TeHerinneren]:
        for vraag in ...:  # what is due now
            yield TeHerinneren(obj=vraag, ontvanger=indiener, versturen=lambda: emails.herinnering(...))

The kernel sends each one at most once per (soort, object, ontvanger): the row in the send-log
(``core.Herinnering``) is inserted first, in the same transaction as the e-mail is queued, and
the unique constraint lets only one of two workers through. A failed e-mail rolls the claim back.
"""

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from gelijkekansen.core.models import Herinnering

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class TeHerinneren:
    obj: models.Model
    ontvanger: object  # a User
    versturen: Callable[[], object]  # queues the e-mail (stuur_mail)


REGELS: dict[str, Callable] = {}


def herinneringsregel(soort: str):
    """Registers ``functie(nu) -> Iterable[TeHerinneren]`` under ``soort`` (unique in the portal)."""

    def registreer(functie: Callable) -> Callable:
        if soort in REGELS and REGELS[soort] is not functie:
            raise ValueError(f"Herinneringsregel {soort!r} bestaat al.")
        REGELS[soort] = functie
        return functie

    return registreer


def al_herinnerd(soort: str, model: type[models.Model]) -> set[str]:
    """Ids (as strings) of the objects of ``model`` already reminded for ``soort``: rules use it to
    skip them early; the claim stays the real guarantee."""
    ct = ContentType.objects.get_for_model(model)
    return set(Herinnering.objects.filter(soort=soort, content_type=ct).values_list("object_id", flat=True))


def claimen(*, soort: str, obj: models.Model, ontvanger, nu=None) -> bool:
    """Insert the send-log row; False when it is there already (sent, or another worker's)."""
    try:
        with transaction.atomic():
            Herinnering.objects.create(
                soort=soort,
                content_type=ContentType.objects.get_for_model(obj),
                object_id=str(obj.pk),
                ontvanger=ontvanger,
                verstuurd_op=nu or timezone.now(),
            )
    except IntegrityError:
        return False
    return True


def regel_uitvoeren(soort: str, *, nu=None) -> int:
    nu = nu or timezone.now()
    verstuurd = 0
    for item in REGELS[soort](nu):
        try:
            with transaction.atomic():
                if not claimen(soort=soort, obj=item.obj, ontvanger=item.ontvanger, nu=nu):
                    continue
                item.versturen()
        except Exception:
            # Claim rolled back with it: tomorrow's run tries this one again.
            logger.exception("Herinnering %s voor %s niet verstuurd", soort, item.obj)
            continue
        verstuurd += 1
    return verstuurd


def herinneringen_versturen(*, nu=None, soorten: Iterable[str] | None = None) -> dict[str, int]:
    """Every rule (or the given ones); one failing rule does not stop the others."""
    resultaat = {}
    for soort in sorted(soorten or REGELS):
        try:
            resultaat[soort] = regel_uitvoeren(soort, nu=nu)
        except Exception:
            logger.exception("Herinneringsregel %s mislukt", soort)
            resultaat[soort] = -1
    return resultaat
