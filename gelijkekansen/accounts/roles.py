"""Roles are Django groups, created by a data migration (0002_rollen).

Object access is decided in querysets (``zichtbaar_voor(user)``), never in templates; these
helpers only answer "does this person hold that role".
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Rol(models.TextChoices):
    DOSSIERBEHANDELAAR_SUBSIDIES = "dossierbehandelaar-subsidies", _("Dossierbehandelaar subsidies")
    JURY = "jury", _("Jurylid")
    ERKENNINGEN = "erkenningen", _("Erkenningen")
    MELDPUNT = "meldpunt", _("Meldpunt discriminatie")
    VRIJWILLIGERSPUNT = "vrijwilligerspunt", _("Vrijwilligerspunt")
    WELZIJNSREGIE = "welzijnsregie", _("Welzijnsregie")
    TOEGANKELIJKHEID = "toegankelijkheid", _("Toegankelijkheid")
    ADVIESRAAD = "adviesraad", _("Adviesraad")


def heeft_rol(user, rol: Rol | str) -> bool:
    if not user.is_authenticated:
        return False
    # Cached per user object: templates and querysets ask this several times per request.
    if not hasattr(user, "_rollen"):
        user._rollen = set(user.groups.values_list("name", flat=True))
    return str(rol) in user._rollen
