"""The back office of Samen Aan Zet: the work list and one 'Behandelen' page per application whose
buttons call the same services as the front office."""

import uuid

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from subsidies import admin_behandelen, admin_noodfonds, admin_werklijst
from subsidies.models import (
    Aanvraag,
    Criterium,
    Noodfondsronde,
    Noodsteun,
    Oproep,
    Reglement,
    Verantwoording,
)


@admin.register(Aanvraag)
class AanvraagAdmin(admin.ModelAdmin):
    """Two pages of its own: the work list (admin_werklijst, django-filter) at the list's address,
    and one Behandelen page per file (admin_behandelen). The change form leads to the latter."""

    def has_add_permission(self, request) -> bool:
        return False  # applications are started by the citizen in the portal, never for them here

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # a file is evidence: withdrawn or refused, never deleted (retention: bewaren.py)

    def changelist_view(self, request, extra_context=None):
        return admin_werklijst.werklijst(request)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method != "GET":
            raise PermissionDenied
        try:
            aanvraag_id = uuid.UUID(str(object_id))
        except ValueError:
            raise Http404 from None
        return redirect("admin:subsidies_aanvraag_behandelen", aanvraag_id=aanvraag_id)

    def get_urls(self):
        eigen = [
            path(
                "<uuid:aanvraag_id>/behandelen/",
                self.admin_site.admin_view(admin_behandelen.behandelen),
                name="subsidies_aanvraag_behandelen",
            ),
        ]
        return eigen + super().get_urls()


class CriteriumInline(admin.TabularInline):
    model = Criterium
    extra = 1


@admin.register(Oproep)
class OproepAdmin(admin.ModelAdmin):
    list_display = ["titel", "reglement", "open_vanaf", "deadline", "budget_wijkgericht", "budget_stedelijk"]
    list_filter = ["reglement"]
    list_select_related = ["reglement"]
    search_fields = ["titel"]
    autocomplete_fields = ["juryleden"]
    inlines = [CriteriumInline]


@admin.register(Reglement)
class ReglementAdmin(admin.ModelAdmin):
    list_display = ["naam", "code", "max_bedrag", "voorschot_pct", "actief"]
    list_filter = ["actief"]
    search_fields = ["naam", "code"]


@admin.register(Verantwoording)
class VerantwoordingAdmin(admin.ModelAdmin):
    list_display = ["aanvraag", "deelnemers_bereikt", "echte_kosten", "echte_inkomsten", "ingediend_op"]
    list_select_related = ["aanvraag"]
    search_fields = ["aanvraag__titel"]
    list_filter = ["ingediend_op"]


# The anonymous monitoring questionnaire has no back-office list: staff read it only as figures
# with small cells suppressed, on the evaluation page (subsidies/evaluatie.py). A list of rows
# with their call and date could be linked back to one applicant.


@admin.register(Noodfondsronde)
class NoodfondsrondeAdmin(admin.ModelAdmin):
    """A round of the corona emergency fund; its amounts, and one page to award and to pay."""

    list_display = ["titel", "budget", "forfait", "aangemaakt", "naar_toekennen"]
    search_fields = ["titel"]
    fields = ["titel", "budget", "forfait", "max_middelgroot", "huur_per_maand", "huur_maanden"]

    @admin.display(description=_("Steun"))
    def naar_toekennen(self, obj) -> str:
        url = reverse("admin:subsidies_noodfondsronde_toekennen", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Toekennen en uitbetalen"))

    def has_change_permission(self, request, obj=None) -> bool:
        if obj is not None and obj.steunen.exists():
            return False  # grants were awarded with these amounts
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def get_urls(self):
        eigen = [
            path(
                "<int:ronde_id>/toekennen/",
                self.admin_site.admin_view(admin_noodfonds.toekennen),
                name="subsidies_noodfondsronde_toekennen",
            ),
        ]
        return eigen + super().get_urls()


@admin.register(Noodsteun)
class NoodsteunAdmin(admin.ModelAdmin):
    """Every emergency grant, as awarded and accepted (read-only: the steps are services)."""

    list_display = ["organisatie", "ronde", "soort", "bedrag", "huur", "status", "aanvaard_op"]
    list_filter = ["ronde", "status", "soort", "huur"]
    list_select_related = ["organisatie", "ronde"]
    search_fields = ["organisatie__naam"]
    readonly_fields = [
        "organisatie",
        "ronde",
        "soort",
        "bedrag",
        "huur",
        "status",
        "toegekend_door",
        "toegekend_op",
        "iban",
        "aanvaard_door",
        "aanvaard_op",
    ]
    fields = readonly_fields

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
