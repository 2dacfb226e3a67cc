"""Berichten: the message thread of a dossier, for every app (model: core/models/berichten.py).

An app registers its dossier model once, telling the kernel which side a user is on, who on each
side gets an e-mail for a new message, and how that e-mail is sent (its own templates)::

    berichten.registreren(
        "<app>.Dossier",
        kant=lambda dossier, user: Kant.BURGER if is_indiener(user, dossier) else Kant.DIENST,
        ontvangers=lambda dossier, kant: [dossier.indiener] if kant == Kant.BURGER else [dossier.behandelaar],
        mailen=emails.nieuw_bericht,  # (dossier, bericht, ontvanger) -> None, through stuur_mail
    )

in the app's ``berichten`` module (imported at start, see register.py).

Who may open the thread at all is the app's decision (its ``get_<obj>_for_user`` in the view);
the kernel filters only by side: the citizen side never sees an internal note. E-mails are written
to the outbox in the same transaction as the message and sent after the commit.
"""

import hashlib
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from gelijkekansen.core.models import Bericht, Draad, DraadToegang, Kant
from gelijkekansen.core.models.berichten import BerichtSoort
from gelijkekansen.core.validators import heeft_inhoud


@dataclass(frozen=True)
class Regels:
    kant: Callable[[models.Model, object], str]  # (dossier, user) -> Kant
    ontvangers: Callable[[models.Model, str], Iterable]  # (dossier, kant) -> users to e-mail
    mailen: Callable[[models.Model, Bericht, object], None]  # (dossier, bericht, ontvanger)


REGELS: dict[str, Regels] = {}


def registreren(model_label: str, *, kant, ontvangers, mailen) -> None:
    REGELS[model_label.lower()] = Regels(kant=kant, ontvangers=ontvangers, mailen=mailen)


def regels_voor(dossier: models.Model) -> Regels:
    try:
        return REGELS[dossier._meta.label_lower]
    except KeyError:
        raise LookupError(
            f"Geen berichtenregels voor {dossier._meta.label}: registreer ze in de app."
        ) from None


def kant_van(dossier: models.Model, user) -> str:
    return regels_voor(dossier).kant(dossier, user)


# --- the thread --------------------------------------------------------------------------------


def _sleutel(dossier: models.Model) -> dict:
    return {"content_type": ContentType.objects.get_for_model(dossier), "object_id": str(dossier.pk)}


def draad_voor(dossier: models.Model) -> Draad:
    """The dossier's one thread, made on first use (twice at once still gives one)."""
    draad, _nieuw = Draad.objects.get_or_create(**_sleutel(dossier))
    return draad


def berichten_van(dossier: models.Model):
    """Every message of the dossier, internal notes included: for code that already decided."""
    sleutel = _sleutel(dossier)
    return Bericht.objects.filter(
        draad__content_type=sleutel["content_type"], draad__object_id=sleutel["object_id"]
    ).select_related("afzender", "antwoord_op")


def berichten_voor(dossier: models.Model, user, *, kant: str | None = None):
    """What this user reads in the thread: the staff side everything, the citizen side no notes."""
    kant = kant or kant_van(dossier, user)
    return berichten_van(dossier).voor_kant(kant)


@dataclass(frozen=True)
class Gelezen:
    """The thread as one side read it on opening: ``nieuw`` counts what the other side wrote
    since this side last looked (the page says what was new), ``open_vraag`` is the question
    still waiting for an answer."""

    berichten: list
    nieuw: int
    open_vraag: Bericht | None


def draad_lezen(dossier: models.Model, user, *, kant: str | None = None) -> Gelezen:
    """Open the thread for a page: read once, the other side's messages then marked read.
    One query and at most one update, whatever the length of the thread."""
    kant = kant or kant_van(dossier, user)
    lijst = list(berichten_voor(dossier, user, kant=kant))
    nieuw = [b.pk for b in lijst if b.kant != kant and not b.intern and b.gelezen_op is None]
    if nieuw:
        # Conditional: a colleague who marked them a moment ago keeps the first time.
        Bericht.objects.filter(pk__in=nieuw, gelezen_op__isnull=True).update(gelezen_op=timezone.now())
    beantwoord = {b.antwoord_op_id for b in lijst if b.antwoord_op_id}
    vragen = [b for b in lijst if b.soort == BerichtSoort.VRAAG and b.pk not in beantwoord]
    return Gelezen(berichten=lijst, nieuw=len(nieuw), open_vraag=vragen[-1] if vragen else None)


def ongelezen(dossier: models.Model, user, *, kant: str | None = None) -> int:
    kant = kant or kant_van(dossier, user)
    return berichten_van(dossier).ongelezen_voor(kant).count()


# --- writing -----------------------------------------------------------------------------------


# As long as the message forms allow: a long letter belongs in an attachment.
MAX_LENGTE = 4000


def bericht_sturen(
    *, dossier: models.Model, door, tekst: str, intern: bool = False, kant: str | None = None
) -> Bericht:
    """A message to the other side (e-mailed to them after the commit), or with ``intern`` a note
    only the staff side reads (never e-mailed, never shown to the citizen)."""
    kant = kant or kant_van(dossier, door)
    if intern and kant != Kant.DIENST:
        raise PermissionDenied(_("Alleen medewerkers schrijven interne notities."))
    return _schrijven(dossier=dossier, door=door, tekst=tekst, kant=kant, intern=intern)


