"""The life of an Aanvraag (DESIGN §4): every status change goes through core.workflow.transition.

concept → ingediend ⇄ aanvulling gevraagd → ontvankelijk | onontvankelijk → jury
→ goedgekeurd | afgewezen → voorschot betaald → verantwoording ingediend → afgerekend → afgesloten.
The applicant may withdraw (ingetrokken) as long as nothing has been decided.

Money moves the file only once it left: "Voorschot betalen" gives the payment order and the file
stays goedgekeurd (the order is a core.Betaling: te betalen → in betaalbestand → betaald);
goedgekeurd → voorschot betaald is taken when the advance is marked paid (the bank's statement or
a confirmed SEPA file, ``subsidies/betalingen.py``). After settlement (afgerekend) the balance is
paid the same way; closing the file stays the case handler's step.
"""

from subsidies.constants import AanvraagStatus as S

TRANSITIONS = {
    S.CONCEPT: {S.INGEDIEND, S.INGETROKKEN},
    S.INGEDIEND: {S.AANVULLING_GEVRAAGD, S.ONTVANKELIJK, S.ONONTVANKELIJK, S.INGETROKKEN},
    S.AANVULLING_GEVRAAGD: {S.INGEDIEND, S.ONONTVANKELIJK, S.INGETROKKEN},
    S.ONTVANKELIJK: {S.JURY, S.INGETROKKEN},
    S.JURY: {S.GOEDGEKEURD, S.AFGEWEZEN, S.INGETROKKEN},
    S.GOEDGEKEURD: {S.VOORSCHOT_BETAALD},  # when the advance is paid, not when it is ordered
    S.VOORSCHOT_BETAALD: {S.VERANTWOORDING_INGEDIEND},
    S.VERANTWOORDING_INGEDIEND: {S.AFGEREKEND, S.VOORSCHOT_BETAALD},
    S.AFGEREKEND: {S.AFGESLOTEN},
    S.ONONTVANKELIJK: set(),
    S.AFGEWEZEN: set(),
    S.AFGESLOTEN: set(),
    S.INGETROKKEN: set(),
}

# Still the applicant's to change or withdraw; decided files are never edited again.
BEWERKBAAR = {S.CONCEPT, S.AANVULLING_GEVRAAGD}
NIET_BESLIST = {S.CONCEPT, S.INGEDIEND, S.AANVULLING_GEVRAAGD, S.ONTVANKELIJK, S.JURY}
AFGEROND = {S.ONONTVANKELIJK, S.AFGEWEZEN, S.AFGESLOTEN, S.INGETROKKEN}
# A coach can be assigned (or changed) as long as the file is not closed.
COACHBAAR = set(S) - AFGEROND
# After submission the account is corrected by a case handler (audited), never by the citizen alone.
REKENING_CORRIGEERBAAR = COACHBAAR - BEWERKBAAR
TOEGEKEND = {S.GOEDGEKEURD, S.VOORSCHOT_BETAALD, S.VERANTWOORDING_INGEDIEND, S.AFGEREKEND, S.AFGESLOTEN}
