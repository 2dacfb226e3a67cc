"""The recognitions in the back office (role erkenningen): the list, and one Behandelen page per
recognition (admin_behandelen) whose steps call the workflow's services. The change form leads
there; nothing is added, changed or deleted through the admin's own forms."""

from django.contrib import admin
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from erkenning import admin_behandelen, admin_instappunt, admin_werking
from erkenning.models import (
    Erkenning,
    Jaarverslag,
    Ondersteuningsvraag,
    Subsidiejaar,
    Vermelding,
    Werkingssubsidie,
)
from gelijkekansen.accounts.roles import Rol
from gelijkekansen.core.admin_werkpagina import WerkpaginaAdmin


@admin.register(Erkenning)
class ErkenningAdmin(WerkpaginaAdmin):
    list_display = [
        "organisatie",
        "categorie",
        "status",
        "ingediend_op",
        "geldig_tot",
        "behandelaar",
        "oud_reglement",
    ]
    list_filter = ["status", "categorie", "oud_reglement"]
    list_select_related = ["organisatie", "behandelaar"]
    search_fields = ["organisatie__naam", "organisatie__ondernemingsnummer", "oud_kenmerk"]
    show_facets = admin.ShowFacets.NEVER

    werkpagina_rol = Rol.ERKENNINGEN
    werkpagina_naam = "erkenning_erkenning_behandelen"
    werkpagina_view = staticmethod(admin_behandelen.behandelen)

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


@admin.register(Subsidiejaar)
class SubsidiejaarAdmin(admin.ModelAdmin):
    """The formula of a year, editable while the year is open; the computation has its own page."""

    list_display = ["jaar", "status", "envelop", "deadline_jaarverslag", "berekening", "naar_berekening"]
    list_filter = ["status", "berekening"]
    search_fields = ["jaar"]

    @admin.display(description=_("Werkingssubsidies"))
    def naar_berekening(self, obj) -> str:
        url = reverse("admin:erkenning_subsidiejaar_berekening", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Berekening en goedkeuring"))

    fields = [
        "jaar",
        "envelop",
        "basisbedrag",
        "puntwaarde",
        "punten_per_activiteit",
        "deelnemers_per_punt",
        "max_punten",
        "deadline_jaarverslag",
    ]

    def has_change_permission(self, request, obj=None) -> bool:
        if obj is not None and obj.status != Subsidiejaar.Status.OPEN:
            return False  # approved: the amounts were paid from this formula
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def get_urls(self):
        eigen = [
            path(
                "<int:jaar_id>/berekening/",
                self.admin_site.admin_view(admin_werking.berekening),
                name="erkenning_subsidiejaar_berekening",
            ),
        ]
        return eigen + super().get_urls()


@admin.register(Jaarverslag)
class JaarverslagAdmin(admin.ModelAdmin):
    """The annual reports as the associations submitted them (read-only)."""

    list_display = [
        "organisatie",
        "subsidiejaar",
        "status",
        "aantal_activiteiten",
        "aantal_deelnemers",
        "ingediend_op",
    ]
    list_filter = ["subsidiejaar", "status"]
    list_select_related = ["organisatie", "subsidiejaar"]
    search_fields = ["organisatie__naam"]
    readonly_fields = [
        "organisatie",
        "subsidiejaar",
        "status",
        "activiteiten",
        "aantal_activiteiten",
        "aantal_deelnemers",
        "inkomsten",
        "uitgaven",
        "ingediend_op",
        "ingediend_door",
    ]
    fields = readonly_fields

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Ondersteuningsvraag)
class OndersteuningsvraagAdmin(WerkpaginaAdmin):
    """The instappunt's questions; each opens on its own page with the two steps."""

    list_display = ["nummer", "organisatie", "onderwerp", "status", "gesteld_op", "dienst"]
    list_filter = ["status", "onderwerp"]
    list_select_related = ["organisatie", "dienst"]
    search_fields = ["organisatie__naam", "vraag"]
    show_facets = admin.ShowFacets.NEVER

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    werkpagina_rol = Rol.ERKENNINGEN
    werkpagina_naam = "erkenning_ondersteuningsvraag_behandelen"
    werkpagina_view = staticmethod(admin_instappunt.behandelen)


@admin.register(Werkingssubsidie)
class WerkingssubsidieAdmin(admin.ModelAdmin):
    """Every computed operating grant, per year and association (read-only: the computation makes them)."""

    list_display = ["organisatie", "subsidiejaar", "punten", "volgens_formule", "bedrag"]
    list_filter = ["subsidiejaar"]
    list_select_related = ["organisatie", "subsidiejaar"]
    search_fields = ["organisatie__naam"]
    readonly_fields = ["organisatie", "subsidiejaar", "jaarverslag", "punten", "volgens_formule", "bedrag"]
    fields = readonly_fields

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
