from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import mag_rol
from gelijkekansen.core import mails, services, services_organisaties
from gelijkekansen.core.afscherming import zonder_verborgen, zonder_verborgen_audit
from gelijkekansen.core.audit import audit_registreren
from gelijkekansen.core.betalingen import admin as betalingen_admin  # noqa: F401 (registers the payments)
from gelijkekansen.core.models import (
    AuditEvent,
    Bericht,
    Bijlage,
    Brief,
    Doelgroep,
    Grafsteen,
    Herinnering,
    Lidmaatschap,
    Organisatie,
    Rapport,
    Rekeningwijziging,
    StatusWijziging,
    UitgaandeMail,
    Wijk,
)
from gelijkekansen.core.models.audit import AuditActie


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
    """Memberships on the organisation's page. Only erkenningen staff may add or change them
    (ROL_RECHTEN); OrganisatieAdmin.save_formset sends every change through the audited services."""

    model = Lidmaatschap
    extra = 0
    autocomplete_fields = ["user"]
    fields = ["user", "rol", "sinds", "bevestigd_op", "bevestigd_door"]
    readonly_fields = ["sinds", "bevestigd_op", "bevestigd_door"]


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

    def get_readonly_fields(self, request, obj=None):
        # The account grants are paid to: only the service that owns the organisations sets it.
        if mag_rol(request.user, Rol.ERKENNINGEN):
            return super().get_readonly_fields(request, obj)
        return [*super().get_readonly_fields(request, obj), "iban"]

    def save_model(self, request, obj, form, change) -> None:
        # Every change of an organisation is in the audit log with old → new (the admin's own
        # history keeps only which fields changed).
        if change and form.changed_data:
            vorig = Organisatie.objects.get(pk=obj.pk)
            velden = {
                naam: [str(getattr(vorig, naam)), str(getattr(obj, naam))]
                for naam in form.changed_data
                if naam in {f.name for f in Organisatie._meta.concrete_fields}
            }
            audit_registreren(
                wie=request.user, wat=AuditActie.GEWIJZIGD, obj=obj, request=request, velden=velden
            )
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change) -> None:
        if formset.model is not Lidmaatschap:
            return super().save_formset(request, form, formset, change)
        lidmaatschappen = formset.save(commit=False)
        for lidmaatschap in formset.deleted_objects:
            services_organisaties.lidmaatschap_verwijderen(
                lidmaatschap=lidmaatschap, door=request.user, request=request
            )
        for lidmaatschap in lidmaatschappen:
            _lidmaatschap_bewaren(request, lidmaatschap, nieuw=lidmaatschap._state.adding)


def _lidmaatschap_bewaren(request, lidmaatschap: Lidmaatschap, *, nieuw: bool) -> None:
    """The admin's form filled the object; the services save it, confirm it (or not) and audit
    it. The admin's own object then takes over what was saved, for its log and redirect."""
    door = {"door": request.user, "request": request}
    if nieuw:
        bewaard = services_organisaties.lidmaatschap_toevoegen(
            organisatie=lidmaatschap.organisatie, user=lidmaatschap.user, rol=lidmaatschap.rol, **door
        )
    else:
        vorig = Lidmaatschap.objects.get(pk=lidmaatschap.pk)
        if (vorig.user_id, vorig.organisatie_id) != (lidmaatschap.user_id, lidmaatschap.organisatie_id):
            # Another person or organisation is a new membership, never an edit of a confirmed one.
            services_organisaties.lidmaatschap_verwijderen(lidmaatschap=vorig, **door)
            bewaard = services_organisaties.lidmaatschap_toevoegen(
                organisatie=lidmaatschap.organisatie, user=lidmaatschap.user, rol=lidmaatschap.rol, **door
            )
        else:
            bewaard = services_organisaties.lidmaatschap_wijzigen(
                lidmaatschap=vorig, rol=lidmaatschap.rol, **door
            )
    lidmaatschap.pk, lidmaatschap._state.adding = bewaard.pk, False
    lidmaatschap.bevestigd_op, lidmaatschap.bevestigd_door = bewaard.bevestigd_op, bewaard.bevestigd_door


