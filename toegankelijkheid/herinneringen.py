"""Reminders of the action plans, as rules of the kernel's one daily task (core.herinneringen):

- ``toegankelijkheid-stil``: an action of a running plan without an approved update for
  STIL_NA_DAGEN (90) days, to each confirmed member of its service;
- ``toegankelijkheid-stil-team``: still silent after twice as long, to the team.

The send-log is per object and person; the object is the action's last approved update (the
action itself before its first), so each silence is reminded once and a new silence after a new
update again.
"""

from collections.abc import Iterator
from datetime import timedelta

from gelijkekansen.core.herinneringen import TeHerinneren, al_herinnerd, herinneringsregel

STIL = "toegankelijkheid-stil"
STIL_TEAM = "toegankelijkheid-stil-team"


def _stille_acties(nu, dagen: int):
    from django.db.models import Q
    from django.utils import timezone

    from toegankelijkheid.constants import AFGEROND, PlanStatus
    from toegankelijkheid.models import Actie

    grens = timezone.localdate(nu) - timedelta(days=dagen)
    sinds = Q(bijgewerkt_op__lt=grens) | Q(
        bijgewerkt_op__isnull=True, actieplan__gepubliceerd_op__date__lt=grens
    )
    from django.db.models import OuterRef, Subquery

    from toegankelijkheid.models import Voortgangsupdate

    laatste = (
        Voortgangsupdate.objects.goedgekeurd()
        .filter(actie=OuterRef("pk"))
        .order_by("-datum", "-ingediend_op")
    )
    return (
        Actie.objects.filter(actieplan__status=PlanStatus.GEPUBLICEERD)
        .exclude(status__in=AFGEROND)
        .filter(sinds)
        .annotate(laatste_update=Subquery(laatste.values("pk")[:1]))
        .select_related("trekker")
    )


def _anker(actie):
    """What the silence is counted from: the last approved update, or the action itself."""
    from toegankelijkheid.models import Voortgangsupdate

    return Voortgangsupdate(pk=actie.laatste_update) if actie.laatste_update else actie


def _herinnerd(soort: str) -> set[tuple[str, str]]:
    from toegankelijkheid.models import Actie, Voortgangsupdate

    return {(m.__name__, pk) for m in (Actie, Voortgangsupdate) for pk in al_herinnerd(soort, m)}


def _al_gehad(herinnerd: set, anker) -> bool:
    return (type(anker).__name__, str(anker.pk)) in herinnerd


@herinneringsregel(STIL)
def stil(nu) -> Iterator[TeHerinneren]:
    from toegankelijkheid import emails
    from toegankelijkheid.constants import STIL_NA_DAGEN
    from toegankelijkheid.querysets import leden_van

    herinnerd = _herinnerd(STIL)
    leden: dict[int, list] = {}  # per service, asked once: a few services lead many actions
    for actie in _stille_acties(nu, STIL_NA_DAGEN):
        if _al_gehad(herinnerd, anker := _anker(actie)):
            continue
        if actie.trekker_id not in leden:
            leden[actie.trekker_id] = leden_van(actie.trekker)
        for persoon in leden[actie.trekker_id]:
            yield TeHerinneren(
                obj=anker,
                ontvanger=persoon,
                versturen=lambda a=actie, p=persoon: emails.actie_stil(a, p, STIL_NA_DAGEN),
            )


@herinneringsregel(STIL_TEAM)
def stil_team(nu) -> Iterator[TeHerinneren]:
    from gelijkekansen.accounts.models import User
    from gelijkekansen.accounts.roles import Rol
    from toegankelijkheid import emails
    from toegankelijkheid.constants import STIL_NA_DAGEN

    team = list(User.objects.filter(groups__name=Rol.TOEGANKELIJKHEID, is_active=True))
    herinnerd = _herinnerd(STIL_TEAM)
    for actie in _stille_acties(nu, 2 * STIL_NA_DAGEN):
        if _al_gehad(herinnerd, anker := _anker(actie)):
            continue
        for persoon in team:
            yield TeHerinneren(
                obj=anker,
                ontvanger=persoon,
                versturen=lambda a=actie, p=persoon: emails.actie_stil(a, p, 2 * STIL_NA_DAGEN, team=True),
            )
