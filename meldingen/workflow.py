"""How a report moves (core.workflow.transition). Closing is always possible: a report that only
had to be registered is closed as soon as it is read; a closed report can be reopened."""

from meldingen.constants import MeldingStatus as S

TRANSITIONS = {
    S.NIEUW: {S.IN_BEHANDELING, S.AFGESLOTEN},
    S.IN_BEHANDELING: {S.DOORVERWEZEN, S.OPGEVOLGD, S.AFGESLOTEN},
    S.DOORVERWEZEN: {S.OPGEVOLGD, S.AFGESLOTEN},
    S.OPGEVOLGD: {S.AFGESLOTEN},
    S.AFGESLOTEN: {S.HEROPEND},
    S.HEROPEND: {S.DOORVERWEZEN, S.OPGEVOLGD, S.AFGESLOTEN},
}

# Where staff still work on a report (messages, referral, after-care).
OPEN = frozenset({S.IN_BEHANDELING, S.DOORVERWEZEN, S.OPGEVOLGD, S.HEROPEND})
# A report may be referred from these states; the step itself moves it to "doorverwezen".
VERWIJSBAAR = frozenset({S.IN_BEHANDELING, S.DOORVERWEZEN, S.HEROPEND})