@admin.register(Lidmaatschap)
class LidmaatschapAdmin(admin.ModelAdmin):
    list_display = ["user", "organisatie", "rol", "sinds", "bevestigd_op", "bevestigd_door"]
    list_filter = ["rol", ("bevestigd_op", admin.EmptyFieldListFilter)]
    list_select_related = ["user", "organisatie", "bevestigd_door"]
    search_fields = ["user__email", "user__naam", "organisatie__naam"]
    autocomplete_fields = ["user", "organisatie"]
    fields = ["user", "organisatie", "rol", "sinds", "bevestigd_op", "bevestigd_door"]
    readonly_fields = ["sinds", "bevestigd_op", "bevestigd_door"]
    actions = ["bevestigen"]

    def save_model(self, request, obj, form, change) -> None:
        _lidmaatschap_bewaren(request, obj, nieuw=not change)

    def delete_model(self, request, obj) -> None:
        services_organisaties.lidmaatschap_verwijderen(lidmaatschap=obj, door=request.user, request=request)

    def delete_queryset(self, request, queryset) -> None:
        for lidmaatschap in queryset.select_related("organisatie", "user"):
            services_organisaties.lidmaatschap_verwijderen(
                lidmaatschap=lidmaatschap, door=request.user, request=request
            )

    @admin.action(description=_("Geselecteerde lidmaatschappen bevestigen"), permissions=["change"])
    def bevestigen(self, request, queryset):
        bevestigd = 0
        for lidmaatschap in queryset.filter(bevestigd_op__isnull=True).select_related("organisatie"):
            try:
                services_organisaties.lidmaatschap_bevestigen(
                    lidmaatschap=lidmaatschap, door=request.user, request=request
                )
            except PermissionDenied as fout:
                self.message_user(request, str(fout), messages.ERROR)
                return
            bevestigd += 1
        self.message_user(
            request,
            ngettext("%d lidmaatschap bevestigd.", "%d lidmaatschappen bevestigd.", bevestigd) % bevestigd,
            messages.SUCCESS,
        )


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

    def get_queryset(self, request):
        return zonder_verborgen(super().get_queryset(request), request.user, type_pad="content_type")


@admin.register(AuditEvent)
class AuditEventAdmin(AlleenLezenAdmin):
    list_display = ["wanneer", "wie", "wat", "content_type", "object_omschrijving"]
    list_filter = ["wat", "content_type"]
    list_select_related = ["wie", "content_type"]
    search_fields = ["object_id", "object_omschrijving", "wie__email"]
    date_hierarchy = "wanneer"

    def get_queryset(self, request):
        return zonder_verborgen_audit(super().get_queryset(request), request.user)


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

    @admin.action(description=_("Mislukte of vastgelopen rapporten opnieuw proberen"))
    def opnieuw_proberen(self, request, queryset):
        mislukt = [r for r in queryset if r.status == Rapport.Status.MISLUKT or r.is_vastgelopen]
        for rapport in mislukt:
            services.rapport_opnieuw_proberen(rapport=rapport, door=request.user)
        self.message_user(
            request,
            ngettext("%d rapport opnieuw ingepland.", "%d rapporten opnieuw ingepland.", len(mislukt))
            % len(mislukt),
            messages.SUCCESS,
        )

    def get_queryset(self, request):
        return zonder_verborgen(super().get_queryset(request), request.user, code_veld="soort")


@admin.register(UitgaandeMail)
class UitgaandeMailAdmin(AlleenLezenAdmin):
    """The outbox: what was sent to whom, what is waiting, and what failed (with a retry)."""

    list_display = ["aangemaakt", "aan", "onderwerp", "sjabloon", "status", "pogingen", "verstuurd_op"]
    list_filter = ["status", "sjabloon"]
    search_fields = ["aan", "onderwerp"]
    fields = [
        "aan",
        "ontvanger",
        "onderwerp",
        "sjabloon",
        "status",
        "pogingen",
        "fout",
        "aangemaakt",
        "verstuurd_op",
    ]
    readonly_fields = fields
    list_select_related = ["ontvanger"]
    date_hierarchy = "aangemaakt"
    actions = ["opnieuw_versturen"]

    @admin.action(description=_("Mislukte e-mails opnieuw versturen"))
    def opnieuw_versturen(self, request, queryset):
        aantal = mails.mails_opnieuw_versturen(mails=list(queryset))
        self.message_user(
            request,
            ngettext("%d e-mail opnieuw ingepland.", "%d e-mails opnieuw ingepland.", aantal) % aantal,
            messages.SUCCESS,
        )

    def get_queryset(self, request):
        return zonder_verborgen(super().get_queryset(request), request.user, code_veld="sjabloon")


class DossierFilter(admin.SimpleListFilter):
    """The kind of dossier a thread, attachment or reminder belongs to (any app)."""

    title = _("soort dossier")
    parameter_name = "dossier"
    pad = "content_type"

    def lookups(self, request, model_admin):
        ids = model_admin.get_queryset(request).values_list(self.pad, flat=True).distinct()
        return [(ct.pk, str(ct.name)) for ct in ContentType.objects.filter(pk__in=ids)]

    def queryset(self, request, queryset):
        return queryset.filter(**{self.pad: self.value()}) if self.value() else queryset


class DraadDossierFilter(DossierFilter):
    pad = "draad__content_type"


@admin.register(Bericht)
class BerichtAdmin(AlleenLezenAdmin):
    """Every thread's messages, internal notes and answers: what was said is evidence, so read-only.
    Written in the apps (e.g. the Behandelen page of Samen Aan Zet)."""

    list_display = ["verstuurd_op", "draad", "soort", "kant", "intern", "afzender", "kort", "gelezen_op"]
    list_filter = ["soort", "kant", "intern", ("gelezen_op", admin.EmptyFieldListFilter), DraadDossierFilter]
    list_select_related = ["draad__content_type", "afzender"]
    # Not the text: it is encrypted (core/versleuteling.py), a search on it would find nothing.
    search_fields = ["draad__object_id", "afzender__email", "afzender__naam"]
    readonly_fields = [f.name for f in Bericht._meta.fields]
    date_hierarchy = "verstuurd_op"

    @admin.display(description=_("bericht"))
    def kort(self, obj: Bericht) -> str:
        return obj.tekst[:80]

    def get_queryset(self, request):
        return zonder_verborgen(super().get_queryset(request), request.user, type_pad="draad__content_type")


