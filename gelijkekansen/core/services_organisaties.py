"""Who belongs to an organisation. A membership decides who reads and edits the organisation's
files in every chapter, so a new one counts only once confirmed — by a confirmed responsible
person of that organisation or by the erkenningen staff — and every change is audited."""

import unicodedata

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import mag_rol
from gelijkekansen.core.audit import audit_registreren
from gelijkekansen.core.models import Lidmaatschap, Organisatie, Rekeningwijziging
from gelijkekansen.core.models.audit import AuditActie
from gelijkekansen.core.models.organisaties import LidmaatschapRol, OrganisatieSoort
from gelijkekansen.core.validators import normaliseer_iban
from gelijkekansen.core.workflow import velden_wijzigen


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


# --- an organisation's own details, kept by its responsibles ---------------------------------------

# What a responsible changes directly (audited); the account number goes through a request.
EIGEN_GEGEVENS = ["adres", "postcode", "gemeente", "wijk", "email", "telefoon", "website"]


@transaction.atomic
def organisatie_registreren(
    *, door, velden: dict, doelgroepen=(), request: HttpRequest | None = None
) -> Organisatie:
    """A citizen puts their association on the portal and becomes its first responsible. Nobody
    else had a claim on a record that did not exist, so the membership counts at once; an
    association that is already there (same enterprise number, or same name and postcode) is
    refused: its responsibles add the person, as for any organisation. The erkenningen staff see
    every new organisation in their werkbak."""
    velden = {**velden, "naam": _leesbare_naam(velden.get("naam", ""))}
    organisatie = Organisatie(soort=OrganisatieSoort.VERENIGING, **velden)
    organisatie.full_clean(validate_constraints=False)
    if _bestaat_al(organisatie):
        raise ValidationError(
            _(
                "%(naam)s staat al op het portaal. Vraag een verantwoordelijke van de vereniging om je "
                "toe te voegen, of mail naar gelijkekansen@stad.gent."
            )
            % {"naam": organisatie.naam}
        )
    organisatie.iban = ""  # an account is confirmed by the staff first (rekening_wijzigen_vragen)
    organisatie.save()
    organisatie.doelgroepen.set(doelgroepen)
    lidmaatschap = Lidmaatschap.objects.create(
        organisatie=organisatie, user=door, rol=LidmaatschapRol.VERANTWOORDELIJKE, bevestigd_op=timezone.now()
    )
    audit_registreren(
        wie=door,
        wat=AuditActie.GEWIJZIGD,
        obj=lidmaatschap,
        request=request,
        actie="organisatie_geregistreerd",
    )
    return organisatie


def _bestaat_al(organisatie: Organisatie) -> bool:
    """Same enterprise number, or the same name in the same postcode — names compared as people
    read them: case, runs of spaces, no-break and invisible characters do not make a new one."""
    if (
        organisatie.ondernemingsnummer
        and Organisatie.objects.filter(ondernemingsnummer=organisatie.ondernemingsnummer).exists()
    ):
        return True
    naam = naam_zoals_gelezen(organisatie.naam)
    namen = Organisatie.objects.filter(postcode=organisatie.postcode).values_list("naam", flat=True)
    return any(naam_zoals_gelezen(ander) == naam for ander in namen)


def _leesbare_naam(naam: str) -> str:
    """The name as it reads: no invisible characters, one plain space between words."""
    zichtbaar = "".join(t for t in unicodedata.normalize("NFKC", naam) if unicodedata.category(t) != "Cf")
    return " ".join(zichtbaar.split())


def naam_zoals_gelezen(naam: str) -> str:
    return _leesbare_naam(naam).casefold()


def gegevens_wijzigen(*, organisatie: Organisatie, door, velden: dict) -> Organisatie:
    """Address and contact details, by a confirmed responsible; each change audited (old → new)."""
    _vereis_verantwoordelijke(organisatie, door)
    onbekend = set(velden) - set(EIGEN_GEGEVENS)
    if onbekend:
        raise PermissionDenied(
            _("Deze gegevens wijzigt de dienst: %(velden)s") % {"velden": ", ".join(sorted(onbekend))}
        )
    return velden_wijzigen(organisatie, velden=velden, door=door, reden=_("Gewijzigd door de vereniging"))


@transaction.atomic
def rekening_wijzigen_vragen(*, organisatie: Organisatie, door, iban: str) -> Rekeningwijziging:
    """A new account number waits for the staff; a newer request replaces one still open."""
    _vereis_verantwoordelijke(organisatie, door)
    iban = normaliseer_iban(iban)
    if iban == organisatie.iban:
        raise ValidationError(_("Dit rekeningnummer is al het rekeningnummer van de vereniging."))
    Rekeningwijziging.objects.filter(
        organisatie=organisatie, status=Rekeningwijziging.Status.GEVRAAGD
    ).update(
        status=Rekeningwijziging.Status.GEWEIGERD,
        beslist_op=timezone.now(),
        reden=_("Vervangen door een nieuwere vraag."),
    )
    wijziging = Rekeningwijziging(organisatie=organisatie, iban=iban, gevraagd_door=door)
    wijziging.full_clean()
    wijziging.save()
    return wijziging


@transaction.atomic
def rekeningwijziging_beslissen(
    *, wijziging: Rekeningwijziging, door, bevestigen: bool, reden: str = ""
) -> None:
    """The erkenningen staff confirm (the account is used from the next payment file on) or refuse."""
    if not mag_rol(door, Rol.ERKENNINGEN):
        raise PermissionDenied(_("Alleen de dienst Erkenningen bevestigt een nieuw rekeningnummer."))
    wijziging = Rekeningwijziging.objects.select_for_update().get(pk=wijziging.pk)
    if wijziging.status != Rekeningwijziging.Status.GEVRAAGD:
        raise ValidationError(_("Over deze vraag is al beslist."))
    if not bevestigen and not reden.strip():
        raise ValidationError(_("Schrijf waarom je het rekeningnummer niet bevestigt."))
    wijziging.status = (
        Rekeningwijziging.Status.BEVESTIGD if bevestigen else Rekeningwijziging.Status.GEWEIGERD
    )
    wijziging.beslist_op, wijziging.beslist_door, wijziging.reden = timezone.now(), door, reden
    wijziging.save(update_fields=["status", "beslist_op", "beslist_door", "reden"])
    if bevestigen:
        velden_wijzigen(
            wijziging.organisatie,
            velden={"iban": wijziging.iban},
            door=door,
            reden=_("Nieuw rekeningnummer bevestigd"),
        )


def _vereis_verantwoordelijke(organisatie: Organisatie, door) -> None:
    if not Lidmaatschap.objects.filter(
        organisatie=organisatie, user=door, rol=LidmaatschapRol.VERANTWOORDELIJKE, bevestigd_op__isnull=False
    ).exists():
        raise PermissionDenied(
            _("Alleen een bevestigde verantwoordelijke wijzigt de gegevens van de vereniging.")
        )
