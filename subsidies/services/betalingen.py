"""Money: the advance after a grant, the final report, settlement (balance or reclaim), and the
SEPA file that sends a batch of payments to the bank."""

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import transaction
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
from gelijkekansen.core.getallen import bedrag_tekst
from gelijkekansen.core.workflow import transition
from subsidies.constants import AanvraagStatus as S
from subsidies.constants import BetalingSoort, BetalingStatus
from subsidies.models import Aanvraag, Betaalbatch, Betaling, Verantwoording

CENT = Decimal("0.01")


def betaling_aanmaken(*, aanvraag: Aanvraag, soort: str, bedrag: Decimal) -> Betaling:
    """A payment order with its own Belgian structured reference (derived from its id)."""
    with transaction.atomic():
        # The reference is derived from the id, which exists only after the insert: a unique
        # placeholder that fits the column holds the place for that moment.
        betaling = Betaling.objects.create(
            aanvraag=aanvraag, soort=soort, bedrag=bedrag, mededeling=uuid.uuid4().hex[:21]
        )
        betaling.mededeling = ogm_voor_betaling(betaling.pk, jaar=timezone.localdate().year)
        betaling.save(update_fields=["mededeling"])
    return betaling


def voorschot_betalen(*, aanvraag: Aanvraag, door) -> Betaling:
    pct = Decimal(aanvraag.oproep.reglement.voorschot_pct) / 100
    bedrag = (aanvraag.toegekend_bedrag * pct).quantize(CENT, rounding=ROUND_HALF_UP)
    with transaction.atomic():
        transition(
            aanvraag,
            van=S.GOEDGEKEURD,
            to=S.VOORSCHOT_BETAALD,
            door=door,
            reden=_("Voorschot van %(b)s betaald") % {"b": bedrag_tekst(bedrag)},
        )
        return betaling_aanmaken(aanvraag=aanvraag, soort=BetalingSoort.VOORSCHOT, bedrag=bedrag)


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
                    "Uw activiteit loopt tot %(datum)s. Wilt u nu al indienen? Schrijf dan waarom: "
                    "ging de activiteit niet door, of stopte ze vroeger?"
                )
                % {"datum": datum}
            }
        )
    if echte_kosten - echte_inkomsten < 0:
        raise ValidationError(
            {
                "echte_kosten": _(
                    "Uw kosten (%(kosten)s) zijn lager dan uw inkomsten (%(inkomsten)s). Zo kunt u niet "
                    "indienen vóór de einddatum van uw activiteit (%(datum)s). Kijk de bedragen na. Kloppen "
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
    betaald = sum((b.bedrag for b in aanvraag.betalingen.filter(soort=BetalingSoort.VOORSCHOT)), Decimal(0))
    return {"definitief": definitief, "betaald": betaald, "saldo": definitief - betaald}


def aanvraag_afrekenen(*, aanvraag: Aanvraag, door) -> Betaling | None:
    cijfers = afrekening(aanvraag)
    with transaction.atomic():
        transition(
            aanvraag,
            van=S.VERANTWOORDING_INGEDIEND,
            to=S.AFGEREKEND,
            door=door,
            reden=_("Afgerekend: definitief %(d)s") % {"d": bedrag_tekst(cijfers["definitief"])},
        )
        if cijfers["saldo"] > 0:
            return betaling_aanmaken(aanvraag=aanvraag, soort=BetalingSoort.SALDO, bedrag=cijfers["saldo"])
        if cijfers["saldo"] < 0:
            return betaling_aanmaken(
                aanvraag=aanvraag, soort=BetalingSoort.TERUGVORDERING, bedrag=-cijfers["saldo"]
            )
    return None


def aanvraag_afsluiten(*, aanvraag: Aanvraag, door) -> Aanvraag:
    transition(aanvraag, van=S.AFGEREKEND, to=S.AFGESLOTEN, door=door, reden=_("Dossier afgesloten"))
    return aanvraag


@dataclass(frozen=True)
class Betaalrun:
    batch: Betaalbatch
    # Payments left out, each with what is wrong: one bad account never blocks everybody's payment.
    overgeslagen: list[tuple[Betaling, list[str]]]


def betaalbatch_maken(*, door, uitvoeringsdatum: date) -> Betaalrun:
    """All payments waiting to go out (advances and balances) in one SEPA file for the bank. A
    payment whose account data the bank would refuse stays waiting and is named in the result."""
    with transaction.atomic():
        wachtend = list(
            Betaling.objects.select_for_update()
            .filter(
                status=BetalingStatus.TE_BETALEN, soort__in=[BetalingSoort.VOORSCHOT, BetalingSoort.SALDO]
            )
            .select_related("aanvraag")
        )
        if not wachtend:
            raise ValidationError(_("Er zijn geen betalingen die klaarstaan."))
        overgeslagen = [(b, f) for b in wachtend if (f := overschrijving_fouten(_overschrijving(b)))]
        betalingen = [b for b in wachtend if b not in {o for o, _f in overgeslagen}]
        if not betalingen:
            raise ValidationError(
                [_("Geen enkele betaling kan naar de bank:")] + [_fout_tekst(b, f) for b, f in overgeslagen]
            )
        batch = Betaalbatch.objects.create(door=door, uitvoeringsdatum=uitvoeringsdatum)
        inhoud = sepa_overschrijvingen(
            opdrachtgever=Opdrachtgever(**settings.SEPA_OPDRACHTGEVER),
            betalingen=[_overschrijving(b) for b in betalingen],
            uitvoeringsdatum=uitvoeringsdatum,
            batch_id=f"GK-{batch.pk:08d}",
        )
        # The name carries the local time (Europe/Brussels), as the batch's name in the admin does.
        naam = f"GK-{batch.pk:08d}-{timezone.localtime(batch.aangemaakt):%Y%m%d-%H%M}.xml"
        batch.bestand = storages["private"].save(f"subsidies/sepa/{naam}", ContentFile(inhoud))
        batch.save(update_fields=["bestand"])
        Betaling.objects.filter(pk__in=[b.pk for b in betalingen]).update(
            status=BetalingStatus.IN_BATCH, batch=batch
        )
    return Betaalrun(batch=batch, overgeslagen=overgeslagen)


def _fout_tekst(betaling: Betaling, fouten: list[str]) -> str:
    return _("%(aanvraag)s (%(mededeling)s): %(fouten)s") % {
        "aanvraag": betaling.aanvraag.nummer,
        "mededeling": betaling.mededeling,
        "fouten": " ".join(fouten),
    }


def overgeslagen_tekst(run: Betaalrun) -> list[str]:
    return [_fout_tekst(b, f) for b, f in run.overgeslagen]


def _overschrijving(betaling: Betaling) -> Overschrijving:
    aanvraag = betaling.aanvraag
    return Overschrijving(
        end_to_end_id=f"GK-BET-{betaling.pk}",
        bedrag=betaling.bedrag,
        begunstigde=aanvraag.rekeninghouder,
        iban=aanvraag.iban,
        mededeling=betaling.mededeling,
    )
