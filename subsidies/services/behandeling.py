"""What case handlers do: coach, ask for completion, admissibility, jury, decision within budget."""

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from gelijkekansen.accounts.roles import Rol, heeft_rol
from gelijkekansen.core import berichten
from gelijkekansen.core.getallen import bedrag_tekst
from gelijkekansen.core.models import Bericht
from gelijkekansen.core.validators import normaliseer_iban
from gelijkekansen.core.workflow import transition, velden_wijzigen
from subsidies import brieven as subsidies_brieven
from subsidies import emails
from subsidies.constants import AanvraagStatus as S
from subsidies.constants import Reikwijdte
from subsidies.models import Aanvraag, Oproep
from subsidies.workflow import COACHBAAR, NIET_BESLIST, REKENING_CORRIGEERBAAR


def coach_toewijzen(*, aanvraag: Aanvraag, coach, door) -> Aanvraag:
    """Only a case handler coaches; the change is audited (who, old → new)."""
    if coach is not None and not heeft_rol(coach, Rol.DOSSIERBEHANDELAAR_SUBSIDIES):
        raise ValidationError(_("Alleen een dossierbehandelaar kan coach zijn."))
    return velden_wijzigen(
        aanvraag,
        velden={"coach": coach},
        door=door,
        reden=gettext_noop("Coach toegewezen"),
        toegestaan_in=COACHBAAR,
    )


def rekening_corrigeren(*, aanvraag: Aanvraag, door, iban: str, rekeninghouder: str, reden: str) -> Aanvraag:
    """A case handler corrects the account a grant is paid to (the applicant asked, the bank refused
    it): only with a reason, only while the file is open, audited with old → new. Payments not yet in
    a payment file go to the corrected account."""
    if not reden.strip():
        raise ValidationError(
            _("Schrijf waarom het rekeningnummer verandert (bijvoorbeeld: vraag van de aanvrager).")
        )
    try:
        iban = normaliseer_iban(iban, alleen_belgisch=True)
    except ValidationError as exc:
        raise ValidationError(exc.messages) from exc
    return velden_wijzigen(
        aanvraag,
        velden={"iban": iban, "rekeninghouder": rekeninghouder.strip()},
        door=door,
        reden=reden.strip(),
        toegestaan_in=REKENING_CORRIGEERBAAR,
    )


def aanvulling_vragen(*, aanvraag: Aanvraag, door, vraag: str) -> Bericht:
    """A question in the file's thread (e-mailed to the applicant) and the file waits for the answer."""
    if not vraag.strip():
        raise ValidationError(_("Schrijf wat er ontbreekt."))
    with transaction.atomic():
        transition(aanvraag, van=S.INGEDIEND, to=S.AANVULLING_GEVRAAGD, door=door, reden=vraag)
        return berichten.vraag_stellen(dossier=aanvraag, door=door, tekst=vraag)


def notitie_schrijven(*, aanvraag: Aanvraag, door, tekst: str) -> Bericht:
    """An internal note in the thread: case handlers read it, the applicant never does."""
    return berichten.bericht_sturen(dossier=aanvraag, door=door, tekst=tekst, intern=True)


def ontvankelijk_verklaren(*, aanvraag: Aanvraag, door) -> Aanvraag:
    transition(aanvraag, van=S.INGEDIEND, to=S.ONTVANKELIJK, door=door, reden=gettext_noop("Ontvankelijk"))
    return aanvraag


def onontvankelijk_verklaren(*, aanvraag: Aanvraag, door, reden: str) -> Aanvraag:
    if not reden.strip():
        raise ValidationError(_("Geef de reden: de aanvrager moet weten waarom."))
    return _beslissen(
        aanvraag, door=door, van=[S.INGEDIEND, S.AANVULLING_GEVRAAGD], naar=S.ONONTVANKELIJK, motivering=reden
    )


def naar_jury(*, aanvraag: Aanvraag, door) -> Aanvraag:
    transition(aanvraag, van=S.ONTVANKELIJK, to=S.JURY, door=door, reden=gettext_noop("Naar de jury"))
    return aanvraag


def resterend_budget(oproep: Oproep) -> dict[str, Decimal]:
    """Budget left per envelope (wijkgericht, stedelijk): the budget minus everything granted."""
    from subsidies.workflow import TOEGEKEND

    toegekend = dict(
        Aanvraag.objects.filter(oproep=oproep, status__in=TOEGEKEND)
        .values_list("reikwijdte")
        .annotate(totaal=Sum("toegekend_bedrag"))
    )
    return {
        Reikwijdte.WIJK: oproep.budget_wijkgericht - (toegekend.get(Reikwijdte.WIJK) or 0),
        Reikwijdte.STEDELIJK: oproep.budget_stedelijk - (toegekend.get(Reikwijdte.STEDELIJK) or 0),
    }


