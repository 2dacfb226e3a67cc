"""The Meldpunt's back office (role meldpunt only: a superuser without the role sees nothing of
it, not even in the menu). The report list is the work list (admin_werklijst), a report's change
address its Behandelen page (admin_behandelen), "add" the registration of a phone, desk, SMS or
partner report (admin_paginas); the figures page shows the true counts, the CSV export and the
reports. Nothing of a report is edited through the admin's own forms."""

from django.contrib import admin
from django.urls import path

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import mag_rol
from gelijkekansen.core.admin_werkpagina import WerkpaginaAdmin
from meldingen import admin_behandelen, admin_paginas, admin_werklijst
from meldingen.models import Antwoordsjabloon, Melding


class MeldpuntAlleen:
    """Permissions from the role itself, never from is_superuser (GDPR art. 9)."""

    def has_module_permission(self, request) -> bool:
        return mag_rol(request.user, Rol.MELDPUNT)

    def has_view_permission(self, request, obj=None) -> bool:
        return mag_rol(request.user, Rol.MELDPUNT)


@admin.register(Melding)
class MeldingAdmin(MeldpuntAlleen, WerkpaginaAdmin):
    list_display = ["__str__", "soort", "status", "ontvangen_op"]
    werkpagina_rol = Rol.MELDPUNT
    werkpagina_naam = "meldingen_melding_behandelen"
    werkpagina_view = staticmethod(admin_behandelen.behandelen)
    werkpagina_veld = "pk"

    def get_queryset(self, request):
        return Melding.objects.zichtbaar_voor(request.user)

    def changelist_view(self, request, extra_context=None):
        return admin_werklijst.werklijst(request)

    def add_view(self, request, form_url="", extra_context=None):
        return admin_paginas.registreren(request)

    def has_add_permission(self, request) -> bool:
        return mag_rol(request.user, Rol.MELDPUNT)

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # the retention rules delete, with a tombstone

    def get_urls(self):
        site = self.admin_site
        eigen = [
            path("cijfers/", site.admin_view(admin_paginas.cijfers), name="meldingen_melding_cijfers"),
            path(
                "cijfers/export.csv", site.admin_view(admin_paginas.export), name="meldingen_melding_export"
            ),
            path(
                "<uuid:sleutel>/bewijs/<uuid:bijlage_id>/",
                site.admin_view(admin_paginas.bewijs),
                name="meldingen_melding_bewijs",
            ),
        ]
        return eigen + super().get_urls()


@admin.register(Antwoordsjabloon)
class AntwoordsjabloonAdmin(MeldpuntAlleen, admin.ModelAdmin):
    list_display = ["titel", "actief"]
    list_filter = ["actief"]
    search_fields = ["titel", "tekst"]

    def has_add_permission(self, request) -> bool:
        return mag_rol(request.user, Rol.MELDPUNT)

    def has_change_permission(self, request, obj=None) -> bool:
        return mag_rol(request.user, Rol.MELDPUNT)

    def has_delete_permission(self, request, obj=None) -> bool:
        return mag_rol(request.user, Rol.MELDPUNT)
