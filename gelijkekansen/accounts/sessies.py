"""How long a login lasts. Two limits, on purpose: the idle timeout (SESSION_COOKIE_AGE, renewed by
every request) ends a forgotten session, and the absolute limit (SESSIE_MAX_UREN, counted from the
login) ends a stolen or shared one that is kept busy, whatever the activity."""

import time

from django.conf import settings
from django.http import HttpRequest

AANGEMELD_OM = "gelijkekansen_aangemeld_om"
VERLENGD_OM = "gelijkekansen_verlengd_om"
# An active session is written (and so extended by SESSION_COOKIE_AGE) at most this often: the idle
# timeout is exact to the minute, and a busy page costs no database write per request.
VERLENGEN_NA_SECONDEN = 60


def aanmeldtijd_bewaren(request: HttpRequest) -> None:
    request.session[AANGEMELD_OM] = time.time()


def sessie_te_oud(request: HttpRequest) -> bool:
    aangemeld_om = request.session.get(AANGEMELD_OM)
    if aangemeld_om is None:
        # A session from before this rule: the clock starts now rather than ending every open
        # session at once on the day it is deployed.
        aanmeldtijd_bewaren(request)
        return False
    return time.time() - aangemeld_om > settings.SESSIE_MAX_UREN * 3600


def sessie_verlengen(request: HttpRequest) -> None:
    """Extend an existing session when its last extension is a minute old (marking it modified
    makes the session middleware save it with a new expiry). A visitor without a session gets
    none: an anonymous request writes nothing."""
    laatst = request.session.get(VERLENGD_OM, 0)  # loads it: a stale cookie has no key after
    if not request.session.session_key:
        return
    nu = time.time()
    if nu - laatst >= VERLENGEN_NA_SECONDEN:
        request.session[VERLENGD_OM] = nu
