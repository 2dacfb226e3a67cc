import re

from django.db import models


class MeldingQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        """Only the Meldpunt sees reports; a superuser without the role does not (GDPR art. 9)."""
        from gelijkekansen.accounts.roles import Rol
        from gelijkekansen.accounts.toegang import mag_rol

        return self if mag_rol(user, Rol.MELDPUNT) else self.none()

    def open(self):
        from meldingen.workflow import OPEN

        return self.filter(status__in=OPEN)


_NUMMER = re.compile(r"(?:MLD-?)?([0-9A-F]{8})", re.IGNORECASE)


def id_begin(nummer: str) -> str | None:
    """The start of the UUID a reference names ("MLD-1A2B3C4D" → "1a2b3c4d"), or None."""
    gevonden = _NUMMER.fullmatch((nummer or "").strip())
    return gevonden.group(1).lower() if gevonden else None
