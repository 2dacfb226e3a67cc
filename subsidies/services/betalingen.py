"""Money of a Samen Aan Zet file: the advance after a grant, the final report, settlement
(balance or reclaim). The payments themselves are the kernel's (``core.betalingen``): the order,
the SEPA file, and marking them paid from the bank's statement. The file moves on when the
money left, never at the order (``subsidies/betalingen.py``)."""

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from gelijkekansen.core.betalingen import diensten
from gelijkekansen.core.betalingen.diensten import Betaalrun, overgeslagen_tekst
from gelijkekansen.core.getallen import bedrag_tekst
from gelijkekansen.core.models import Betaling
from gelijkekansen.core.models.betalingen import UITGAAND
from gelijkekansen.core.workflow import transition, vergrendelen
from subsidies.constants import AanvraagStatus as S
from subsidies.constants import BetalingSoort, BetalingStatus
from subsidies.models import Aanvraag, Verantwoording

__all__ = ["Betaalrun", "betaalbatch_maken", "overgeslagen_tekst"]

CENT = Decimal("0.01")
# An advance in one of these states is given: a second order would pay twice.
VOORSCHOT_GEGEVEN = [BetalingStatus.TE_BETALEN, BetalingStatus.IN_BATCH, BetalingStatus.BETAALD]


def betaling_aanmaken(
    *, aanvraag: Aanvraag, soort: str, bedrag: Decimal, door=None, reden: str = ""
) -> Betaling:
    """A payment order for this file (core.Betaling with its own structured reference)."""
    return diensten.betaling_aanmaken(dossier=aanvraag, soort=soort, bedrag=bedrag, door=door, reden=reden)


def voorschot_bedrag(aanvraag: Aanvraag) -> Decimal:
    pct = Decimal(aanvraag.oproep.reglement.voorschot_pct) / 100
    return (aanvraag.toegekend_bedrag * pct).quantize(CENT, rounding=ROUND_HALF_UP)


def voorschot_betalen(*, aanvraag: Aanvraag, door) -> Betaling:
    """Give the payment order for the advance. The file stays "goedgekeurd": it becomes
    "voorschot betaald" only when the advance is marked paid (statement or confirmed file).
    A refused order, or an advance the bank sent back after it was paid, may be ordered again
    (after the account is corrected): the file keeps its status."""
    with transaction.atomic():
        # The file's row lock: two clicks (or tabs) at once give one order.
        vergrendelen(aanvraag, van=[S.GOEDGEKEURD, S.VOORSCHOT_BETAALD])
        bedrag = voorschot_bedrag(aanvraag)  # after the check: only a granted file has an amount
        if aanvraag.betalingen.filter(soort=BetalingSoort.VOORSCHOT, status__in=VOORSCHOT_GEGEVEN).exists():
            raise ValidationError(_("De betaalopdracht voor het voorschot is al gegeven."))
        if aanvraag.status == S.VOORSCHOT_BETAALD and not voorschot_teruggestort(aanvraag):
            raise ValidationError(_("Het voorschot is al betaald."))
        return betaling_aanmaken(
            aanvraag=aanvraag,
            soort=BetalingSoort.VOORSCHOT,
            bedrag=bedrag,
            door=door,
            reden=_("Betaalopdracht voor het voorschot van %(b)s gegeven") % {"b": bedrag_tekst(bedrag)},
        )


def voorschot_teruggestort(aanvraag: Aanvraag) -> bool:
    """The bank sent the advance back and no new order was given yet."""
    voorschotten = aanvraag.betalingen.filter(soort=BetalingSoort.VOORSCHOT)
    return (
        voorschotten.filter(status=BetalingStatus.TERUGGESTORT).exists()
        and not voorschotten.filter(status__in=VOORSCHOT_GEGEVEN).exists()
    )


def voorschot_opdracht(aanvraag: Aanvraag) -> Betaling | None:
    """The advance's order that counts (given, in a file or paid), if any."""
    return aanvraag.betalingen.filter(soort=BetalingSoort.VOORSCHOT, status__in=VOORSCHOT_GEGEVEN).first()


def voor_einddatum(aanvraag: Aanvraag, *, vandaag: date | None = None) -> bool:
    """True while the activity has not reached its end date: a final report then needs a reason."""
    vandaag = vandaag or timezone.localdate()
    return aanvraag.einddatum is not None and vandaag < aanvraag.einddatum


def verantwoording_indienen(
    *,
    aanvraag: Aanvraag,
    door,
    wat_gebeurde: str,
    deelnemers_bereikt: int,
    echte_kosten: Decimal,
    echte_inkomsten: Decimal = Decimal(0),
    reden_vroeger: str = "",
) -> Verantwoording:
    """File the final report: from the activity's end date on, or earlier with a reason (it was
    cancelled or stopped early). An early report without a deficit (income above the real costs)
    is refused: the rest of the grant only covers a deficit, so it is a mistake or not yet due."""
    vroeg = voor_einddatum(aanvraag)
    reden = _("Verantwoording ingediend")
    if vroeg:
        reden = _("Verantwoording ingediend vóór de einddatum. Reden: %(reden)s") % {
            "reden": (reden_vroeger or "").strip()
        }
    with transaction.atomic():
        # The step first: it locks the file, so a double click or an old tab files nothing twice.
        transition(
            aanvraag,
            van=S.VOORSCHOT_BETAALD,
            to=S.VERANTWOORDING_INGEDIEND,
            door=door,
            reden=reden,
        )
        if vroeg:  # a refusal undoes the step with the rest of this transaction
            _controleer_vroege_verantwoording(aanvraag, echte_kosten, echte_inkomsten, reden_vroeger)
        # A report sent back for completion is filed again: the same row, new answers.
        verantwoording, _nieuw = Verantwoording.objects.update_or_create(
            aanvraag=aanvraag,
            defaults={
                "wat_gebeurde": wat_gebeurde,
                "deelnemers_bereikt": deelnemers_bereikt,
                "echte_kosten": echte_kosten,
                "echte_inkomsten": echte_inkomsten,
            },
        )
    return verantwoording


