"""The jury's pages: a list of the files of their calls, and per file first the conflict-of-interest
declaration, then (without conflict) what they need to judge and the scoring form.

This is the ONLY way a jury member sees a file: never the applicant's pages (messages, account
number, history), and nothing before declaring or after declaring a conflict."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import rol_vereist
from gelijkekansen.core import bijlagen
from subsidies.constants import BijlageSoort
from subsidies.forms import BelangenconflictForm, BeoordelingForm
from subsidies.models import Aanvraag, Beoordeling
from subsidies.querysets import get_aanvraag_for_jurylid, get_aanvraag_voor_beoordeling
from subsidies.services import aanvragen, jury


@require_GET
@rol_vereist(Rol.JURY)
@never_cache
def overzicht(request):
    dossiers = (
        Aanvraag.objects.voor_jurylid(request.user).select_related("oproep").order_by("oproep", "titel")
    )
    eigen = {b.aanvraag_id: b for b in Beoordeling.objects.filter(jurylid=request.user)}
    rijen = [{"aanvraag": a, "beoordeling": eigen.get(a.pk)} for a in dossiers]
    return render(request, "subsidies/jury_overzicht.html", {"rijen": rijen})


@require_http_methods(["GET", "POST"])
@rol_vereist(Rol.JURY)
@never_cache
def beoordelen(request, aanvraag_id):
    aanvraag = get_aanvraag_for_jurylid(request.user, aanvraag_id)
    beoordeling = Beoordeling.objects.filter(aanvraag=aanvraag, jurylid=request.user).first()
    if beoordeling is None:
        return _verklaren(request, aanvraag)
    if beoordeling.belangenconflict:
        return render(
            request,
            "subsidies/jury_belangenconflict.html",
            {"aanvraag": aanvraag, "beoordeling": beoordeling},
        )
    criteria = list(aanvraag.oproep.criteria.all())
    form = BeoordelingForm(request.POST or None, criteria=criteria, beoordeling=beoordeling)
    if request.method == "POST" and form.is_valid():
        try:
            jury.beoordeling_indienen(beoordeling=beoordeling, **form.service_argumenten())
        except ValidationError as fout:
            form.add_error(None, fout)
        else:
            messages.success(request, _("Je beoordeling is bewaard."))
            return redirect("subsidies:jury-overzicht")
    context = {
        "aanvraag": aanvraag,
        "form": form,
        "totalen": aanvragen.begroting_totalen(aanvraag),
        "begrotingslijnen": aanvraag.begrotingslijnen.all(),
        "bijlagen": _bijlagen_voor_jury(aanvraag),
    }
    return render(request, "subsidies/jury_beoordelen.html", context)


@require_GET
@rol_vereist(Rol.JURY)
def bijlage(request, aanvraag_id, bijlage_id):
    """An attachment of a file this jury member opened (declared, no conflict); else 404."""
    aanvraag = get_aanvraag_voor_beoordeling(request.user, aanvraag_id)
    gevonden = bijlagen.get_bijlage(aanvraag, bijlage_id, queryset=_bijlagen_voor_jury(aanvraag))
    return bijlagen.bijlage_antwoord(request, gevonden, aanvraag=str(aanvraag.pk))


def _bijlagen_voor_jury(aanvraag):
    """What the jury judges: the application's attachments, not the proof of a final report."""
    return bijlagen.bijlagen_van(aanvraag).filter(soort=BijlageSoort.AANVRAAG)


def _verklaren(request, aanvraag):
    """Before the file opens: does this jury member have a conflict of interest?"""
    form = BelangenconflictForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            jury.belangenconflict_verklaren(
                aanvraag=aanvraag, jurylid=request.user, conflict=form.cleaned_data["conflict"]
            )
        except (ValidationError, PermissionDenied) as fout:
            raise Http404 from fout
        return redirect("subsidies:jury-beoordelen", aanvraag_id=aanvraag.pk)
    return render(request, "subsidies/jury_verklaren.html", {"aanvraag": aanvraag, "form": form})