def vraag_stellen(*, dossier: models.Model, door, tekst: str) -> Bericht:
    """A question of the city that the citizen answers in the thread (e.g. a completion request)."""
    if kant_van(dossier, door) != Kant.DIENST:
        raise PermissionDenied(_("Alleen medewerkers stellen vragen."))
    return _schrijven(dossier=dossier, door=door, tekst=tekst, kant=Kant.DIENST, soort=BerichtSoort.VRAAG)


def open_vraag(dossier: models.Model) -> Bericht | None:
    return berichten_van(dossier).open_vragen().order_by("verstuurd_op", "id").last()


def vraag_beantwoorden(*, dossier: models.Model, door, tekst: str, vraag: Bericht | None = None) -> Bericht:
    """The citizen's answer, linked to the question (the open one when none is given). One answer
    per question: a second, from another tab, is refused."""
    kant = kant_van(dossier, door)
    if kant != Kant.BURGER:
        raise PermissionDenied(_("Alleen de burger beantwoordt een vraag."))
    with transaction.atomic():
        vraag = vraag or open_vraag(dossier)
        vraag = vraag and berichten_van(dossier).select_for_update(of=("self",)).filter(pk=vraag.pk).first()
        if (
            vraag is None
            or vraag.soort != BerichtSoort.VRAAG
            or Bericht.objects.filter(antwoord_op=vraag).exists()
        ):
            raise ValidationError(_("Er is geen open vraag om te beantwoorden."))
        return _schrijven(
            dossier=dossier, door=door, tekst=tekst, kant=kant, soort=BerichtSoort.ANTWOORD, antwoord_op=vraag
        )


def _schrijven(*, dossier, door, tekst: str, kant: str, intern: bool = False, **velden) -> Bericht:
    tekst = (tekst or "").strip()
    if not heeft_inhoud(tekst):
        raise ValidationError(_("Schrijf eerst je bericht."))
    if len(tekst) > MAX_LENGTE:
        raise ValidationError(
            _("Je bericht is te lang: hoogstens %(max)d tekens. Verdeel het over meer berichten.")
            % {"max": MAX_LENGTE}
        )
    with transaction.atomic():
        bericht = Bericht(
            draad=draad_voor(dossier),
            kant=kant,
            intern=intern,
            afzender=door if getattr(door, "is_authenticated", False) else None,
            tekst=tekst,
            **velden,
        )
        bericht.full_clean()
        bericht.save()
        if not intern:
            _mailen(dossier, bericht)
    return bericht


def _mailen(dossier: models.Model, bericht: Bericht) -> None:
    regels = regels_voor(dossier)
    andere_kant = Kant.BURGER if bericht.kant == Kant.DIENST else Kant.DIENST
    for ontvanger in regels.ontvangers(dossier, andere_kant):
        if ontvanger and ontvanger != bericht.afzender:
            regels.mailen(dossier, bericht, ontvanger)


# --- access by token (no account) ---------------------------------------------------------------


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def toegang_maken(*, dossier: models.Model) -> str:
    """A random token that opens exactly this dossier's thread (without internal notes). Returned
    once; only its hash is stored, so a leaked database does not leak the keys."""
    token = secrets.token_urlsafe(32)
    DraadToegang.objects.create(draad=draad_voor(dossier), token_hash=_hash(token))
    return token


def draad_met_token(token: str) -> Draad | None:
    if not token:
        return None
    toegang = (
        DraadToegang.objects.filter(token_hash=_hash(token), ingetrokken_op__isnull=True)
        .select_related("draad")
        .first()
    )
    if toegang is None:
        return None
    DraadToegang.objects.filter(pk=toegang.pk).update(laatst_gebruikt=timezone.now())
    return toegang.draad


def berichten_met_token(token: str):
    """The citizen side of one thread, for whoever holds its token; nothing for a wrong token."""
    draad = draad_met_token(token)
    if draad is None:
        return Bericht.objects.none()
    return draad.berichten.voor_kant(Kant.BURGER).select_related("afzender", "antwoord_op")


def toegang_intrekken(*, token: str) -> int:
    return DraadToegang.objects.filter(token_hash=_hash(token), ingetrokken_op__isnull=True).update(
        ingetrokken_op=timezone.now()
    )


# --- for work lists -----------------------------------------------------------------------------


def dossier_ids(model: type[models.Model], berichten) -> list:
    """The keys of the dossiers of ``model`` that have one of these messages, as the model's own
    key type. (A join on the string id would not use the UUID index, nor work the same on every
    database; the work lists need only a handful.)"""
    ct = ContentType.objects.get_for_model(model)
    ruwe = set(berichten.filter(draad__content_type=ct).values_list("draad__object_id", flat=True))
    return [model._meta.pk.to_python(waarde) for waarde in ruwe]


def ongelezen_per_dossier(model: type[models.Model], kant: str, ids: Iterable) -> dict:
    """{dossier key: number of messages of the other side this side has not read}."""
    ct = ContentType.objects.get_for_model(model)
    rijen = (
        Bericht.objects.ongelezen_voor(kant)
        .filter(draad__content_type=ct, draad__object_id__in=[str(i) for i in ids])
        .order_by()
        .values("draad__object_id")
        .annotate(aantal=Count("pk"))
    )
    return {model._meta.pk.to_python(r["draad__object_id"]): r["aantal"] for r in rijen}
