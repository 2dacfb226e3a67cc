"""The thread of a report (core.berichten): the Meldpunt on one side, the reporter on the other.
The reporter has no account: they read and write with the receipt code, which is the thread's
access token. A message of the Meldpunt is announced by e-mail (without its text) when the
reporter left an address; the Meldpunt sees the reporter's messages in its werkbak."""

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import mag_rol
from gelijkekansen.core import berichten
from gelijkekansen.core.models import Kant


def kant(melding, user) -> str:
    return Kant.DIENST if mag_rol(user, Rol.MELDPUNT) else Kant.BURGER


def ontvangers(melding, kant: str) -> list:
    return [melding.email] if kant == Kant.BURGER and melding.email else []


def mailen(melding, bericht, ontvanger) -> None:
    from meldingen import emails

    emails.nieuw_bericht(melding, bericht, ontvanger)


berichten.registreren("meldingen.Melding", kant=kant, ontvangers=ontvangers, mailen=mailen)
