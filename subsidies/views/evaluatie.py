"""The test-year evaluation for case handlers: the figures on a page and as CSV (the PDF is a report)."""

import csv
from urllib.parse import urlencode

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import rol_vereist
from gelijkekansen.core.audit import audit_registreren
from gelijkekansen.core.models.audit import AuditActie
from subsidies.evaluatie import evaluatie_cijfers, platte_rijen
from subsidies.models import Aanvraag, Oproep


class EvaluatieFilterForm(forms.Form):
    """Which figures: a period of submission and optionally one call. A plain form, not a
    FilterSet: it narrows aggregate figures, not a list of objects."""

    van = forms.DateField(
        label=_("Ingediend vanaf"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    tot = forms.DateField(
        label=_("Ingediend tot en met"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    oproep = forms.ModelChoiceField(
        label=_("Oproep"), queryset=Oproep.objects.all(), required=False, empty_label=_("Alle oproepen")
    )

    def clean(self) -> dict:
        gegevens = super().clean()
        van, tot = gegevens.get("van"), gegevens.get("tot")
        if van and tot and van > tot:
            self.add_error("tot", _("Deze datum moet na de datum bij 'Ingediend vanaf' liggen."))
        return gegevens

    def als_parameters(self) -> dict:
        """The valid filter as query parameters, to carry it to the CSV link."""
        gegevens = self.cleaned_data
        parameters = {
            "van": gegevens["van"].isoformat() if gegevens.get("van") else "",
            "tot": gegevens["tot"].isoformat() if gegevens.get("tot") else "",
            "oproep": str(gegevens["oproep"].pk) if gegevens.get("oproep") else "",
        }
        return {naam: waarde for naam, waarde in parameters.items() if waarde}


@require_GET
@rol_vereist(Rol.DOSSIERBEHANDELAAR_SUBSIDIES)
@never_cache
def overzicht(request):
    form = EvaluatieFilterForm(request.GET)
    context = {"form": form, "cijfers": None, "csv_url": None, "pdf_parameters": {}}
    if form.is_valid():
        context["cijfers"] = evaluatie_cijfers(
            van=form.cleaned_data["van"], tot=form.cleaned_data["tot"], oproep=form.cleaned_data["oproep"]
        )
        parameters = form.als_parameters()
        # The "PDF maken" button posts the same filter to core:rapport-aanvragen.
        context["pdf_parameters"] = parameters
        context["csv_url"] = reverse("subsidies:evaluatie-csv") + (
            f"?{urlencode(parameters)}" if parameters else ""
        )
    return render(request, "subsidies/evaluatie.html", context)


@require_GET
@rol_vereist(Rol.DOSSIERBEHANDELAAR_SUBSIDIES)
def csv_export(request):
    form = EvaluatieFilterForm(request.GET)
    if not form.is_valid():
        # The page shows what is wrong with the filter.
        return redirect(f"{reverse('subsidies:evaluatie')}?{request.GET.urlencode()}")
    van, tot, oproep = (form.cleaned_data[naam] for naam in ("van", "tot", "oproep"))
    cijfers = evaluatie_cijfers(van=van, tot=tot, oproep=oproep)

    # Logged on the call when one is chosen. Across all calls, the export concerns the
    # applications as a whole: it is logged on their kind (the ContentType of Aanvraag), so the
    # audit log answers "who exported figures about applications" without a made-up object.
    audit_registreren(
        wie=request.user,
        wat=AuditActie.GEEXPORTEERD,
        obj=oproep or ContentType.objects.get_for_model(Aanvraag),
        export="subsidies-evaluatie-csv",
        **form.als_parameters(),
    )

    naam = "-".join(["subsidies-evaluatie", *(d.isoformat() for d in (van, tot) if d)])
    antwoord = HttpResponse(content_type="text/csv; charset=utf-8")
    antwoord["Content-Disposition"] = f'attachment; filename="{naam}.csv"'
    antwoord["Cache-Control"] = "no-store"
    # Excel opens UTF-8 correctly only with a byte order mark; ";" and the decimal comma are
    # what Excel expects in Belgium.
    antwoord.write("\ufeff")
    schrijver = csv.writer(antwoord, delimiter=";")
    schrijver.writerow(["vraag", "onderdeel", "categorie", "aantal_of_bedrag"])
    schrijver.writerows(platte_rijen(cijfers))
    return antwoord