@dataclass(frozen=True)
class Envelop:
    """One budget envelope of a call as the case handler weighs a decision: what is left of the
    total, and for the file's own envelope what granting the requested amount would leave."""

    naam: str
    totaal: Decimal
    resterend: Decimal
    van_dit_dossier: bool
    na_beslissing: Decimal | None


def enveloppen(aanvraag: Aanvraag) -> list[Envelop]:
    resterend = resterend_budget(aanvraag.oproep)
    totalen = {
        Reikwijdte.WIJK: aanvraag.oproep.budget_wijkgericht,
        Reikwijdte.STEDELIJK: aanvraag.oproep.budget_stedelijk,
    }
    eigen = aanvraag.reikwijdte or Reikwijdte.STEDELIJK
    nog_te_beslissen = aanvraag.status in NIET_BESLIST and aanvraag.gevraagd_bedrag
    return [
        Envelop(
            naam=str(Reikwijdte(soort).label),
            totaal=totaal,
            resterend=resterend[soort],
            van_dit_dossier=soort == eigen,
            na_beslissing=resterend[soort] - aanvraag.gevraagd_bedrag
            if soort == eigen and nog_te_beslissen
            else None,
        )
        for soort, totaal in totalen.items()
    ]


def aanvraag_goedkeuren(*, aanvraag: Aanvraag, door, bedrag: Decimal, motivering: str = "") -> Aanvraag:
    with transaction.atomic():
        # Lock the call: two handlers deciding at once must not both spend the last euros.
        oproep = Oproep.objects.select_for_update().get(pk=aanvraag.oproep_id)
        _controleer_bedrag(aanvraag, oproep, bedrag)
        return _beslissen(
            aanvraag,
            door=door,
            van=S.JURY,
            naar=S.GOEDGEKEURD,
            motivering=motivering,
            toegekend_bedrag=bedrag,
        )


def aanvraag_afwijzen(*, aanvraag: Aanvraag, door, motivering: str) -> Aanvraag:
    if not motivering.strip():
        raise ValidationError(_("Geef de redenen van de weigering: de aanvrager heeft er recht op."))
    return _beslissen(
        aanvraag, door=door, van=S.JURY, naar=S.AFGEWEZEN, motivering=motivering, toegekend_bedrag=None
    )


def _beslissen(aanvraag: Aanvraag, *, door, van, naar: str, motivering: str, **velden) -> Aanvraag:
    """A decision: dated, motivated, in the history, and the applicant gets the letter by e-mail.

    The letter is rendered and archived in the same transaction, after the step (it states what
    the step saved): if rendering fails, the decision is rolled back with it."""
    with transaction.atomic():
        transition(
            aanvraag,
            van=van,
            to=naar,
            door=door,
            reden=motivering or str(Aanvraag.Status(naar).label),
            velden={"motivering": motivering, "beslist_op": timezone.now(), **velden},
            na_commit=[lambda: emails.beslissing(aanvraag)],
        )
        subsidies_brieven.beslissingsbrief_maken(aanvraag, door=door)
    return aanvraag


def _controleer_bedrag(aanvraag: Aanvraag, oproep: Oproep, bedrag: Decimal) -> None:
    if bedrag <= 0:
        raise ValidationError(_("Het toegekende bedrag moet groter zijn dan 0."))
    if aanvraag.gevraagd_bedrag and bedrag > aanvraag.gevraagd_bedrag:
        raise ValidationError(
            _("Je kent meer toe dan gevraagd (%(g)s).") % {"g": bedrag_tekst(aanvraag.gevraagd_bedrag)}
        )
    if bedrag > oproep.reglement.max_bedrag:
        raise ValidationError(
            _("Het maximum van het reglement is %(m)s.") % {"m": bedrag_tekst(oproep.reglement.max_bedrag)}
        )
    over = resterend_budget(oproep)[aanvraag.reikwijdte or Reikwijdte.STEDELIJK]
    if bedrag > over:
        raise ValidationError(
            _("Er blijft maar %(over)s over in deze envelop. Kies een lager bedrag.")
            % {"over": bedrag_tekst(over)}
        )
