"""The thread of an application (core.berichten): who is on which side, and who gets the e-mail.

The citizen side is the applicant and the confirmed responsible persons of its organisation; the
city side the case handlers (a jury member never reaches the thread: the views fetch the file with
``get_aanvraag_for_user``). A message of the citizen goes to the coach, when there is one; a message,
question or note of the city to the applicant (notes never leave the city side)."""

from gelijkekansen.core import berichten
from gelijkekansen.core.models import Kant


def kant(aanvraag, user) -> str:
    from subsidies.querysets import is_van_aanvrager

    return Kant.BURGER if is_van_aanvrager(aanvraag, user) else Kant.DIENST


def ontvangers(aanvraag, kant: str) -> list:
    return [aanvraag.aanvrager] if kant == Kant.BURGER else [aanvraag.coach]


def mailen(aanvraag, bericht, ontvanger) -> None:
    from subsidies import emails

    if bericht.soort == bericht.Soort.VRAAG:
        emails.aanvulling_gevraagd(aanvraag, bericht)
    else:
        emails.nieuw_bericht(aanvraag, bericht, ontvanger)


berichten.registreren("subsidies.Aanvraag", kant=kant, ontvangers=ontvangers, mailen=mailen)
