"""Matching the bank's statement (camt.053, read by ``bankafschriften``) to the payments.

A line matches a payment on its structured reference AND its amount: a debit marks the payment
paid on the value date, a returned transfer (a credit with return information) marks it returned.
Only a payment in a SEPA file (in betaalbestand) becomes paid, so importing the same statement
again changes nothing. Every change goes through ``transition`` with the case handler as ``door``;
each line in its own savepoint, so one line the dossier refuses never undoes the others. What
matches nothing, or the reference with another amount, is listed for a person to look at.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gelijkekansen.core.betalingen import diensten
from gelijkekansen.core.betalingen.bankafschriften import Afschriftlijn, afschrift_lezen
from gelijkekansen.core.betalingen.betaalbestanden import ogm_controleren
from gelijkekansen.core.getallen import bedrag_tekst
from gelijkekansen.core.models import Betaling
from gelijkekansen.core.models.betalingen import BetalingStatus as B
from gelijkekansen.core.workflow import OngeldigeOvergang


@dataclass(frozen=True)
class NietHerkend:
    lijn: Afschriftlijn
    reden: str
    betaling: Betaling | None = None


@dataclass
class Afstemming:
    betaald: list[Betaling] = field(default_factory=list)
    teruggestort: list[Betaling] = field(default_factory=list)
    al_verwerkt: list[Afschriftlijn] = field(default_factory=list)  # an earlier import did it
    niet_herkend: list[NietHerkend] = field(default_factory=list)

    @property
    def aantal_lijnen(self) -> int:
        return len(self.betaald) + len(self.teruggestort) + len(self.al_verwerkt) + len(self.niet_herkend)


def afschrift_verwerken(*, inhoud: bytes, door) -> Afstemming:
    """Read the statement (a ValidationError when it is none) and mark what it proves."""
    lijnen = afschrift_lezen(inhoud)
    op_mededeling = {
        b.mededeling: b
        for b in Betaling.objects.filter(
            mededeling__in=[ogm_controleren(lijn.ogm) for lijn in lijnen if lijn.ogm]
        ).select_related("content_type")
    }
    uitkomst = Afstemming()
    for lijn in lijnen:
        betaling = op_mededeling.get(ogm_controleren(lijn.ogm)) if lijn.ogm else None
        try:
            with transaction.atomic():
                _lijn_verwerken(lijn, betaling, door, uitkomst)
        except (OngeldigeOvergang, ValidationError) as fout:
            melding = " ".join(getattr(fout, "messages", [str(fout)]))
            uitkomst.niet_herkend.append(NietHerkend(lijn, melding, betaling))
    return uitkomst


def _lijn_verwerken(lijn: Afschriftlijn, betaling: Betaling | None, door, uitkomst: Afstemming) -> None:
    if betaling is None:
        reden = (
            _("Geen betaling met deze gestructureerde mededeling.")
            if lijn.ogm
            else _("Geen gestructureerde mededeling.")
        )
        uitkomst.niet_herkend.append(NietHerkend(lijn, reden))
        return
    if lijn.bedrag != betaling.bedrag:
        reden = _("De mededeling hoort bij %(betaling)s, maar die is %(bedrag)s.") % {
            "betaling": betaling.referentie,
            "bedrag": bedrag_tekst(betaling.bedrag),
        }
        uitkomst.niet_herkend.append(NietHerkend(lijn, reden, betaling))
        return
    op = lijn.datum or timezone.localdate()
    betaling.refresh_from_db(fields=["status"])
    if lijn.debet and not lijn.teruggestort:
        if betaling.status == B.IN_BATCH:
            uitkomst.betaald.append(diensten.betaling_betaald(betaling=betaling, door=door, op=op))
        elif betaling.status in {B.BETAALD, B.TERUGGESTORT}:
            uitkomst.al_verwerkt.append(lijn)
        else:
            reden = _("Deze betaling zit in geen betaalbestand (status: %(status)s).") % {
                "status": betaling.get_status_display()
            }
            uitkomst.niet_herkend.append(NietHerkend(lijn, reden, betaling))
    elif lijn.teruggestort:
        if betaling.status in {B.IN_BATCH, B.BETAALD}:
            uitkomst.teruggestort.append(diensten.betaling_teruggestort(betaling=betaling, door=door, op=op))
        elif betaling.status == B.TERUGGESTORT:
            uitkomst.al_verwerkt.append(lijn)
        else:
            reden = _("Teruggestort, maar deze betaling is %(status)s.") % {
                "status": betaling.get_status_display().lower()
            }
            uitkomst.niet_herkend.append(NietHerkend(lijn, reden, betaling))
    else:
        # Money in with our reference: a reclaim paid back, or a mistake. A person decides.
        uitkomst.niet_herkend.append(
            NietHerkend(lijn, _("Geld ontvangen met deze mededeling: kijk het na."), betaling)
        )
