"""The back office of Samen Aan Zet: the work list and one 'Behandelen' page per application whose
buttons call the same services as the front office."""

import uuid

from django.contrib import admin
from django.contrib.admin.views.main import SEARCH_VAR, ChangeList
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.core.getallen import bedrag_tekst
from subsidies import admin_behandelen
from subsidies.constants import AanvraagStatus
from subsidies.models import (
    Aanvraag,
    Criterium,
    Oproep,
    Reglement,
    Verantwoording,
)
from subsidies.querysets import zoekt_op_nummer


class StatusFilter(admin.SimpleListFilter):
    """By status. A draft is still the citizen's, so the list leaves drafts out unless asked:
    "Concept" shows only drafts, "Alle, ook concepten" everything. A search by reference finds
    the file in any status (the citizen on the phone may be stuck in a draft)."""

    title = _("status")
    parameter_name = "status__exact"  # the name of the plain field filter: werkbak links keep working
    ALLE = "alle"

    def __init__(self, request, params, model, model_admin):
        super().__init__(request, params, model, model_admin)
        self.op_nummer = zoekt_op_nummer(request.GET.get(SEARCH_VAR, ""))

    def lookups(self, request, model_admin):
        return [(self.ALLE, _("Alle, ook concepten")), *AanvraagStatus.choices]

    def queryset(self, request, queryset):
        if self.value() == self.ALLE or (self.value() is None and self.op_nummer):
            return queryset
        if self.value() in AanvraagStatus.values:
            return queryset.filter(status=self.value())
        return queryset.exclude(status=AanvraagStatus.CONCEPT)

    def choices(self, changelist):
        standaard, *rest = super().choices(changelist)
        yield {**standaard, "display": _("Alle behalve concepten")}
        yield from rest


class CoachFilter(admin.SimpleListFilter):
    """The case handlers (the only possible coaches): a few rows through the role, never a scan of
    every user or of every application (as a related-only filter would do)."""

    title = _("coach")
    parameter_name = "coach"
    GEEN = "geen"

    def lookups(self, request, model_admin):
        coaches = (
            get_user_model()
            .objects.filter(groups__name=Rol.DOSSIERBEHANDELAAR_SUBSIDIES)
            .order_by("naam", "email")
        )
        return [(self.GEEN, _("Zonder coach")), *((str(u.pk), str(u)) for u in coaches)]

    def queryset(self, request, queryset):
        if self.value() == self.GEEN:
            return queryset.filter(coach__isnull=True)
        if self.value() and self.value().isdigit():
            return queryset.filter(coach_id=int(self.value()))
        return queryset


class TeLaatFilter(admin.SimpleListFilter):
    """Files waiting too long: a completion unanswered for 14 days, or undecided 60 days after submission."""

    title = _("te laat")
    parameter_name = "te_laat"

    def lookups(self, request, model_admin):
        return [("ja", _("Ja"))]

    def queryset(self, request, queryset):
        if self.value() != "ja":
            return queryset
        return queryset.te_laat()


class BedragFilter(admin.SimpleListFilter):
    title = _("gevraagd bedrag")
    parameter_name = "bedrag"
    GRENZEN = {"tot-1000": (0, 1000), "1000-2500": (1000, 2500), "vanaf-2500": (2500, 10**9)}

    def lookups(self, request, model_admin):
        return [
            ("tot-1000", _("tot € 1.000")),
            ("1000-2500", _("€ 1.000 – 2.500")),
            ("vanaf-2500", _("vanaf € 2.500")),
        ]

    def queryset(self, request, queryset):
        if self.value() in self.GRENZEN:
            laag, hoog = self.GRENZEN[self.value()]
            return queryset.filter(gevraagd_bedrag__gte=laag, gevraagd_bedrag__lt=hoog)
        return queryset


class Werklijst(ChangeList):
    """The work list: a file's number and title open its Behandelen page, without the detour."""

    def url_for_result(self, result) -> str:
        return reverse("admin:subsidies_aanvraag_behandelen", args=[result.pk])


