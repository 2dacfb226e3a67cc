"""The recognitions in the back office (role erkenningen). For now the list and a read-only view:
the legacy import fills it; the review of new applications follows the subsidies Behandelen
pattern (docs/DESIGN.md §5.6) when the application flow is built."""

from django.contrib import admin

from erkenning.models import Erkenning, Vermelding


@admin.register(Erkenning)
class ErkenningAdmin(admin.ModelAdmin):
    list_display = ["organisatie", "categorie", "status", "geldig_tot", "oud_reglement", "oud_kenmerk"]
    list_filter = ["status", "categorie", "oud_reglement"]
    list_select_related = ["organisatie"]
    search_fields = ["organisatie__naam", "organisatie__ondernemingsnummer", "oud_kenmerk"]
    show_facets = admin.ShowFacets.NEVER
    readonly_fields = [
        "organisatie",
        "categorie",
        "status",
        "ledenaantal",
        "leden_in_gent",
        "actief_sinds",
        "geldig_van",
        "geldig_tot",
        "oud_reglement",
        "oud_kenmerk",
        "aangevraagd_door",
        "ingediend_op",
        "beslist_op",
        "motivering",
    ]
    fields = readonly_fields

    def has_add_permission(self, request) -> bool:
        return False  # an association applies in the portal, or the legacy import brings it

    def has_change_permission(self, request, obj=None) -> bool:
        return False  # status changes go through the workflow's services, never the form

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Vermelding)
class VermeldingAdmin(admin.ModelAdmin):
    """The directory entries, as the associations wrote them (they edit them in the portal)."""

    list_display = ["organisatie", "zichtbaar", "toon_website", "toon_telefoon", "gewijzigd"]
    list_filter = ["zichtbaar"]
    list_select_related = ["organisatie"]
    search_fields = ["organisatie__naam", "voorstelling"]
    readonly_fields = [
        "organisatie",
        "zichtbaar",
        "voorstelling",
        "toon_website",
        "toon_telefoon",
        "gewijzigd",
    ]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
