"""The payments of every chapter in the back office (imported by ``core/admin.py``).

Payments and files are evidence: read-only; they change only through the services (the SEPA file,
the statement import, confirming an executed file), each step with a history row."""

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.betalingen import diensten, paginas
from gelijkekansen.core.betalingen.betaalbestanden import ogm_controleren
from gelijkekansen.core.getallen import bedrag_tekst
from gelijkekansen.core.models import Betaalbatch, Betaling, StatusWijziging
from gelijkekansen.core.models.betalingen import BetalingStatus


class Bewijs(admin.ModelAdmin):
    """Nobody adds, edits or deletes a payment or a file by hand."""

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class BetalingDossierFilter(admin.SimpleListFilter):
    title = _("soort dossier")
    parameter_name = "dossier"

    def lookups(self, request, model_admin):
        from django.contrib.contenttypes.models import ContentType

        ids = Betaling.objects.order_by().values_list("content_type", flat=True).distinct()
        return [(ct.pk, str(ct.name)) for ct in ContentType.objects.filter(pk__in=ids)]

    def queryset(self, request, queryset):
        return queryset.filter(content_type=self.value()) if self.value() else queryset


def _dossier_link(betaling: Betaling) -> str:
    ct = betaling.content_type
    try:
        url = reverse(f"admin:{ct.app_label}_{ct.model}_change", args=[betaling.object_id])
    except NoReverseMatch:
        return betaling.referentie
    return format_html('<a href="{}">{}</a>', url, betaling.referentie)


@admin.register(Betaling)
class BetalingAdmin(Bewijs):
    list_display = [
        "mededeling",
        "dossier_kolom",
        "soort",
        "bedrag_kolom",
        "status",
        "batch",
        "aangemaakt",
        "betaald_op",
    ]
    list_filter = ["status", "soort", BetalingDossierFilter, ("betaald_op", admin.DateFieldListFilter)]
    list_select_related = ["content_type", "batch"]
    search_fields = ["mededeling", "referentie", "object_id"]
    search_help_text = _("Zoek op gestructureerde mededeling (met of zonder +++) of dossiernummer.")
    readonly_fields = [
        "dossier_kolom",
        "soort",
        "bedrag_kolom",
        "mededeling",
        "status",
        "batch",
        "aangemaakt",
        "betaald_op",
        "teruggestort_op",
        "geschiedenis",
    ]
    fields = readonly_fields
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER
    actions = [paginas.betalingen_weigeren]

    class Media:
        css = {"all": ["css/backoffice.css"]}

    def get_actions(self, request):
        acties = super().get_actions(request)
        if not paginas.mag_betalen(request.user):
            acties.pop("betalingen_weigeren", None)
        return acties

    # The SEPA file always takes every payment that is ready (betaalbatch_maken decides which):
    # a button above the list with a confirmation page, not an action on ticked rows, which
    # would promise a choice it does not honour. The statement import is a button too.
    def get_urls(self):
        eigen = [
            path(
                "betaalbestand/",
                self.admin_site.admin_view(self.betaalbestand_maken),
                name="core_betaling_betaalbestand",
            ),
            path(
                "afschrift/",
                self.admin_site.admin_view(self.afschrift_importeren),
                name="core_betaling_afschrift",
            ),
        ]
        return eigen + super().get_urls()

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "betalen_mag": paginas.mag_betalen(request.user)}
        return super().changelist_view(request, extra_context)

    def betaalbestand_maken(self, request):
        return paginas.betaalbestand_pagina(self, request)

    def afschrift_importeren(self, request):
        return paginas.afschrift_importeren(self, request)

    def get_search_results(self, request, queryset, search_term):
        try:
            ogm = ogm_controleren(search_term.strip())
        except ValidationError:
            return super().get_search_results(request, queryset, search_term)
        return queryset.filter(mededeling=ogm), False

    @admin.display(description=_("Dossier"), ordering="referentie")
    def dossier_kolom(self, obj: Betaling) -> str:
        return _dossier_link(obj)

    @admin.display(description=_("Bedrag"), ordering="bedrag")
    def bedrag_kolom(self, obj: Betaling) -> str:
        return bedrag_tekst(obj.bedrag)

    @admin.display(description=_("geschiedenis"))
    def geschiedenis(self, obj: Betaling) -> str:
        rijen = [
            (
                date_format(timezone.localtime(s.tijdstip), "DATETIME_FORMAT"),
                s.door or _("systeem"),
                s.omschrijving,
            )
            for s in StatusWijziging.objects.voor(obj)
        ]
        return format_html("<ul>{}</ul>", format_html_join("", "<li>{} · {} · {}</li>", rijen))


class BetalingInline(admin.TabularInline):
    model = Betaling
    extra = 0
    can_delete = False
    fields = ["mededeling", "referentie", "soort", "bedrag", "status", "betaald_op"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


class WachtFilter(admin.SimpleListFilter):
    """Files sent to the bank whose payments are not all known to be paid yet (the werkbak links here)."""

    title = _("wacht op bevestiging")
    parameter_name = "wacht"

    def lookups(self, request, model_admin):
        return [("ja", _("Ja"))]

    def queryset(self, request, queryset):
        if self.value() == "ja":
            return queryset.filter(pk__in=diensten.wachtende_batches().values("pk"))
        return queryset


@admin.register(Betaalbatch)
class BetaalbatchAdmin(Bewijs):
    list_display = ["__str__", "uitvoeringsdatum", "uitgevoerd_op", "aantal", "open", "door", "download"]
    list_select_related = ["door"]
    search_fields = ["bestand"]
    list_filter = [WachtFilter, "uitvoeringsdatum", "uitgevoerd_op"]
    readonly_fields = ["door", "uitvoeringsdatum", "uitgevoerd_op", "bestand"]
    actions = [paginas.batches_bevestigen]
    inlines = [BetalingInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                aantal_betalingen=Count("betalingen"),
                open_betalingen=Count("betalingen", filter=Q(betalingen__status=BetalingStatus.IN_BATCH)),
            )
        )

    def get_actions(self, request):
        acties = super().get_actions(request)
        if not paginas.mag_betalen(request.user):
            acties.pop("batches_bevestigen", None)
        return acties

    def get_urls(self):
        eigen = [
            path(
                "<int:batch_id>/download/",
                self.admin_site.admin_view(paginas.batch_download),
                name="core_betaalbatch_download",
            )
        ]
        return eigen + super().get_urls()

    @admin.display(description=_("betalingen"), ordering="aantal_betalingen")
    def aantal(self, obj: Betaalbatch) -> int:
        return obj.aantal_betalingen

    @admin.display(description=_("nog niet bevestigd"), ordering="open_betalingen")
    def open(self, obj: Betaalbatch) -> int:
        return obj.open_betalingen

    @admin.display(description=_("bestand"))
    def download(self, obj: Betaalbatch) -> str:
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:core_betaalbatch_download", args=[obj.pk]), _("Downloaden")
        )