@admin.register(Aanvraag)
class AanvraagAdmin(admin.ModelAdmin):
    # What a case handler scans for first, left, so it fits at 1280 px beside the filters: the
    # call and the scope are filters, not columns. Headers in staff words, not the form's labels.
    list_display = [
        "nummer_kolom",
        "titel_kolom",
        "status",
        "gevraagd",
        "toegekend",
        "behandelen",
        "aanvrager_kolom",
        "ingediend",
        "coach",
    ]
    list_display_links = ["nummer_kolom", "titel_kolom"]
    # Every filter's choices come from a small table or a fixed list: none counts the applications
    # or lists every user (no related-only filter on coach or applicant).
    list_filter = [
        StatusFilter,
        TeLaatFilter,
        "oproep",
        "reikwijdte",
        "wijken",
        "aanvrager_soort",
        CoachFilter,
        BedragFilter,
    ]
    list_select_related = ["aanvrager", "organisatie", "coach"]
    # Shown as the search box's scope; the search itself is AanvraagQuerySet.zoek (reference too).
    search_fields = ["titel", "aanvrager__email", "aanvrager__naam", "organisatie__naam"]
    search_help_text = _("Zoek op nummer (SAZ-50B4FFF5), titel, aanvrager (naam of e-mail) of organisatie.")
    # No date hierarchy: two full scans per page; the "te laat" filter finds old files instead.
    # 25 rows (a screen or two): the rows are a third of the page's CPU, and the target is a p95
    # under 100 ms with 8 staff at once on 2 workers (bench/README.md): 50 rows cost 32 ms, 25 21 ms.
    list_per_page = 25
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER  # a count per filter choice would scan every file per page

    class Media:
        css = {"all": ["css/backoffice.css"]}

    # One page per file: the Behandelen page shows all of it, read-only, beside the steps the
    # workflow allows. The admin's change form would show raw fields and widgets; it leads there,
    # and a hand-made POST to it is refused.
    def has_add_permission(self, request) -> bool:
        return False  # applications are started by the citizen in the portal, never for them here

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method != "GET":
            raise PermissionDenied
        try:
            aanvraag_id = uuid.UUID(str(object_id))
        except ValueError:
            raise Http404 from None
        return redirect("admin:subsidies_aanvraag_behandelen", aanvraag_id=aanvraag_id)

    def get_changelist(self, request, **kwargs):
        return Werklijst

    def changelist_view(self, request, extra_context=None):
        extra_context = {"title": _("Werklijst aanvragen"), **(extra_context or {})}
        return super().changelist_view(request, extra_context)

    def get_search_results(self, request, queryset, search_term):
        return queryset.zoek(search_term), False  # every join is to one row: no duplicates

    @admin.display(description=_("Nummer"), ordering="pk")
    def nummer_kolom(self, obj: Aanvraag) -> str:
        return obj.nummer

    @admin.display(description=_("Titel"), ordering="titel")
    def titel_kolom(self, obj: Aanvraag) -> str:
        return str(obj)

    @admin.display(description=_("Gevraagd"), ordering="gevraagd_bedrag")
    def gevraagd(self, obj: Aanvraag) -> str | None:
        return bedrag_tekst(obj.gevraagd_bedrag) or None

    @admin.display(description=_("Toegekend"), ordering="toegekend_bedrag")
    def toegekend(self, obj: Aanvraag) -> str | None:
        return bedrag_tekst(obj.toegekend_bedrag) or None

    @admin.display(description=_("Aanvrager"), ordering="aanvrager__naam")
    def aanvrager_kolom(self, obj: Aanvraag) -> str:
        if obj.organisatie_id:
            return format_html("{}<br><small>{}</small>", obj.aanvrager, obj.organisatie)
        return str(obj.aanvrager)

    @admin.display(description=_("Ingediend op"), ordering="ingediend_op")
    def ingediend(self, obj: Aanvraag) -> str | None:
        if obj.ingediend_op is None:
            return None
        return date_format(timezone.localtime(obj.ingediend_op), "SHORT_DATE_FORMAT")

    def get_urls(self):
        eigen = [
            path(
                "<uuid:aanvraag_id>/behandelen/",
                self.admin_site.admin_view(admin_behandelen.behandelen),
                name="subsidies_aanvraag_behandelen",
            ),
        ]
        return eigen + super().get_urls()

    @admin.display(description=_("actie"))
    def behandelen(self, obj: Aanvraag) -> str:
        url = reverse("admin:subsidies_aanvraag_behandelen", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Behandelen"))


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
