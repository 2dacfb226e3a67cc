"""The thread of a recognition (core.berichten). The association's side is its confirmed
responsibles; the city side the erkenningen staff. A message of the association goes to the case
handler who took the file up (none yet: the team reads it on the Behandelen page and the werkbak);
a message or question of the city to every responsible."""

from gelijkekansen.core import berichten
from gelijkekansen.core.models import Kant


def kant(erkenning, user) -> str:
    from erkenning.querysets import is_van_vereniging

    return Kant.BURGER if is_van_vereniging(erkenning, user) else Kant.DIENST


def ontvangers(erkenning, kant: str) -> list:
    from erkenning.emails import verantwoordelijken

    return verantwoordelijken(erkenning) if kant == Kant.BURGER else [erkenning.behandelaar]


def mailen(erkenning, bericht, ontvanger) -> None:
    from erkenning import emails

    if bericht.kant == Kant.BURGER:
        emails.sturen(erkenning, "bericht", ontvanger, behandelaar=True)
    else:
        emails.sturen(erkenning, "vraag" if bericht.soort == bericht.Soort.VRAAG else "bericht", ontvanger)


berichten.registreren("erkenning.Erkenning", kant=kant, ontvangers=ontvangers, mailen=mailen)