def _controleer_vroege_verantwoording(
    aanvraag: Aanvraag, echte_kosten: Decimal, echte_inkomsten: Decimal, reden_vroeger: str
) -> None:
    datum = date_format(aanvraag.einddatum, "j F Y")
    if not (reden_vroeger or "").strip():
        raise ValidationError(
            {
                "reden_vroeger": _(
                    "Je activiteit loopt tot %(datum)s. Wil je nu al indienen? Schrijf dan waarom: "
                    "ging de activiteit niet door, of stopte ze vroeger?"
                )
                % {"datum": datum}
            }
        )
    if echte_kosten - echte_inkomsten < 0:
        raise ValidationError(
            {
                "echte_kosten": _(
                    "Je kosten (%(kosten)s) zijn lager dan je inkomsten (%(inkomsten)s). Zo kun je niet "
                    "indienen vóór de einddatum van je activiteit (%(datum)s). Kijk de bedragen na. Kloppen "
                    "ze? Dien de verantwoording dan in vanaf %(datum)s, of stuur ons een bericht."
                )
                % {
                    "kosten": bedrag_tekst(echte_kosten),
                    "inkomsten": bedrag_tekst(echte_inkomsten),
                    "datum": datum,
                }
            }
        )


def afrekening(aanvraag: Aanvraag) -> dict[str, Decimal]:
    """The grant is at most the real deficit; what was paid in advance is settled against it."""
    verantwoording = aanvraag.verantwoording
    tekort = max(verantwoording.echte_kosten - verantwoording.echte_inkomsten, Decimal(0))
    definitief = min(aanvraag.toegekend_bedrag, tekort)
    voorschotten = aanvraag.betalingen.filter(soort=BetalingSoort.VOORSCHOT, status__in=VOORSCHOT_GEGEVEN)
    betaald = sum((b.bedrag for b in voorschotten), Decimal(0))
    return {"definitief": definitief, "betaald": betaald, "saldo": definitief - betaald}


def aanvraag_afrekenen(*, aanvraag: Aanvraag, door) -> Betaling | None:
    with transaction.atomic():
        vergrendelen(aanvraag, van=S.VERANTWOORDING_INGEDIEND)
        cijfers = afrekening(aanvraag)  # after the check: only a filed report has figures
        transition(
            aanvraag,
            van=S.VERANTWOORDING_INGEDIEND,
            to=S.AFGEREKEND,
            door=door,
            reden=_("Afgerekend: definitief %(d)s") % {"d": bedrag_tekst(cijfers["definitief"])},
        )
        if cijfers["saldo"] > 0:
            return betaling_aanmaken(
                aanvraag=aanvraag,
                soort=BetalingSoort.SALDO,
                bedrag=cijfers["saldo"],
                door=door,
                reden=_("Betaalopdracht voor het saldo van %(b)s gegeven")
                % {"b": bedrag_tekst(cijfers["saldo"])},
            )
        if cijfers["saldo"] < 0:
            return betaling_aanmaken(
                aanvraag=aanvraag,
                soort=BetalingSoort.TERUGVORDERING,
                bedrag=-cijfers["saldo"],
                door=door,
                reden=_("Terugvordering van %(b)s") % {"b": bedrag_tekst(-cijfers["saldo"])},
            )
    return None


def aanvraag_afsluiten(*, aanvraag: Aanvraag, door) -> Aanvraag:
    """Close a settled file once the city paid what it owes: a balance still to pay keeps it open.
    (A recovery is the applicant's to pay; following it up does not need the file open.)"""
    with transaction.atomic():
        vergrendelen(aanvraag, van=S.AFGEREKEND)
        open_ = aanvraag.betalingen.filter(
            soort__in=UITGAAND, status__in=[BetalingStatus.TE_BETALEN, BetalingStatus.IN_BATCH]
        )
        if open_.exists():
            raise ValidationError(
                _(
                    "Er staat nog een betaling open (%(soort)s van %(bedrag)s). Sluit het dossier af als ze betaald is."
                )
                % {
                    "soort": open_.first().get_soort_display().lower(),
                    "bedrag": bedrag_tekst(open_.first().bedrag),
                }
            )
        transition(
            aanvraag, van=S.AFGEREKEND, to=S.AFGESLOTEN, door=door, reden=gettext_noop("Dossier afgesloten")
        )
    return aanvraag


def betaalbatch_maken(*, door, uitvoeringsdatum: date) -> Betaalrun:
    """Every payment that is ready, of every chapter, in one SEPA file (core.betalingen)."""
    return diensten.betaalbatch_maken(door=door, uitvoeringsdatum=uitvoeringsdatum)