@admin.register(Bijlage)
class BijlageAdmin(AlleenLezenAdmin):
    """Every attachment with its SHA-256, time and uploader; downloads go through the app's views."""

    list_display = [
        "naam",
        "content_type",
        "object_id",
        "soort",
        "grootte",
        "toegevoegd_door",
        "toegevoegd_op",
    ]
    list_filter = ["soort", DossierFilter, "mime"]
    list_select_related = ["content_type", "toegevoegd_door"]
    search_fields = ["naam", "object_id", "sha256", "toegevoegd_door__email"]
    readonly_fields = [f.name for f in Bijlage._meta.fields]
    date_hierarchy = "toegevoegd_op"

    def get_queryset(self, request):
        return zonder_verborgen(super().get_queryset(request), request.user, type_pad="content_type")


@admin.register(Herinnering)
class HerinneringAdmin(AlleenLezenAdmin):
    """The send-log of reminders: which reminder went to whom, about what, when."""

    list_display = ["verstuurd_op", "soort", "content_type", "object_id", "ontvanger"]
    list_filter = ["soort", DossierFilter]
    list_select_related = ["content_type", "ontvanger"]
    search_fields = ["soort", "object_id", "ontvanger__email", "ontvanger__naam"]
    date_hierarchy = "verstuurd_op"

    def get_queryset(self, request):
        return zonder_verborgen(super().get_queryset(request), request.user, type_pad="content_type")


@admin.register(Brief)
class BriefAdmin(AlleenLezenAdmin):
    """Every archived letter with its SHA-256: never edited; the citizen downloads it in the app."""

    list_display = ["gemaakt_op", "soort", "referentie", "taal", "content_type", "gemaakt_door", "achteraf"]
    list_filter = ["soort", "taal", "achteraf", DossierFilter]
    list_select_related = ["content_type", "gemaakt_door"]
    search_fields = ["referentie", "object_id", "sha256", "gemaakt_door__email"]
    readonly_fields = [f.name for f in Brief._meta.fields]
    date_hierarchy = "gemaakt_op"


@admin.register(Grafsteen)
class GrafsteenAdmin(AlleenLezenAdmin):
    """What the retention rules removed or anonymised, and when; never the content itself."""

    list_display = ["uitgevoerd_op", "regel", "actie", "objecttype", "object_id", "status", "batch"]
    list_filter = ["regel", "actie", "objecttype"]
    search_fields = ["object_id", "batch", "regel"]
    readonly_fields = [f.name for f in Grafsteen._meta.fields]
    date_hierarchy = "uitgevoerd_op"


@admin.register(Rekeningwijziging)
class RekeningwijzigingAdmin(admin.ModelAdmin):
    """New account numbers asked by associations, confirmed or refused by the erkenningen staff
    (the action runs the audited service; nothing here is edited by hand)."""

    list_display = ["organisatie", "iban_leesbaar", "status", "gevraagd_door", "gevraagd_op", "beslist_door"]
    list_filter = ["status"]
    list_select_related = ["organisatie", "gevraagd_door", "beslist_door"]
    search_fields = ["organisatie__naam", "iban"]
    readonly_fields = [
        "organisatie",
        "iban",
        "status",
        "gevraagd_door",
        "gevraagd_op",
        "beslist_door",
        "beslist_op",
        "reden",
    ]
    actions = ["bevestigen", "weigeren"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def has_beslissen_permission(self, request) -> bool:
        return mag_rol(request.user, Rol.ERKENNINGEN)

    @admin.action(
        description=_("Rekeningnummer bevestigen: vanaf het volgende betaalbestand gebruikt"),
        permissions=["beslissen"],
    )
    def bevestigen(self, request, queryset):
        self._beslissen(request, queryset, bevestigen=True)

    @admin.action(
        description=_("Rekeningnummer niet bevestigen (de dienst neemt contact op)"),
        permissions=["beslissen"],
    )
    def weigeren(self, request, queryset):
        self._beslissen(request, queryset, bevestigen=False)

    def _beslissen(self, request, queryset, *, bevestigen: bool) -> None:
        reden = "" if bevestigen else str(_("Niet bevestigd. De dienst neemt contact met je op."))
        aantal = 0
        for wijziging in queryset.filter(status=Rekeningwijziging.Status.GEVRAAGD):
            try:
                services_organisaties.rekeningwijziging_beslissen(
                    wijziging=wijziging, door=request.user, bevestigen=bevestigen, reden=reden
                )
            except ValidationError:  # a colleague decided it a moment ago
                continue
            aantal += 1
        self.message_user(
            request,
            ngettext("%(n)s vraag verwerkt.", "%(n)s vragen verwerkt.", aantal) % {"n": aantal},
            messages.SUCCESS,
        )
