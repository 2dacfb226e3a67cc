"""The back office of the action plans (role toegankelijkheid): plans, actions, the services'
updates to approve, yearly evaluations and advice to answer. Status and progress of an action
change only through an approved update; the steps call the services."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.core.admin_werkpagina import WerkpaginaAdmin
from gelijkekansen.core.workflow import OngeldigeOvergang
from toegankelijkheid import admin_behandelen
from toegankelijkheid.constants import AdviesStatus, EvaluatieStatus, PlanStatus
from toegankelijkheid.models import (
    Actie,
    Actieplan,
    Advies,
    Domein,
    Evaluatie,
    Momentopname,
    Resultaatsgebied,
    Voortgangsupdate,
)
from toegankelijkheid.services import evaluaties, plannen


def _per_stuk(modeladmin, request, queryset, stap, gelukt) -> None:
    """Run a service per selected row; say what worked and why the rest did not."""
    aantal = 0
    for obj in queryset:
        try:
            stap(obj)
            aantal += 1
        except (ValidationError, OngeldigeOvergang) as fout:
            for melding in getattr(fout, "messages", [str(fout)]):
                modeladmin.message_user(request, f"{obj}: {melding}", messages.ERROR)
    if aantal:
        modeladmin.message_user(request, gelukt % {"aantal": aantal}, messages.SUCCESS)


@admin.register(Domein)
class DomeinAdmin(admin.ModelAdmin):
    list_display = ["naam", "code", "volgorde"]
    search_fields = ["naam"]


@admin.register(Resultaatsgebied)
class ResultaatsgebiedAdmin(admin.ModelAdmin):
    list_display = ["nummer", "naam", "domein"]
    list_filter = ["domein"]
    list_select_related = ["domein"]
    search_fields = ["naam"]


@admin.register(Actieplan)
class ActieplanAdmin(admin.ModelAdmin):
    list_display = ["titel", "slug", "begin", "einde", "status"]
    list_filter = ["status"]
    search_fields = ["titel"]
    readonly_fields = ["status", "gepubliceerd_op"]
    actions = ["publiceren", "afsluiten", "acties_overnemen"]

    def get_readonly_fields(self, request, obj=None):
        # Once public, the address (slug) and the period are what people and links rely on.
        vast = ["slug", "begin", "einde"] if obj and obj.status != PlanStatus.ONTWERP else []
        return [*self.readonly_fields, *vast]

    def has_change_permission(self, request, obj=None) -> bool:
        gesloten = obj is not None and obj.status == PlanStatus.AFGESLOTEN
        return not gesloten and super().has_change_permission(request, obj)

    @admin.action(description=_("Publiceren"))
    def publiceren(self, request, queryset):
        _per_stuk(
            self,
            request,
            queryset,
            lambda p: plannen.plan_publiceren(plan=p, door=request.user),
            _("%(aantal)s plan(nen) gepubliceerd."),
        )

    @admin.action(description=_("Afsluiten"))
    def afsluiten(self, request, queryset):
        _per_stuk(
            self,
            request,
            queryset,
            lambda p: plannen.plan_afsluiten(plan=p, door=request.user),
            _("%(aantal)s plan(nen) afgesloten."),
        )

    @admin.action(description=_("Onafgewerkte acties overnemen naar het volgende plan (in ontwerp)"))
    def acties_overnemen(self, request, queryset):
        def overnemen(plan):
            volgende = (
                Actieplan.objects.filter(status=PlanStatus.ONTWERP, begin__gt=plan.begin)
                .order_by("begin")
                .first()
            )
            if volgende is None:
                raise ValidationError(_("Maak eerst het volgende plan aan (in ontwerp)."))
            nieuw = plannen.acties_overnemen(van=plan, naar=volgende, door=request.user)
            self.message_user(
                request,
                _("%(aantal)s actie(s) van %(van)s overgenomen naar %(naar)s.")
                % {"aantal": len(nieuw), "van": plan, "naar": volgende},
            )

        _per_stuk(self, request, queryset, overnemen, _("Klaar voor %(aantal)s plan(nen)."))


@admin.register(Actie)
class ActieAdmin(admin.ModelAdmin):
    list_display = [
        "nummer",
        "titel",
        "actieplan",
        "resultaatsgebied",
        "trekker",
        "status",
        "voortgang",
        "bijgewerkt_op",
    ]
    list_display_links = ["nummer", "titel"]
    list_filter = ["actieplan", "status", "resultaatsgebied__domein", "resultaatsgebied"]
    list_select_related = ["actieplan", "resultaatsgebied", "trekker"]
    search_fields = ["titel", "wat", "trekker__naam"]
    autocomplete_fields = ["trekker"]
    readonly_fields = ["status", "voortgang", "bijgewerkt_op", "overgenomen_van"]
    fields = [
        "actieplan",
        "nummer",
        "resultaatsgebied",
        "titel",
        "wat",
        "waarom",
        "trekker",
        "partners",
        "begin",
        "einde",
        "indicator",
        "streefwaarde",
        *readonly_fields,
    ]

    def get_readonly_fields(self, request, obj=None):
        # A published action keeps its plan and number: its public address and open-data id stay.
        vast = ["actieplan", "nummer"] if obj and obj.actieplan.status != PlanStatus.ONTWERP else []
        return [*self.readonly_fields, *vast]

    def has_change_permission(self, request, obj=None) -> bool:
        # A closed plan is history: its actions stay as they were when it closed.
        gesloten = obj is not None and obj.actieplan.status == PlanStatus.AFGESLOTEN
        return not gesloten and super().has_change_permission(request, obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "actieplan":  # new actions only in a plan that is not closed
            kwargs["queryset"] = Actieplan.objects.exclude(status=PlanStatus.AFGESLOTEN)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class TermijnFilter(admin.SimpleListFilter):
    title = _("antwoordtermijn")
    parameter_name = "termijn"

    def lookups(self, request, model_admin):
        return [("over_tijd", _("Over de termijn"))]

    def queryset(self, request, queryset):
        return queryset.over_tijd() if self.value() == "over_tijd" else queryset


class LeesbaarAdmin(WerkpaginaAdmin):
    """Rows made by the portal's own steps: read and changed on their work page (the team's)."""

    werkpagina_rol = Rol.TOEGANKELIJKHEID

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Voortgangsupdate)
class VoortgangsupdateAdmin(LeesbaarAdmin):
    list_display = ["actie", "datum", "actie_status", "voortgang", "status", "ingediend_door", "ingediend_op"]
    list_filter = ["status", "actie__actieplan"]
    list_select_related = ["actie__actieplan", "ingediend_door"]
    search_fields = ["tekst", "actie__titel"]

    werkpagina_naam = "toegankelijkheid_voortgangsupdate_beoordelen"
    werkpagina_pad = "<uuid:sleutel>/beoordelen/"
    werkpagina_view = staticmethod(admin_behandelen.update_beoordelen)


@admin.register(Advies)
class AdviesAdmin(LeesbaarAdmin):
    list_display = [
        "titel",
        "adviesraad",
        "actieplan",
        "status",
        "ingediend_op",
        "antwoord_tegen",
        "beantwoord_op",
    ]
    list_filter = ["status", TermijnFilter, "adviesraad", "actieplan"]
    list_select_related = ["adviesraad", "actieplan"]
    search_fields = ["titel", "punten__tekst"]
    werkpagina_naam = "toegankelijkheid_advies_beantwoorden"
    werkpagina_pad = "<uuid:sleutel>/beantwoorden/"
    werkpagina_view = staticmethod(admin_behandelen.advies_beantwoorden)

    def get_queryset(self, request):
        # A council's draft is its own until it is submitted (also for the change address).
        return super().get_queryset(request).exclude(status=AdviesStatus.CONCEPT)


class MomentopnameInline(admin.TabularInline):
    model = Momentopname
    fields = ["nummer", "titel", "resultaatsgebied_nummer", "status", "voortgang", "laatste_update_op"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Evaluatie)
class EvaluatieAdmin(admin.ModelAdmin):
    """Made with a plan and a year (the snapshot is taken at once); conclusions while a concept;
    the actions re-take the snapshot or publish (the worker then makes the PDF)."""

    list_display = ["actieplan", "jaar", "peildatum", "status", "gepubliceerd_op"]
    list_filter = ["status", "actieplan"]
    list_select_related = ["actieplan"]
    search_fields = ["actieplan__titel", "conclusies"]
    inlines = [MomentopnameInline]
    actions = ["momentopname", "publiceren"]

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["actieplan", "jaar"]
        return ["actieplan", "jaar", "peildatum", "status", "pdf", "conclusies"]

    @admin.display(description=_("PDF"))
    def pdf(self, obj) -> str:
        """Where the worker is with the PDF of a published evaluation (progress, error, retry)."""
        from gelijkekansen.core.models import Rapport
        from gelijkekansen.core.models.rapporten import parameters_sleutel

        sleutel = parameters_sleutel(evaluaties.pdf_parameters(obj))
        rapport = Rapport.objects.filter(soort=evaluaties.PDF_SOORT, sleutel=sleutel).first()
        if rapport is None:
            return _("Wordt gemaakt na de publicatie.")
        url = reverse("core:rapport-detail", args=[rapport.pk])
        return format_html('<a href="{}">{}</a>', url, rapport.get_status_display())

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        vast = ["actieplan", "jaar", "peildatum", "status", "pdf"]
        return [*vast, "conclusies"] if obj.status == EvaluatieStatus.GEPUBLICEERD else vast

    def get_inlines(self, request, obj):
        return self.inlines if obj else []

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        # A published evaluation is read, never saved again.
        gepubliceerd = obj is not None and obj.status == EvaluatieStatus.GEPUBLICEERD
        return not gepubliceerd and super().has_change_permission(request, obj)

    def save_model(self, request, obj, form, change):
        if change:
            if "conclusies" in form.changed_data:
                evaluaties.conclusies_bewaren(evaluatie=obj, conclusies=obj.conclusies, door=request.user)
        else:
            nieuw = evaluaties.evaluatie_maken(plan=obj.actieplan, jaar=obj.jaar, door=request.user)
            obj.pk = nieuw.pk

    @admin.action(description=_("Momentopname opnieuw maken (met de acties van vandaag)"))
    def momentopname(self, request, queryset):
        _per_stuk(
            self,
            request,
            queryset,
            lambda e: evaluaties.momentopname_maken(evaluatie=e, door=request.user),
            _("%(aantal)s momentopname(s) gemaakt."),
        )

    @admin.action(description=_("Publiceren (de PDF wordt daarna gemaakt)"))
    def publiceren(self, request, queryset):
        _per_stuk(
            self,
            request,
            queryset,
            lambda e: evaluaties.evaluatie_publiceren(evaluatie=e, door=request.user),
            _("%(aantal)s evaluatie(s) gepubliceerd."),
        )
