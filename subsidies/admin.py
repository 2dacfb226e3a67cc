"""The back office of Samen Aan Zet: the work list and one 'Behandelen' page per application whose
buttons call the same services as the front office."""

from django.contrib import admin
from django.contrib.admin.views.main import SEARCH_VAR
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.admin import GenericTabularInline
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.core import berichten
from gelijkekansen.core.getallen import bedrag_tekst
from gelijkekansen.core.models import Betaling, Bijlage
from subsidies import admin_behandelen
from subsidies.constants import AanvraagStatus, BijlageSoort
from subsidies.models import (
    Aanvraag,
    Begrotingslijn,
    Beoordeling,
    Criterium,
    Monitoring,
    Oproep,
    Reglement,
    Verantwoording,
)
from subsidies.querysets import zoekt_op_nummer


class AlleenLezenInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


class BegrotingslijnInline(AlleenLezenInline):
    model = Begrotingslijn
    fields = ["soort", "omschrijving", "bedrag"]


class BijlageInline(GenericTabularInline):
    """The file's attachments (core.Bijlage): evidence, so read-only; a link downloads (audited)."""

    model = Bijlage
    extra = 0
    can_delete = False
    fields = ["download", "soort_label", "grootte", "sha256", "toegevoegd_door", "toegevoegd_op"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_view_permission(self, request, obj=None) -> bool:
        # Whoever may see the application sees its attachments: no separate core permission,
        # which would open every app's attachments in the kernel's own list.
        return request.user.has_perm("subsidies.view_aanvraag")

    @admin.display(description=_("bijlage"))
    def download(self, obj: Bijlage) -> str:
        url = reverse("subsidies:aanvraag-bijlage", args=[obj.object_id, obj.pk])
        return format_html('<a href="{}">{}</a>', url, obj.naam)

    @admin.display(description=_("soort"))
    def soort_label(self, obj: Bijlage) -> str:
        return BijlageSoort(obj.soort).label if obj.soort in BijlageSoort.values else obj.soort


class BeoordelingInline(AlleenLezenInline):
    model = Beoordeling
    fields = ["jurylid", "belangenconflict", "advies", "motivering", "ingediend_op"]


class BetalingInline(GenericTabularInline):
    """The file's payments (core.Betaling): evidence, so read-only; they move on in the kernel's
    payments list (SEPA file, bank statement)."""

    model = Betaling
    extra = 0
    can_delete = False
    fields = ["soort", "bedrag", "mededeling", "status", "batch", "aangemaakt", "betaald_op"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_view_permission(self, request, obj=None) -> bool:
        return request.user.has_perm("subsidies.view_aanvraag")


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
    autocomplete_fields = ["aanvrager", "organisatie", "coach"]
    # No date hierarchy: two full scans per page; the "te laat" filter finds old files instead.
    # 25 rows (a screen or two): the rows are a third of the page's CPU, and the target is a p95
    # under 100 ms with 8 staff at once on 2 workers (bench/README.md): 50 rows cost 32 ms, 25 21 ms.
    list_per_page = 25
    readonly_fields = [
        "status",
        "toegekend_bedrag",
        "motivering",
        "ingediend_op",
        "beslist_op",
        "aangemaakt",
        "gewijzigd",
        "gesprek",
    ]
    filter_horizontal = ["doelgroepen", "wijken"]
    inlines = [
        BegrotingslijnInline,
        BijlageInline,
        BeoordelingInline,
        BetalingInline,
    ]
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER  # a count per filter choice would scan every file per page

    class Media:
        css = {"all": ["css/backoffice.css"]}

    # The change form is a window, not a door. A draft is the citizen's; after submission the
    # account number, applicant, organisation and coach change only through the audited services
    # of the "Behandelen" page (the SEPA batch pays the IBAN as it is at batch time). So every
    # field is read-only, there are no Save buttons, and a hand-made POST is refused.
    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return self.readonly_fields
        opts = self.model._meta
        velden = [f.name for f in [*opts.fields, *opts.many_to_many] if f.editable]
        return velden + [naam for naam in self.readonly_fields if naam not in velden]

    def has_add_permission(self, request) -> bool:
        return False  # applications are started by the citizen in the portal, never for them here

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if object_id is not None and request.method == "POST":
            raise PermissionDenied
        extra_context = {
            **(extra_context or {}),
            "show_save": False,
            "show_save_and_continue": False,
            "show_save_and_add_another": False,
        }
        return super().changeform_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change) -> None:
        raise PermissionDenied  # never reached through the change form: see changeform_view

    def save_related(self, request, form, formsets, change) -> None:
        raise PermissionDenied

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

    @admin.display(description=_("berichten"))
    def gesprek(self, obj: Aanvraag) -> str:
        """The whole thread as the city side reads it: messages, questions with their answers and
        internal notes (marked), oldest first. Written on the Behandelen page."""
        rijen = [
            (
                date_format(timezone.localtime(b.verstuurd_op), "DATETIME_FORMAT"),
                b.afzender or _("Stad Gent"),
                _bericht_label(b),
                b.tekst,
            )
            for b in berichten.berichten_van(obj)
        ]
        if not rijen:
            return _("Nog geen berichten.")
        return format_html(
            "<ul>{}</ul>", format_html_join("", "<li><strong>{} · {} · {}</strong><br>{}</li>", rijen)
        )

    @admin.display(description=_("actie"))
    def behandelen(self, obj: Aanvraag) -> str:
        url = reverse("admin:subsidies_aanvraag_behandelen", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Behandelen"))


def _bericht_label(bericht) -> str:
    if bericht.intern:
        return str(_("interne notitie"))
    return str(bericht.get_soort_display())


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


@admin.register(Monitoring)
class MonitoringAdmin(admin.ModelAdmin):
    """Anonymous answers: read only, no link to any file."""

    list_display = [
        "oproep",
        "aanvrager_soort",
        "reikwijdte",
        "eerste_aanvraag",
        "hoe_gehoord",
        "begeleid",
        "ingevuld_op",
    ]
    list_filter = ["oproep", "aanvrager_soort", "reikwijdte", "eerste_aanvraag", "begeleid"]
    list_select_related = ["oproep"]
    search_fields = ["oproep__titel"]

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_add_permission(self, request) -> bool:
        return False
