"""Encryption at rest for what must not be readable from a copy of the database or the disk: the
story and contact details of a discrimination report, the messages of any dossier's thread, and
attachments marked ``versleuteld`` (GDPR art. 9 data).

The key comes from the environment (``FIELD_ENCRYPTION_KEY``, never in the database or the code).
Several keys separated by commas rotate the key: the first encrypts, every one decrypts, so old
rows stay readable until ``manage.py`` re-saves them. Fernet is AES-128-CBC with an HMAC: a value
changed in the database is refused rather than shown.

An encrypted column cannot be searched or filtered on: look rows up by their reference instead.
"""

from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.db.models.lookups import Exact

_VOORVOEGSEL = "fernet:"  # marks an encrypted value in a text column


@lru_cache(maxsize=4)
def _fernet(sleutels: str) -> MultiFernet:
    delen = [deel.strip() for deel in sleutels.split(",") if deel.strip()]
    if not delen:
        raise ImproperlyConfigured("FIELD_ENCRYPTION_KEY is leeg.")
    return MultiFernet([Fernet(deel) for deel in delen])


def versleutelen(inhoud: bytes) -> bytes:
    return _fernet(settings.FIELD_ENCRYPTION_KEY).encrypt(inhoud)


def ontsleutelen(token: bytes) -> bytes:
    """Raises ``InvalidToken`` for a value made with another key or changed since."""
    return _fernet(settings.FIELD_ENCRYPTION_KEY).decrypt(token)


class VersleuteldeTekst(models.TextField):
    """A TextField stored encrypted; Python code and forms see plain text.

    The empty string stays empty (a blank optional field reveals only that it is blank). A value
    without the marker is read as it is: rows written before a column became encrypted, until
    their migration re-saves them.
    """

    def from_db_value(self, waarde, expression, connection):
        if not waarde or not waarde.startswith(_VOORVOEGSEL):
            return waarde
        try:
            return ontsleutelen(waarde.removeprefix(_VOORVOEGSEL).encode()).decode()
        except InvalidToken as fout:
            raise ImproperlyConfigured(
                f"{self.model._meta.label}.{self.name}: niet te ontsleutelen met FIELD_ENCRYPTION_KEY."
            ) from fout

    def get_prep_value(self, waarde):
        waarde = super().get_prep_value(waarde)
        if not waarde:
            return waarde
        # Always encrypted, even a text that happens to start with the marker.
        return _VOORVOEGSEL + versleutelen(waarde.encode()).decode()

    def get_lookup(self, lookup_name):
        # Every encryption of one text differs: an equality or "contains" filter would silently
        # find nothing. Only asking whether a value is there makes sense.
        if lookup_name == "exact":
            return LeegOfNiet
        if lookup_name != "isnull":
            raise TypeError(f"{self.name} is versleuteld: filter op een referentie, niet op de inhoud.")
        return super().get_lookup(lookup_name)


class LeegOfNiet(Exact):
    """``veld=""`` (is it blank?) works; ``veld="Sara"`` would never match, so it is refused."""

    def get_prep_lookup(self):
        if self.rhs not in ("", None):
            raise TypeError("Een versleuteld veld is niet te vergelijken met een waarde.")
        return super().get_prep_lookup()
