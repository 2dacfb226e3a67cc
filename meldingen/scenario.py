"""One way to bring a report to a given state: step by step through the services, as the Meldpunt
would. Shared by the demo and the tests (factories, access matrix) — never by setting ``status``."""

from meldingen.constants import Instantie
from meldingen.constants import MeldingStatus as S
from meldingen.models import Melding
from meldingen.services import behandeling, melden

REDEN = "Afgerond met de melder."

# The steps from "nieuw" to each status, in order.
PAD = {
    S.NIEUW: [],
    S.IN_BEHANDELING: [S.IN_BEHANDELING],
    S.DOORVERWEZEN: [S.IN_BEHANDELING, S.DOORVERWEZEN],
    S.OPGEVOLGD: [S.IN_BEHANDELING, S.OPGEVOLGD],
    S.AFGESLOTEN: [S.IN_BEHANDELING, S.OPGEVOLGD, S.AFGESLOTEN],
    S.HEROPEND: [S.IN_BEHANDELING, S.OPGEVOLGD, S.AFGESLOTEN, S.HEROPEND],
}


def naar_status(melding: Melding, status: str, *, door, instantie: str = Instantie.UNIA) -> Melding:
    """From "nieuw" to ``status``; a referral goes to ``instantie``, with consent asked first when
    the reporter had not given it (as the Meldpunt does in a message)."""
    pad = PAD[status]
    if melding.status in pad:  # already part of the way
        pad = pad[pad.index(melding.status) + 1 :]
    for stap in pad:
        if stap == S.IN_BEHANDELING:
            behandeling.in_behandeling_nemen(melding=melding, door=door)
        elif stap == S.DOORVERWEZEN:
            melden.toestemming_wijzigen(melding=melding, instantie=instantie, geven=True)
            behandeling.doorverwijzen(melding=melding, instantie=instantie, gedeeld="Het verhaal.", door=door)
        elif stap == S.OPGEVOLGD:
            behandeling.opgevolgd(melding=melding, door=door)
        elif stap == S.AFGESLOTEN:
            behandeling.afsluiten(melding=melding, door=door, reden=REDEN)
        elif stap == S.HEROPEND:
            behandeling.heropenen(melding=melding, door=door, reden="De melder belde terug.")
    melding.refresh_from_db()
    return melding
