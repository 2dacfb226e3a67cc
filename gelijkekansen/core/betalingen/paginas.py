"""The back-office pages of payments (reached from the kernel's payments list): the SEPA file,
importing the bank's statement, confirming an executed file. For the roles the apps declared
(``diensten.betaalrollen``); each page only binds a form and calls a service."""

from datetime import timedelta

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q, Sum
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from gelijkekansen.accounts.toegang import mag_rol, vereis_rol
from gelijkekansen.core.audit import audit_registreren
from gelijkekansen.core.betalingen import afstemmen, diensten
from gelijkekansen.core.betalingen.bankafschriften import MAX_GROOTTE
from gelijkekansen.core.forms import DatumInput
from gelijkekansen.core.models import Betaalbatch
from gelijkekansen.core.models.audit import AuditActie
from gelijkekansen.core.models.betalingen import BetalingStatus
from gelijkekansen.core.uploads import bestand_antwoord


def mag_betalen(user) -> bool:
    rollen = diensten.betaalrollen()
    return bool(rollen) and mag_rol(user, *rollen)


def vereis_betaalrol(user) -> None:
    vereis_rol(user, *(diensten.betaalrollen() or ["-"]))


class AfschriftForm(forms.Form):
    # XML is not one of core/uploads' types: the page reads the bytes (size-capped) and hands them
    # to the statement reader, which refuses anything but a camt.053; nothing is stored.
    bestand = forms.FileField(
        label=gettext_lazy("Rekeninguittreksel van de bank (camt.053, XML)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".xml,application/xml,text/xml"}),
    )


class UitgevoerdForm(forms.Form):
    uitgevoerd_op = forms.DateField(
        label=gettext_lazy("Uitgevoerd door de bank op"),
        widget=DatumInput,
        help_text=gettext_lazy("De datum op het rekeninguittreksel, niet de dag van vandaag."),
    )


class WeigerenForm(forms.Form):
    reden = forms.CharField(
        label=gettext_lazy("Waarom wordt de betaling niet uitgevoerd?"),
        help_text=gettext_lazy(
            "Bijvoorbeeld: de bank weigerde de overschrijving, of de opdracht is ingetrokken."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
    )


def _context(model_admin, request, title: str, **extra) -> dict:
    return {
        **model_admin.admin_site.each_context(request),
        "title": title,
        "opts": model_admin.model._meta,
        **extra,
    }


def betaalbestand_maken(model_admin, request):
    """POST: one SEPA file with every payment that is ready; the batch page names those left out."""
    vereis_betaalrol(request.user)
    try:
        run = diensten.betaalbatch_maken(
            door=request.user, uitvoeringsdatum=timezone.localdate() + timedelta(days=1)
        )
    except ValidationError as fout:
        model_admin.message_user(request, " ".join(fout.messages), messages.ERROR)
        return None
    model_admin.message_user(request, _("Betaalbestand gemaakt: %(b)s") % {"b": run.batch}, messages.SUCCESS)
    for tekst in diensten.overgeslagen_tekst(run):
        model_admin.message_user(
            request,
            _("Niet in het betaalbestand, verbeter eerst de rekeninggegevens: %(fout)s") % {"fout": tekst},
            messages.WARNING,
        )
    return redirect("admin:core_betaalbatch_change", run.batch.pk)


def betaalbestand_pagina(model_admin, request):
    """GET: what the file will hold; POST: make it."""
    vereis_betaalrol(request.user)
    if request.method == "POST":
        antwoord = betaalbestand_maken(model_admin, request)
        return antwoord or redirect("admin:core_betaling_changelist")
    klaar = diensten.klaarstaand().aggregate(aantal=Count("pk"), totaal=Sum("bedrag"))
    context = _context(
        model_admin,
        request,
        _("Betaalbestand (SEPA) maken"),
        aantal=klaar["aantal"],
        totaal=klaar["totaal"],
        lijst_url=reverse("admin:core_betaling_changelist") + f"?status__exact={BetalingStatus.TE_BETALEN}",
    )
    return TemplateResponse(request, "admin/core/betaling/betaalbestand.html", context)


def batch_download(request, batch_id):
    vereis_betaalrol(request.user)
    batch = get_object_or_404(Betaalbatch, pk=batch_id)
    audit_registreren(wie=request.user, wat=AuditActie.GEEXPORTEERD, obj=batch)
    # The shared private-download helper: attachment, nosniff, no-store (served as octet-stream).
    return bestand_antwoord(batch.bestand, downloadnaam=batch.bestand.rsplit("/", 1)[-1])


def afschrift_importeren(model_admin, request):
    """GET: the upload form; POST: read the statement, mark what it proves, list what it does not."""
    vereis_betaalrol(request.user)
    uitkomst = None
    form = AfschriftForm(request.POST, request.FILES) if request.method == "POST" else AfschriftForm()
    if form.is_bound and form.is_valid():
        bestand = form.cleaned_data["bestand"]
        if not bestand:
            form.add_error("bestand", _("Kies het rekeninguittreksel (XML) dat je van de bank kreeg."))
        elif bestand.size > MAX_GROOTTE:
            form.add_error("bestand", _("Dit bestand is te groot voor een rekeninguittreksel."))
        else:
            try:
                uitkomst = afstemmen.afschrift_verwerken(
                    inhoud=bestand.read(MAX_GROOTTE + 1), door=request.user
                )
            except ValidationError as fout:
                for melding in fout.messages:
                    form.add_error("bestand", melding)
    context = _context(
        model_admin,
        request,
        _("Rekeninguittreksel inlezen"),
        form=form,
        uitkomst=uitkomst,
        max_mb=MAX_GROOTTE // (1024 * 1024),
    )
    return TemplateResponse(request, "admin/core/betaling/afschrift.html", context)


@admin.action(description=gettext_lazy("Bevestigen: uitgevoerd door de bank (alle betalingen betaald)"))
def batches_bevestigen(model_admin, request, queryset):
    """An admin action with a confirmation step and the execution date: every payment of the ticked
    files still in the file becomes paid on that date."""
    vereis_betaalrol(request.user)
    batches = list(queryset.annotate(open=Count("betalingen", filter=_in_batch())).order_by("aangemaakt"))
    form = UitgevoerdForm(request.POST if "bevestigen" in request.POST else None)
    if form.is_bound and form.is_valid():
        try:
            aantal = sum(
                len(
                    diensten.batch_bevestigen(
                        batch=b, door=request.user, uitgevoerd_op=form.cleaned_data["uitgevoerd_op"]
                    )
                )
                for b in batches
            )
        except ValidationError as fout:
            for veld, meldingen in fout.message_dict.items():
                for melding in meldingen:
                    form.add_error(veld if veld in form.fields else None, melding)
        else:
            model_admin.message_user(
                request, _("%(n)s betaling(en) als betaald gemarkeerd.") % {"n": aantal}, messages.SUCCESS
            )
            return None
    context = _context(
        model_admin,
        request,
        _("Betaalbestanden bevestigen"),
        batches=batches,
        form=form,
        actie="batches_bevestigen",
        action_checkbox_name=admin.helpers.ACTION_CHECKBOX_NAME,
    )
    return TemplateResponse(request, "admin/core/betaalbatch/bevestigen.html", context)


def _in_batch() -> Q:
    return Q(betalingen__status=BetalingStatus.IN_BATCH)


@admin.action(description=gettext_lazy("Weigeren: de betaling wordt niet uitgevoerd"))
def betalingen_weigeren(model_admin, request, queryset):
    """A payment the bank refused, or an order withdrawn before it went out: with a reason, for
    payments still to pay or in a file. The dossier's page then offers a new order."""
    vereis_betaalrol(request.user)
    betalingen = list(queryset.order_by("aangemaakt"))
    open_ = [b for b in betalingen if b.status in (BetalingStatus.TE_BETALEN, BetalingStatus.IN_BATCH)]
    form = WeigerenForm(request.POST if "bevestigen" in request.POST else None)
    if form.is_bound and form.is_valid():
        for betaling in open_:
            diensten.betaling_weigeren(betaling=betaling, door=request.user, reden=form.cleaned_data["reden"])
        model_admin.message_user(
            request, _("%(n)s betaling(en) geweigerd.") % {"n": len(open_)}, messages.SUCCESS
        )
        return None
    context = _context(
        model_admin,
        request,
        _("Betalingen weigeren"),
        betalingen=open_,
        overgeslagen=[b for b in betalingen if b not in open_],
        form=form,
        actie="betalingen_weigeren",
        action_checkbox_name=admin.helpers.ACTION_CHECKBOX_NAME,
    )
    return TemplateResponse(request, "admin/core/betaling/weigeren.html", context)
