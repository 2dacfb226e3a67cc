"""What the erkenningen staff do with an application and a recognition: take it up, decide
(erkend for a validity period, or geweigerd with reasons), suspend, lift a suspension, withdraw;
and what the system does when a recognition's validity ends. Every step goes through
``transition()``; a decision archives its letter inside the same transaction."""

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from erkenning import brieven as erkenning_brieven
from erkenning import emails
from erkenning.constants import GELDIGHEID_JAREN, LOPEND
from erkenning.constants import ErkenningStatus as S
from erkenning.models import Erkenning
from gelijkekansen.core import berichten
from gelijkekansen.core.validators import heeft_inhoud
from gelijkekansen.core.workflow import transition, velden_wijzigen


def in_behandeling_nemen(*, erkenning: Erkenning, door) -> Erkenning:
    return transition(
        erkenning,
        van=S.INGEDIEND,
        to=S.IN_BEHANDELING,
        door=door,
        reden=gettext_noop("In behandeling genomen"),
        velden={"behandelaar": door},
    )


def standaard_geldigheid(vanaf: date | None = None) -> tuple[date, date]:
    """From the decision day, for GELDIGHEID_JAREN years (the last day included)."""
    vanaf = vanaf or timezone.localdate()
    jaar = vanaf.year + GELDIGHEID_JAREN
    # 29 February plus five years is 1 March (no such day); the recognition ends the day before.
    einde = vanaf.replace(year=jaar) if (vanaf.month, vanaf.day) != (2, 29) else date(jaar, 3, 1)
    return vanaf, einde - timedelta(days=1)


def erkennen(
    *, erkenning: Erkenning, door, motivering: str = "", geldig_van: date | None = None, geldig_tot=None
) -> Erkenning:
    """Recognise for a period. A renewal ends the recognition it follows (the new period starts
    the day after the old one, unless the case handler chose a date). An association without a
    confirmed account gets the one it gave: the case handler checked it with the statutes, which is
    the staff confirmation the portal asks before an account is used for payments."""
    vorige = _vorige(erkenning)
    if geldig_van is None and vorige is not None and vorige.geldig_tot:
        geldig_van = max(timezone.localdate(), vorige.geldig_tot + timedelta(days=1))
    geldig_van = geldig_van or timezone.localdate()
    _periode_controleren(geldig_van, geldig_tot)
    geldig_tot = geldig_tot or standaard_geldigheid(geldig_van)[1]
    with transaction.atomic():
        if vorige is not None:
            transition(
                vorige,
                van=S.ERKEND,
                to=S.VERLOPEN,
                door=door,
                reden=gettext_noop("Vervangen door de nieuwe erkenning"),
            )
        transition(
            erkenning,
            van=S.IN_BEHANDELING,
            to=S.ERKEND,
            door=door,
            reden=motivering or gettext_noop("Erkend"),
            velden={
                "geldig_van": geldig_van,
                "geldig_tot": geldig_tot,
                "motivering": motivering,
                "beslist_op": timezone.now(),
            },
            na_commit=[lambda: emails.beslissing(erkenning)],
        )
        _rekening_overnemen(erkenning, door)
        erkenning_brieven.beslissingsbrief_maken(erkenning, door=door)
    return erkenning


def _periode_controleren(geldig_van: date, geldig_tot: date | None) -> None:
    """A period a letter can state: starting within a year of today (a renewal may start when the
    old one ends), ending after it starts and at most GELDIGHEID_JAREN years later."""
    vandaag = timezone.localdate()
    if abs((geldig_van - vandaag).days) > 366:
        raise ValidationError(
            _("Een erkenning begint ten vroegste een jaar geleden en ten laatste binnen een jaar.")
        )
    if geldig_tot is None:
        return
    if geldig_tot <= geldig_van:
        raise ValidationError(_("De einddatum van de erkenning moet na de begindatum liggen."))
    if geldig_tot > standaard_geldigheid(geldig_van)[1]:
        raise ValidationError(
            _("Een erkenning loopt hoogstens %(jaren)s jaar.") % {"jaren": GELDIGHEID_JAREN}
        )


