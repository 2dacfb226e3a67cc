"""The one way to change the status of a stateful object, and the one way to change a field that
matters.

Each stateful model has a ``status`` field with TextChoices and a ``TRANSITIONS`` table
``{from: {to, …}}`` (in its app's ``workflow.py``). ``transition`` locks the row, checks that the
status is still the one the caller expects (``van``: what the user saw, or the states a service
accepts), checks the table, saves only the status and the given fields, appends a StatusWijziging
(who, when, from, to, why) and schedules side effects for after the commit. Never set
``obj.status`` anywhere else.

``velden_wijzigen`` is the same for a field that matters outside a status step (a coach, an IBAN, an
amount): lock, check the state, save only those fields, and write an AuditEvent with old → new.
"""

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from django.db import models, transaction
from django.utils.translation import gettext as _

from gelijkekansen.core.models import StatusWijziging


class OngeldigeOvergang(Exception):
    """The requested status change is not in the TRANSITIONS table."""

    def __init__(self, obj: models.Model, van: str, naar: str):
        self.obj, self.van, self.naar = obj, van, naar
        super().__init__(
            _("Dit kan niet: de status is nu «%(van)s» en kan niet veranderen naar «%(naar)s».")
            % {"van": _label(obj, van), "naar": _label(obj, naar)}
        )


class VerouderdeStatus(OngeldigeOvergang):
    """The status moved on since the user looked (another person, another tab)."""

    def __init__(self, obj: models.Model, huidig: str):
        self.obj, self.van, self.naar = obj, huidig, huidig
        Exception.__init__(
            self,
            _(
                "Dit dossier is intussen veranderd: de status is nu «%(status)s». Er is niets "
                "gewijzigd. Bekijk het dossier opnieuw en kies dan wat je wilt doen."
            )
            % {"status": _label(obj, huidig)},
        )


def _label(obj: models.Model, status: str) -> str:
    field = obj._meta.get_field("status")
    return str(dict(field.flatchoices).get(status, status))


def _als_set(van: str | Iterable[str]) -> set[str]:
    return {van} if isinstance(van, str) else set(van)


def mogelijke_overgangen(obj: models.Model) -> set[str]:
    return set(type(obj).TRANSITIONS.get(obj.status, set()))


def vergrendelen(obj: models.Model, *, van: str | Iterable[str]) -> models.Model:
    """Lock the row (inside the caller's transaction) and check its status is one of ``van``."""
    vergrendeld = type(obj)._default_manager.select_for_update().get(pk=obj.pk)
    if vergrendeld.status not in _als_set(van):
        raise VerouderdeStatus(obj, vergrendeld.status)
    return vergrendeld


@contextmanager
def zoals_gezien(obj: models.Model, gezien: str | None) -> Iterator[models.Model]:
    """For pages that post the status they showed: everything inside happens only if the status is
    still that one, under the row lock. An old tab gets a clear message instead of a second step."""
    with transaction.atomic():
        yield vergrendelen(obj, van=gezien or "")


def transition(
    obj: models.Model,
    *,
    van: str | Iterable[str],
    to: str,
    door,
    reden: str = "",
    velden: dict | None = None,
    na_commit: Iterable[Callable[[], None]] = (),
) -> models.Model:
    """Move ``obj`` from one of ``van`` to ``to``; ``velden`` are saved in the same step.

    ``door`` is required: the person who acts, or None for the system (a task). Raises
    OngeldigeOvergang when the status in the database is not one of ``van`` (someone acted in the
    meantime, or the step does not fit this status) or the table does not allow the step.
    """
    model = type(obj)
    velden = velden or {}
    with transaction.atomic():
        vergrendeld = model._default_manager.select_for_update().get(pk=obj.pk)
        huidig = vergrendeld.status
        if huidig not in _als_set(van) or to not in model.TRANSITIONS.get(huidig, set()):
            raise OngeldigeOvergang(obj, huidig, to)
        vergrendeld.status = to
        for naam, waarde in velden.items():
            setattr(vergrendeld, naam, waarde)
        vergrendeld.save(update_fields=["status", *velden, *_auto_now(model)])
        StatusWijziging.objects.create(
            object=vergrendeld, van=huidig, naar=to, door=_persoon(door), reden=reden
        )
        for effect in na_commit:
            transaction.on_commit(effect)
    _overnemen(obj, vergrendeld)
    return vergrendeld


def velden_wijzigen(
    obj: models.Model,
    *,
    velden: dict,
    door,
    reden: str = "",
    toegestaan_in: Iterable[str] | None = None,
    audit: bool = True,
    leeg_toegestaan: bool = False,
) -> models.Model:
    """Save only ``velden`` under the row lock, if the object is in one of ``toegestaan_in``.

    With ``audit`` an AuditEvent records old → new per field. Validation runs on the changed
    fields only, so a draft may stay incomplete elsewhere; with ``leeg_toegestaan`` (drafts) an
    empty value is not validated either.
    """
    from gelijkekansen.core.audit import audit_registreren
    from gelijkekansen.core.models.audit import AuditActie

    with transaction.atomic():
        if toegestaan_in is not None:
            vergrendeld = vergrendelen(obj, van=toegestaan_in)
        else:
            vergrendeld = type(obj)._default_manager.select_for_update().get(pk=obj.pk)
        oud = {naam: _leesbaar(getattr(vergrendeld, naam)) for naam in velden}
        for naam, waarde in velden.items():
            setattr(vergrendeld, naam, waarde)
        anders = [f.name for f in vergrendeld._meta.concrete_fields if f.name not in velden]
        if leeg_toegestaan:
            anders += [n for n, w in velden.items() if w in (None, "", [])]
        vergrendeld.full_clean(exclude=anders, validate_unique=False, validate_constraints=False)
        vergrendeld.save(update_fields=[*velden, *_auto_now(type(obj))])
        gewijzigd = {n: [oud[n], _leesbaar(getattr(vergrendeld, n))] for n in velden}
        gewijzigd = {n: w for n, w in gewijzigd.items() if w[0] != w[1]}
        if audit and gewijzigd:
            audit_registreren(
                wie=door, wat=AuditActie.GEWIJZIGD, obj=vergrendeld, velden=gewijzigd, reden=reden
            )
    _overnemen(obj, vergrendeld)
    return vergrendeld


def _auto_now(model: type[models.Model]) -> list[str]:
    return [f.name for f in model._meta.concrete_fields if getattr(f, "auto_now", False)]


def _persoon(door):
    return door if door is not None and door.is_authenticated else None


def _leesbaar(waarde) -> str | None:
    if isinstance(waarde, models.Model):
        return f"{waarde} (#{waarde.pk})"
    return None if waarde is None else str(waarde)


def _overnemen(obj: models.Model, vergrendeld: models.Model) -> None:
    # The caller's instance reflects the new state too (including cached relations).
    obj.__dict__.update({k: v for k, v in vergrendeld.__dict__.items() if not k.startswith("_")})
    obj._state.fields_cache = dict(vergrendeld._state.fields_cache)
