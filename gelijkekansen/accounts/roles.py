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


# Model permissions per role in the back office (/admin/), as "app_label.codename": here those of
# the kernel's models; each chapter app declares its own (``rol_rechten`` in its AppConfig, see
# core/register.py). Applied after every migrate, so a new permission reaches the role without a
# data migration.
_ORGANISATIES_BEHEREN = [
    "core.view_organisatie",
    "core.change_organisatie",
    "core.add_organisatie",
    "core.view_lidmaatschap",
]
# Who is responsible for an organisation decides who reads and edits its files: only the
# erkenningen staff manage memberships, so nobody in another chapter grants themselves access.
_LIDMAATSCHAPPEN_BEHEREN = [
    "core.change_lidmaatschap",
    "core.add_lidmaatschap",
    "core.delete_lidmaatschap",
    # and which account an organisation is paid on (services_organisaties.rekeningwijziging_beslissen)
    "core.view_rekeningwijziging",
]
_GEDEELD = ["core.view_wijk", "core.view_doelgroep", "core.view_rapport", "core.view_organisatie"]

ROL_RECHTEN: dict[str, list[str]] = {
    Rol.DOSSIERBEHANDELAAR_SUBSIDIES: _GEDEELD + _ORGANISATIES_BEHEREN,
    Rol.ERKENNINGEN: _GEDEELD + _ORGANISATIES_BEHEREN + _LIDMAATSCHAPPEN_BEHEREN,
    Rol.VRIJWILLIGERSPUNT: _GEDEELD + _ORGANISATIES_BEHEREN,
    Rol.WELZIJNSREGIE: _GEDEELD + _ORGANISATIES_BEHEREN,
    Rol.MELDPUNT: _GEDEELD,
    # The team keeps the city services that lead actions (Organisaties of soort stadsdienst).
    Rol.TOEGANKELIJKHEID: _GEDEELD + _ORGANISATIES_BEHEREN,
    Rol.JURY: [],
    Rol.ADVIESRAAD: [],
}


def rechten_toekennen(**kwargs) -> None:
    """post_migrate: give each role group exactly the kernel's and every app's permissions."""
    from django.contrib.auth.models import Group, Permission

    from gelijkekansen.core.register import rol_rechten

    van_apps = rol_rechten()
    for rol in Rol:
        rechten = ROL_RECHTEN.get(rol, []) + van_apps.get(str(rol), [])
        groep, _ = Group.objects.get_or_create(name=rol)
        gewenst = []
        for recht in rechten:
            app_label, codename = recht.split(".")
            gewenst += Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        groep.permissions.set(gewenst)
