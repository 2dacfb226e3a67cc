"""The reporter's way in without an account: after a right receipt code (or right after
reporting) the session holds which report is open, for ``OPEN_MINUTEN`` since the last step.
The code itself is never in a URL, and in the session only encrypted, until the page that shows it
once (``code_bewaren``, ``code_nemen``)."""

from datetime import timedelta

from django.utils import timezone

from gelijkekansen.core.versleuteling import ontsleutelen, versleutelen
from meldingen.models import Melding

SLEUTEL = "meldingen:opvolgen"
CODE_EENMALIG = "meldingen:code"  # the code right after reporting, shown once then removed
OPEN_MINUTEN = 30


def code_bewaren(request, sleutel: str, code: str) -> None:
    """Keeps a receipt code until the next page shows it — encrypted, because the session store
    is a database table (and the code opens the report)."""
    request.session[sleutel] = versleutelen(code.encode()).decode()


def code_nemen(request, sleutel: str) -> str | None:
    """The code kept by ``code_bewaren``, removed from the session as it is read."""
    bewaard = request.session.pop(sleutel, None)
    return ontsleutelen(bewaard.encode()).decode() if bewaard else None


def openen(request, melding: Melding) -> None:
    request.session.cycle_key()  # a session planted before the code does not get the report
    request.session[SLEUTEL] = {"id": str(melding.pk), "tot": _tot()}


def melding_van(request) -> Melding | None:
    open_ = request.session.get(SLEUTEL)
    if not open_ or open_.get("tot", "") < timezone.now().isoformat():
        sluiten(request)
        return None
    melding = Melding.objects.filter(pk=open_["id"]).first()
    if melding is None:  # deleted meanwhile (retention)
        sluiten(request)
        return None
    request.session[SLEUTEL] = {"id": open_["id"], "tot": _tot()}
    return melding


def sluiten(request) -> None:
    request.session.pop(SLEUTEL, None)
    request.session.pop(CODE_EENMALIG, None)


def _tot() -> str:
    return (timezone.now() + timedelta(minutes=OPEN_MINUTEN)).isoformat()
