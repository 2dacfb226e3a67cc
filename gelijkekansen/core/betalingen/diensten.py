"""Payments of every chapter: the order, the SEPA file, and marking what the bank did.

An app registers its dossier model once, in its ``betalingen`` module (imported at start, see
register.py), telling the kernel who is paid and what a paid or returned payment means for the
dossier::

    betalingen.registreren(
        "<app>.Dossier",
        begunstigde=lambda dossier: Begunstigde(iban=dossier.iban, naam=dossier.rekeninghouder),
        referentie=lambda dossier: dossier.nummer,
        rol=Rol.ERKENNINGEN,           # who makes files and marks payments paid
        betaald=lambda betaling, door: ...,       # optional: the dossier's next step
        teruggestort=lambda betaling, door: ...,  # optional
    )

The account is read from the app **when the SEPA file is made**: a corrected IBAN reaches the next
file. The hooks run in the payment's transaction, after its status step: a failing dossier step
rolls the payment step back.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import models, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from gelijkekansen.core.betalingen.betaalbestanden import (
    Opdrachtgever,
    Overschrijving,
    ogm_voor_betaling,
    overschrijving_fouten,
    sepa_overschrijvingen,
)
from gelijkekansen.core.models import Betaalbatch, Betaling, StatusWijziging
from gelijkekansen.core.models.betalingen import UITGAAND
from gelijkekansen.core.models.betalingen import BetalingStatus as B
from gelijkekansen.core.workflow import transition


@dataclass(frozen=True)
class Begunstigde:
    iban: str
    naam: str


@dataclass(frozen=True)
class Regels:
    begunstigde: Callable[[models.Model], Begunstigde]
    referentie: Callable[[models.Model], str]
    rol: str
    betaald: Callable[[Betaling, object], None] | None = None
    teruggestort: Callable[[Betaling, object], None] | None = None


REGELS: dict[str, Regels] = {}


def registreren(model_label: str, *, begunstigde, referentie, rol, betaald=None, teruggestort=None) -> None:
    REGELS[model_label.lower()] = Regels(
        begunstigde=begunstigde,
        referentie=referentie,
        rol=str(rol),
        betaald=betaald,
        teruggestort=teruggestort,
    )


def regels_voor_type(content_type: ContentType) -> Regels:
    label = f"{content_type.app_label}.{content_type.model}"
    try:
        return REGELS[label]
    except KeyError:
        raise LookupError(f"Geen betaalregels voor {label}: registreer ze in de app.") from None


def betaalrollen() -> list[str]:
    """The roles that make payment files and mark payments paid: those the apps declared."""
    return sorted({r.rol for r in REGELS.values()})


# --- the order -----------------------------------------------------------------------------------


def betaling_aanmaken(
    *, dossier: models.Model, soort: str, bedrag: Decimal, door=None, reden: str = ""
) -> Betaling:
    """A payment order with its own Belgian structured reference (derived from its id); its first
    history row says the order was given (``reden``, in the app's words)."""
    content_type = ContentType.objects.get_for_model(dossier)
    regels = regels_voor_type(content_type)
    with transaction.atomic():
        # The reference is derived from the id, which exists only after the insert: a unique
        # placeholder that fits the column holds the place for that moment.
        betaling = Betaling.objects.create(
            content_type=content_type,
            object_id=str(dossier.pk),
            referentie=regels.referentie(dossier),
            soort=soort,
            bedrag=bedrag,
            mededeling=uuid.uuid4().hex[:21],
        )
        betaling.mededeling = ogm_voor_betaling(betaling.pk, jaar=timezone.localdate().year)
        betaling.save(update_fields=["mededeling"])
        StatusWijziging.objects.create(
            object=betaling,
            van="",
            naar=B.TE_BETALEN,
            door=door if door is not None and door.is_authenticated else None,
            reden=reden or _("Betaalopdracht gegeven"),
        )
    return betaling


# --- the SEPA file -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Betaalrun:
    batch: Betaalbatch
    # Payments left out, each with what is wrong: one bad account never blocks everybody's payment.
    overgeslagen: list[tuple[Betaling, list[str]]]


def klaarstaand():
    """What ``betaalbatch_maken`` will take: every outgoing payment still to pay."""
    return Betaling.objects.filter(status=B.TE_BETALEN, soort__in=UITGAAND)


def betaalbatch_maken(*, door, uitvoeringsdatum: date, alleen: list[int] | None = None) -> Betaalrun:
    """All payments waiting to go out in one SEPA file for the bank (``alleen``: only these ids, for
    a scenario that must not pay other files). A payment whose account data the bank would refuse
    stays waiting and is named in the result."""
    with transaction.atomic():
        wachtend = klaarstaand().select_for_update().select_related("content_type").order_by("pk")
        if alleen is not None:
            wachtend = wachtend.filter(pk__in=alleen)
        wachtend = list(wachtend)
        if not wachtend:
            raise ValidationError(_("Er zijn geen betalingen die klaarstaan."))
        overschrijvingen = {b.pk: _overschrijving(b) for b in wachtend}
        overgeslagen = [(b, f) for b in wachtend if (f := overschrijving_fouten(overschrijvingen[b.pk]))]
        weg = {b.pk for b, _f in overgeslagen}
        betalingen = [b for b in wachtend if b.pk not in weg]
        if not betalingen:
            raise ValidationError(
                [_("Geen enkele betaling kan naar de bank:")] + [_fout_tekst(b, f) for b, f in overgeslagen]
            )
        batch = Betaalbatch.objects.create(door=door, uitvoeringsdatum=uitvoeringsdatum)
        inhoud = sepa_overschrijvingen(
            opdrachtgever=Opdrachtgever(**settings.SEPA_OPDRACHTGEVER),
            betalingen=[overschrijvingen[b.pk] for b in betalingen],
            uitvoeringsdatum=uitvoeringsdatum,
            batch_id=f"GK-{batch.pk:08d}",
        )
        # The name carries the local time (Europe/Brussels), as the batch's name in the admin does.
        naam = f"GK-{batch.pk:08d}-{timezone.localtime(batch.aangemaakt):%Y%m%d-%H%M}.xml"
        batch.bestand = storages["private"].save(f"betalingen/sepa/{naam}", ContentFile(inhoud))
        batch.save(update_fields=["bestand"])
        reden = _("In %(batch)s, uit te voeren op %(datum)s") % {
            "batch": batch,
            "datum": date_format(uitvoeringsdatum, "j F Y"),
        }
        for betaling in betalingen:
            transition(
                betaling, van=B.TE_BETALEN, to=B.IN_BATCH, door=door, reden=reden, velden={"batch": batch}
            )
    return Betaalrun(batch=batch, overgeslagen=overgeslagen)


def _fout_tekst(betaling: Betaling, fouten: list[str]) -> str:
    return _("%(aanvraag)s (%(mededeling)s): %(fouten)s") % {
        "aanvraag": betaling.referentie,
        "mededeling": betaling.mededeling,
        "fouten": " ".join(fouten),
    }


def overgeslagen_tekst(run: Betaalrun) -> list[str]:
    return [_fout_tekst(b, f) for b, f in run.overgeslagen]


def _overschrijving(betaling: Betaling) -> Overschrijving:
    # Read from the app now, at batch time: a corrected account reaches this file.
    begunstigde = regels_voor_type(betaling.content_type).begunstigde(betaling.dossier)
    return Overschrijving(
        end_to_end_id=f"GK-BET-{betaling.pk}",
        bedrag=betaling.bedrag,
        begunstigde=begunstigde.naam,
        iban=begunstigde.iban,
        mededeling=betaling.mededeling,
    )


# --- what the bank did ---------------------------------------------------------------------------


def betaling_betaald(*, betaling: Betaling, door, op: date, reden: str = "") -> Betaling:
    """The bank executed the transfer on ``op``; the dossier's app takes its next step."""
    with transaction.atomic():
        transition(
            betaling,
            van=B.IN_BATCH,
            to=B.BETAALD,
            door=door,
            reden=reden or _("Betaald op %(datum)s") % {"datum": date_format(op, "j F Y")},
            velden={"betaald_op": op},
        )
        regels = regels_voor_type(betaling.content_type)
        if regels.betaald:
            regels.betaald(betaling, door)
    return betaling


def betaling_teruggestort(*, betaling: Betaling, door, op: date, reden: str = "") -> Betaling:
    """The beneficiary's bank sent the money back (account closed, wrong name)."""
    with transaction.atomic():
        transition(
            betaling,
            van=[B.IN_BATCH, B.BETAALD],
            to=B.TERUGGESTORT,
            door=door,
            reden=reden or _("Teruggestort op %(datum)s") % {"datum": date_format(op, "j F Y")},
            velden={"teruggestort_op": op},
        )
        regels = regels_voor_type(betaling.content_type)
        if regels.teruggestort:
            regels.teruggestort(betaling, door)
    return betaling


def betaling_weigeren(*, betaling: Betaling, door, reden: str) -> Betaling:
    """The bank refused the transfer, or the order is withdrawn before it went out."""
    if not (reden or "").strip():
        raise ValidationError({"reden": _("Schrijf waarom de betaling geweigerd is.")})
    return transition(betaling, van=[B.TE_BETALEN, B.IN_BATCH], to=B.GEWEIGERD, door=door, reden=reden)


def batch_bevestigen(*, batch: Betaalbatch, door, uitgevoerd_op: date) -> list[Betaling]:
    """No statement at hand: the case handler confirms the bank executed this file on that date;
    every payment of it still in the file is then paid. Twice changes nothing the second time."""
    if uitgevoerd_op > timezone.localdate():
        raise ValidationError({"uitgevoerd_op": _("Die datum ligt in de toekomst.")})
    reden = _("Betaald op %(datum)s (%(batch)s bevestigd als uitgevoerd)") % {
        "datum": date_format(uitgevoerd_op, "j F Y"),
        "batch": batch,
    }
    with transaction.atomic():
        batch = Betaalbatch.objects.select_for_update().get(pk=batch.pk)
        betaald = [
            betaling_betaald(betaling=b, door=door, op=uitgevoerd_op, reden=reden)
            for b in batch.betalingen.filter(status=B.IN_BATCH).select_related("content_type").order_by("pk")
        ]
        if batch.uitgevoerd_op is None:
            batch.uitgevoerd_op = uitgevoerd_op
            batch.save(update_fields=["uitgevoerd_op"])
    return betaald


def wachtende_batches():
    """Files sent to the bank whose payments are not all confirmed yet."""
    return Betaalbatch.objects.filter(betalingen__status=B.IN_BATCH).distinct()
