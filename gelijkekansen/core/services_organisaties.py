"""Who belongs to an organisation. A membership decides who reads and edits the organisation's
files in every chapter, so a new one counts only once confirmed — by a confirmed responsible
person of that organisation or by the erkenningen staff — and every change is audited."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import mag_rol
from gelijkekansen.core.audit import audit_registreren
from gelijkekansen.core.models import Lidmaatschap, Organisatie
from gelijkekansen.core.models.audit import AuditActie
from gelijkekansen.core.models.organisaties import LidmaatschapRol


def mag_bevestigen(*, organisatie: Organisatie, door, voor=None) -> bool:
    """Erkenningen staff, or a confirmed responsible person of this very organisation — never for
    themselves: a staff member who adds themselves waits for a colleague, like anyone else."""
    if voor is not None and voor == door:
        return False
    if mag_rol(door, Rol.ERKENNINGEN):
        return True
    return Lidmaatschap.objects.filter(
        organisatie=organisatie,
        user=door,
        rol=LidmaatschapRol.VERANTWOORDELIJKE,
        bevestigd_op__isnull=False,
    ).exists()


@transaction.atomic
def lidmaatschap_toevoegen(
    *, organisatie: Organisatie, user, rol: str, door, request: HttpRequest | None = None
) -> Lidmaatschap:
    """Erkenningen staff add a confirmed membership; anyone else adds one that waits for confirmation."""
    lidmaatschap = Lidmaatschap(organisatie=organisatie, user=user, rol=rol)
    _bevestigen_als_erkenningen(lidmaatschap, door)
    return _bewaren_en_loggen(
        lidmaatschap, door=door, request=request, actie="lidmaatschap_toegevoegd", rol_oud=""
    )


@transaction.atomic
def lidmaatschap_bevestigen(
    *, lidmaatschap: Lidmaatschap, door, request: HttpRequest | None = None
) -> Lidmaatschap:
    if not mag_bevestigen(organisatie=lidmaatschap.organisatie, door=door, voor=lidmaatschap.user):
        raise PermissionDenied(
            _(
                "Alleen een bevestigde verantwoordelijke van de organisatie of de dienst Erkenningen kan "
                "bevestigen, en nooit het eigen lidmaatschap."
            )
        )
    if lidmaatschap.bevestigd_op is not None:
        return lidmaatschap
    lidmaatschap.bevestigd_op, lidmaatschap.bevestigd_door = timezone.now(), door
    lidmaatschap.save(update_fields=["bevestigd_op", "bevestigd_door"])
    audit_registreren(
        wie=door,
        wat=AuditActie.GEWIJZIGD,
        obj=lidmaatschap,
        request=request,
        actie="lidmaatschap_bevestigd",
        organisatie=str(lidmaatschap.organisatie_id),
        user=str(lidmaatschap.user_id),
        rol_oud=lidmaatschap.rol,
        rol_nieuw=lidmaatschap.rol,
    )
    return lidmaatschap


@transaction.atomic
def lidmaatschap_wijzigen(
    *, lidmaatschap: Lidmaatschap, rol: str, door, request: HttpRequest | None = None
) -> Lidmaatschap:
    """A new role. Becoming responsible needs confirmation again, unless erkenningen staff do it."""
    oud = Lidmaatschap.objects.select_for_update().get(pk=lidmaatschap.pk)
    if oud.rol == rol:
        return lidmaatschap
    lidmaatschap.rol = rol
    if rol == LidmaatschapRol.VERANTWOORDELIJKE:
        lidmaatschap.bevestigd_op, lidmaatschap.bevestigd_door = None, None
        _bevestigen_als_erkenningen(lidmaatschap, door)
    return _bewaren_en_loggen(
        lidmaatschap, door=door, request=request, actie="lidmaatschap_gewijzigd", rol_oud=oud.rol
    )


def _bevestigen_als_erkenningen(lidmaatschap: Lidmaatschap, door) -> None:
    """Erkenningen staff confirm what they add or change — never a membership of their own."""
    if mag_rol(door, Rol.ERKENNINGEN) and lidmaatschap.user != door:
        lidmaatschap.bevestigd_op, lidmaatschap.bevestigd_door = timezone.now(), door


def _bewaren_en_loggen(
    lidmaatschap: Lidmaatschap, *, door, request, actie: str, rol_oud: str
) -> Lidmaatschap:
    lidmaatschap.full_clean()
    lidmaatschap.save()
    audit_registreren(
        wie=door,
        wat=AuditActie.GEWIJZIGD,
        obj=lidmaatschap,
        request=request,
        actie=actie,
        organisatie=str(lidmaatschap.organisatie_id),
        user=str(lidmaatschap.user_id),
        rol_oud=rol_oud,
        rol_nieuw=lidmaatschap.rol,
        bevestigd=lidmaatschap.bevestigd_op is not None,
    )
    return lidmaatschap


@transaction.atomic
def lidmaatschap_verwijderen(*, lidmaatschap: Lidmaatschap, door, request: HttpRequest | None = None) -> None:
    # Logged before the delete: the event keeps the id and description of what was removed.
    audit_registreren(
        wie=door,
        wat=AuditActie.GEWIJZIGD,
        obj=lidmaatschap,
        request=request,
        actie="lidmaatschap_verwijderd",
        organisatie=str(lidmaatschap.organisatie_id),
        user=str(lidmaatschap.user_id),
        rol_oud=lidmaatschap.rol,
        rol_nieuw="",
    )
    lidmaatschap.delete()
