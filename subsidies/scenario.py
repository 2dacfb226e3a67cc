"""One way to bring an application to a given state: through the real services, step by step, as
the applicant and the case handler would. Shared by the tests (the factory's ``naar``, the access
matrix), the demo and anyone who needs a file "as it would be" — never by setting ``status``."""

from collections.abc import Callable
from decimal import Decimal

from django.utils import timezone

from gelijkekansen.core.betalingen import diensten
from subsidies.constants import AanvraagStatus as S
from subsidies.models import Aanvraag
from subsidies.services import aanvragen, behandeling, betalingen

# The main road, and the side roads that leave it (each with the steps before the turn).
PAD = [
    S.INGEDIEND,
    S.ONTVANKELIJK,
    S.JURY,
    S.GOEDGEKEURD,
    S.VOORSCHOT_BETAALD,
    S.VERANTWOORDING_INGEDIEND,
    S.AFGEREKEND,
    S.AFGESLOTEN,
]
ZIJWEGEN = {
    S.AANVULLING_GEVRAAGD: [S.INGEDIEND],
    S.ONONTVANKELIJK: [S.INGEDIEND],
    S.AFGEWEZEN: [S.INGEDIEND, S.ONTVANKELIJK, S.JURY],
    S.INGETROKKEN: [S.INGEDIEND],
}


def naar_status(
    aanvraag: Aanvraag,
    status: str,
    *,
    behandelaar,
    bij_jury: Callable[[Aanvraag], None] | None = None,
    bedrag: Decimal | None = None,
) -> Aanvraag:
    """Move a complete draft (AanvraagFactory, or the demo's) to ``status``.

    ``bij_jury`` runs once the file is at the jury (the demo lets its jurors score there);
    ``bedrag`` is the amount granted (default: what was asked).
    """
    if status == S.CONCEPT:
        return aanvraag
    stappen = _stappen(aanvraag, behandelaar, bij_jury, bedrag)
    weg = ZIJWEGEN[status] + [status] if status in ZIJWEGEN else PAD[: PAD.index(status) + 1]
    for stap in weg:
        stappen[stap]()
    aanvraag.refresh_from_db()
    return aanvraag


def voorschot_uitbetalen(aanvraag: Aanvraag, *, behandelaar):
    """The advance as it really goes: the order, its SEPA file (this payment only) and the bank's
    execution today (the confirmed file); the file becomes "voorschot betaald" at that last step."""
    betaling = betalingen.voorschot_betalen(aanvraag=aanvraag, door=behandelaar)
    uitvoeren([betaling], behandelaar=behandelaar)
    aanvraag.refresh_from_db()
    betaling.refresh_from_db()
    return betaling


def uitvoeren(betalingen_: list, *, behandelaar) -> None:
    """These orders go out in their own SEPA file, which the bank executes today (confirmed)."""
    vandaag = timezone.localdate()
    run = diensten.betaalbatch_maken(
        door=behandelaar, uitvoeringsdatum=vandaag, alleen=[b.pk for b in betalingen_]
    )
    diensten.batch_bevestigen(batch=run.batch, door=behandelaar, uitgevoerd_op=vandaag)


def _saldo_uitbetalen_en_afsluiten(aanvraag: Aanvraag, staf) -> None:
    """A file is closed once the city paid what it owes: the balance goes out first."""
    from gelijkekansen.core.models.betalingen import UITGAAND, BetalingStatus

    open_ = list(aanvraag.betalingen.filter(soort__in=UITGAAND, status=BetalingStatus.TE_BETALEN))
    if open_:
        uitvoeren(open_, behandelaar=staf)
    betalingen.aanvraag_afsluiten(aanvraag=aanvraag, door=staf)


def _stappen(aanvraag: Aanvraag, staf, bij_jury, bedrag) -> dict[str, Callable[[], object]]:
    burger = aanvraag.aanvrager

    def jury() -> None:
        behandeling.naar_jury(aanvraag=aanvraag, door=staf)
        if bij_jury:
            bij_jury(aanvraag)

    return {
        S.INGEDIEND: lambda: aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger),
        S.AANVULLING_GEVRAAGD: lambda: behandeling.aanvulling_vragen(
            aanvraag=aanvraag, door=staf, vraag="Kun je een offerte voor de huur toevoegen?"
        ),
        S.ONONTVANKELIJK: lambda: behandeling.onontvankelijk_verklaren(
            aanvraag=aanvraag, door=staf, reden="De activiteit vindt niet in Gent plaats."
        ),
        S.INGETROKKEN: lambda: aanvragen.aanvraag_intrekken(aanvraag=aanvraag, door=burger),
        S.ONTVANKELIJK: lambda: behandeling.ontvankelijk_verklaren(aanvraag=aanvraag, door=staf),
        S.JURY: jury,
        S.GOEDGEKEURD: lambda: behandeling.aanvraag_goedkeuren(
            aanvraag=aanvraag, door=staf, bedrag=bedrag or aanvraag.gevraagd_bedrag
        ),
        S.AFGEWEZEN: lambda: behandeling.aanvraag_afwijzen(
            aanvraag=aanvraag, door=staf, motivering="Het initiatief brengt weinig nieuwe mensen samen."
        ),
        S.VOORSCHOT_BETAALD: lambda: voorschot_uitbetalen(aanvraag, behandelaar=staf),
        S.VERANTWOORDING_INGEDIEND: lambda: betalingen.verantwoording_indienen(
            aanvraag=aanvraag,
            door=burger,
            wat_gebeurde="Het was een mooie dag met veel volk.",
            deelnemers_bereikt=aanvraag.verwachte_deelnemers or 50,
            echte_kosten=aanvraag.gevraagd_bedrag,
            echte_inkomsten=Decimal(50),
            # Only read before the activity's end date (a test file often lies ahead).
            reden_vroeger="De activiteit is vroeger gestopt.",
        ),
        S.AFGEREKEND: lambda: betalingen.aanvraag_afrekenen(aanvraag=aanvraag, door=staf),
        S.AFGESLOTEN: lambda: _saldo_uitbetalen_en_afsluiten(aanvraag, staf),
    }