def _vorige(erkenning: Erkenning) -> Erkenning | None:
    """The running recognition in the same category that this application renews, if any."""
    vorige = (
        Erkenning.objects.filter(
            organisatie_id=erkenning.organisatie_id, categorie=erkenning.categorie, status__in=LOPEND
        )
        .exclude(pk=erkenning.pk)
        .first()
    )
    if vorige is not None and vorige.status == S.GESCHORST:
        raise ValidationError(
            _("De vorige erkenning in deze categorie is geschorst. Hef de schorsing eerst op of trek ze in.")
        )
    return vorige


def weigeren(*, erkenning: Erkenning, door, motivering: str) -> Erkenning:
    if not heeft_inhoud(motivering):
        raise ValidationError(_("Schrijf waarom de erkenning geweigerd wordt. Dat staat in de brief."))
    with transaction.atomic():
        transition(
            erkenning,
            van=S.IN_BEHANDELING,
            to=S.GEWEIGERD,
            door=door,
            reden=motivering,
            velden={"motivering": motivering, "beslist_op": timezone.now()},
            na_commit=[lambda: emails.beslissing(erkenning)],
        )
        erkenning_brieven.beslissingsbrief_maken(erkenning, door=door)
    return erkenning


def schorsen(*, erkenning: Erkenning, door, reden: str) -> Erkenning:
    """A suspended association keeps its file but gets no operating grant and leaves the directory
    until the suspension is lifted."""
    return _met_brief(erkenning, door=door, van=S.ERKEND, naar=S.GESCHORST, reden=reden)


def schorsing_opheffen(*, erkenning: Erkenning, door, reden: str = "") -> Erkenning:
    return transition(
        erkenning,
        van=S.GESCHORST,
        to=S.ERKEND,
        door=door,
        reden=reden or gettext_noop("Schorsing opgeheven"),
        na_commit=[lambda: emails.beslissing(erkenning)],
    )


def intrekken(*, erkenning: Erkenning, door, reden: str) -> Erkenning:
    return _met_brief(erkenning, door=door, van={S.ERKEND, S.GESCHORST}, naar=S.INGETROKKEN, reden=reden)


def _met_brief(erkenning: Erkenning, *, door, van, naar: str, reden: str) -> Erkenning:
    if not heeft_inhoud(reden):
        raise ValidationError(_("Schrijf de reden. Ze staat in de brief aan de vereniging."))
    with transaction.atomic():
        transition(
            erkenning,
            van=van,
            to=naar,
            door=door,
            reden=reden,
            na_commit=[lambda: emails.beslissing(erkenning)],
        )
        erkenning_brieven.statusbrief_maken(erkenning, door=door, reden=reden)
    return erkenning


def verlopen_verwerken(*, vandaag: date | None = None, erkenningen=None) -> int:
    """The beat's daily step: a recognition whose last day has passed is "verlopen" (by the
    system). Each in its own transaction. ``erkenningen`` narrows it (a scenario's one file)."""
    vandaag = vandaag or timezone.localdate()
    aantal = 0
    kandidaten = erkenningen if erkenningen is not None else Erkenning.objects.all()
    for erkenning in kandidaten.filter(status=S.ERKEND, geldig_tot__lt=vandaag):
        with transaction.atomic():
            transition(
                erkenning,
                van=S.ERKEND,
                to=S.VERLOPEN,
                door=None,
                reden=gettext_noop("De erkenning is afgelopen."),
            )
        aantal += 1
    return aantal


def notitie_schrijven(*, erkenning: Erkenning, door, tekst: str):
    if not heeft_inhoud(tekst):
        raise ValidationError(_("Schrijf eerst je notitie."))
    return berichten.bericht_sturen(dossier=erkenning, door=door, tekst=tekst, intern=True)


def vraag_stellen(*, erkenning: Erkenning, door, tekst: str):
    """A question to the association in the file's thread (it answers on its file page)."""
    if not heeft_inhoud(tekst):
        raise ValidationError(_("Schrijf eerst je vraag."))
    return berichten.vraag_stellen(dossier=erkenning, door=door, tekst=tekst)


def _rekening_overnemen(erkenning: Erkenning, door) -> None:
    """The application's account becomes the organisation's only when it has none yet: an account
    already confirmed (perhaps changed since this application was written) is never overwritten
    by an older form; a different one goes through a Rekeningwijziging."""
    organisatie = erkenning.organisatie
    if erkenning.iban and not organisatie.iban:
        velden_wijzigen(
            organisatie,
            velden={"iban": erkenning.iban},
            door=door,
            reden=_("Bevestigd bij de erkenning %(nummer)s") % {"nummer": erkenning.nummer},
        )
