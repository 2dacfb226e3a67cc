from django.contrib import admin, messages
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from gelijkekansen.core import services
from gelijkekansen.core.models import (
    AuditEvent,
    Doelgroep,
    Lidmaatschap,
    Organisatie,
    Rapport,
    StatusWijziging,
    Wijk,
)


@admin.register(Wijk)
class WijkAdmin(admin.ModelAdmin):
    list_display = ["nummer", "naam", "code"]
    search_fields = ["naam", "code"]
    ordering = ["nummer"]


@admin.register(Doelgroep)
class DoelgroepAdmin(admin.ModelAdmin):
    list_display = ["naam", "code"]
    search_fields = ["naam"]


class LidmaatschapInline(admin.TabularInline):
    model = Lidmaatschap
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Organisatie)
class OrganisatieAdmin(admin.ModelAdmin):
    list_display = ["naam", "soort", "rechtsvorm", "ondernemingsnummer", "wijk", "postcode"]
    list_filter = ["soort", "rechtsvorm", "wijk", "doelgroepen"]
    list_select_related = ["wijk"]
    search_fields = ["naam", "ondernemingsnummer", "email"]
    autocomplete_fields = ["wijk"]
    filter_horizontal = ["doelgroepen"]
    inlines = [LidmaatschapInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Lidmaatschap)
class LidmaatschapAdmin(admin.ModelAdmin):
    list_display = ["user", "organisatie", "rol", "sinds"]
    list_filter = ["rol"]
    list_select_related = ["user", "organisatie"]
    search_fields = ["user__email", "user__naam", "organisatie__naam"]
    autocomplete_fields = ["user", "organisatie"]


class AlleenLezenAdmin(admin.ModelAdmin):
    """Logs are evidence: nobody adds, edits or deletes them by hand."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(StatusWijziging)
class StatusWijzigingAdmin(AlleenLezenAdmin):
    list_display = ["tijdstip", "content_type", "object_id", "van", "naar", "door"]
    list_filter = ["content_type", "naar"]
    list_select_related = ["door", "content_type"]
    search_fields = ["object_id", "reden", "door__email"]
    date_hierarchy = "tijdstip"


@admin.register(AuditEvent)
class AuditEventAdmin(AlleenLezenAdmin):
    list_display = ["wanneer", "wie", "wat", "content_type", "object_omschrijving"]
    list_filter = ["wat", "content_type"]
    list_select_related = ["wie", "content_type"]
    search_fields = ["object_id", "object_omschrijving", "wie__email"]
    date_hierarchy = "wanneer"


@admin.register(Rapport)
class RapportAdmin(admin.ModelAdmin):
    list_display = ["__str__", "soort", "status", "voortgang", "aangevraagd_door", "aangemaakt"]
    list_filter = ["status", "soort"]
    list_select_related = ["aangevraagd_door"]
    search_fields = ["id", "soort", "aangevraagd_door__email"]
    readonly_fields = [f.name for f in Rapport._meta.fields]
    actions = ["opnieuw_proberen"]

    def has_add_permission(self, request) -> bool:
        return False

    @admin.action(description=_("Mislukte rapporten opnieuw proberen"))
    def opnieuw_proberen(self, request, queryset):
        mislukt = list(queryset.filter(status=Rapport.Status.MISLUKT))
        for rapport in mislukt:
            services.rapport_opnieuw_proberen(rapport=rapport, door=request.user)
        self.message_user(
            request,
            ngettext("%d rapport opnieuw ingepland.", "%d rapporten opnieuw ingepland.", len(mislukt))
            % len(mislukt),
            messages.SUCCESS,
        )
