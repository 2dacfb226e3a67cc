"""How long a login lasts. Two limits, on purpose: the idle timeout (SESSION_COOKIE_AGE, renewed by
every request) ends a forgotten session, and the absolute limit (SESSIE_MAX_UREN, counted from the
login) ends a stolen or shared one that is kept busy, whatever the activity."""

import time

from django.conf import settings
from django.http import HttpRequest

AANGEMELD_OM = "gelijkekansen_aangemeld_om"


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
