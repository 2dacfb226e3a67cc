"""The back office of Samen Aan Zet: the work list and one 'Behandelen' page per application whose
buttons call the same services as the front office."""

from django.contrib import admin
from django.contrib.contenttypes.admin import GenericTabularInline
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core import berichten
from gelijkekansen.core.models import Bijlage
from subsidies import admin_behandelen
from subsidies.constants import BijlageSoort
from subsidies.models import (
    Aanvraag,
    Begrotingslijn,
    Beoordeling,
    Betaalbatch,
    Betaling,
    Criterium,
    Monitoring,
    Oproep,
    Reglement,
    Verantwoording,
)


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


class BetalingInline(AlleenLezenInline):
    model = Betaling
    fields = ["soort", "bedrag", "mededeling", "status", "batch"]


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
    list_display = [
        "titel",
        "nummer",
        "aanvrager",
        "status",
        "oproep",
        "reikwijdte",
        "gevraagd_bedrag",
        "toegekend_bedrag",
        "coach",
        "ingediend_op",
        "behandelen",
    ]
    # Coaches: only those who coach something; a plain user filter would list every citizen.
    list_filter = [
        "status",
        TeLaatFilter,
        "oproep",
        "reikwijdte",
        "wijken",
        "aanvrager_soort",
        ("coach", admin.RelatedOnlyFieldListFilter),
        BedragFilter,
    ]
    list_select_related = ["aanvrager", "oproep", "coach"]
    search_fields = ["titel", "aanvrager__email", "aanvrager__naam", "organisatie__naam"]
    autocomplete_fields = ["aanvrager", "organisatie", "coach"]
    # No date hierarchy: two full scans per page; the "te laat" filter finds old files instead.
    list_per_page = 50
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


@admin.register(Betaling)
class BetalingAdmin(admin.ModelAdmin):
    list_display = ["mededeling", "aanvraag", "soort", "bedrag", "status", "batch", "aangemaakt"]
    list_filter = ["status", "soort", "batch"]
    list_select_related = ["aanvraag", "batch"]
    search_fields = ["mededeling", "aanvraag__titel"]
    readonly_fields = ["aanvraag", "soort", "bedrag", "mededeling", "status", "batch", "betaald_op"]
    actions = ["betaalbestand_maken"]

    def has_add_permission(self, request) -> bool:
        return False

    @admin.action(description=_("Betaalbestand (SEPA) maken met alle betalingen die klaarstaan"))
    def betaalbestand_maken(self, request, queryset):
        return admin_behandelen.betaalbestand_maken(self, request)


@admin.register(Betaalbatch)
class BetaalbatchAdmin(admin.ModelAdmin):
    list_display = ["__str__", "uitvoeringsdatum", "door", "download"]
    list_select_related = ["door"]
    search_fields = ["bestand"]
    list_filter = ["uitvoeringsdatum"]
    readonly_fields = ["door", "uitvoeringsdatum", "bestand"]

    def has_add_permission(self, request) -> bool:
        return False  # made only by the action on the payments list, never by hand

    def get_urls(self):
        eigen = [
            path(
                "<int:batch_id>/download/",
                self.admin_site.admin_view(admin_behandelen.batch_download),
                name="subsidies_betaalbatch_download",
            )
        ]
        return eigen + super().get_urls()

    @admin.display(description=_("bestand"))
    def download(self, obj: Betaalbatch) -> str:
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:subsidies_betaalbatch_download", args=[obj.pk]),
            _("Downloaden"),
        )


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
