"""The one way to change the status of a stateful object.

Each stateful model has a ``status`` field with TextChoices and a ``TRANSITIONS`` table
``{from: {to, …}}`` (in its app's ``workflow.py``). ``transition`` locks the row, checks the
table, saves, appends a StatusWijziging (who, when, from, to, why) and schedules side effects
for after the commit. Never set ``obj.status`` anywhere else.
"""

from collections.abc import Callable, Iterable

from django.db import models, transaction
from django.utils.translation import gettext as _

from gelijkekansen.core.models import StatusWijziging


class OngeldigeOvergang(Exception):
    """The requested status change is not in the TRANSITIONS table (or the status moved on)."""

    def __init__(self, obj: models.Model, van: str, naar: str):
        self.obj, self.van, self.naar = obj, van, naar
        super().__init__(
            _("Dit kan niet: de status is nu «%(van)s» en kan niet veranderen naar «%(naar)s».")
            % {"van": _label(obj, van), "naar": _label(obj, naar)}
        )


def _label(obj: models.Model, status: str) -> str:
    field = obj._meta.get_field("status")
    return str(dict(field.flatchoices).get(status, status))


def mogelijke_overgangen(obj: models.Model) -> set[str]:
    return set(type(obj).TRANSITIONS.get(obj.status, set()))


def transition(
    obj: models.Model,
    *,
    to: str,
    door=None,
    reden: str = "",
    velden: dict | None = None,
    na_commit: Iterable[Callable[[], None]] = (),
) -> models.Model:
    """Move ``obj`` to status ``to``; ``velden`` are saved in the same step (e.g. a decision).

    Raises OngeldigeOvergang when the step is not allowed from the status in the database,
    which is what another user may have changed in the meantime.
    """
    model = type(obj)
    with transaction.atomic():
        vergrendeld = model._default_manager.select_for_update().get(pk=obj.pk)
        van = vergrendeld.status
        if to not in model.TRANSITIONS.get(van, set()):
            raise OngeldigeOvergang(obj, van, to)
        vergrendeld.status = to
        for naam, waarde in (velden or {}).items():
            setattr(vergrendeld, naam, waarde)
        vergrendeld.save()
        StatusWijziging.objects.create(
            object=vergrendeld,
            van=van,
            naar=to,
            door=door if door and door.is_authenticated else None,
            reden=reden,
        )
        for effect in na_commit:
            transaction.on_commit(effect)
    # The caller's instance reflects the new state too.
    obj.__dict__.update({k: v for k, v in vergrendeld.__dict__.items() if not k.startswith("_")})
    return vergrendeld
