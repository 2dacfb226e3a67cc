"""The jury's pages: a list of the files of their calls, and per file first the conflict-of-interest
declaration, then (without conflict) the file and the scoring form."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from gelijkekansen.accounts.roles import Rol, heeft_rol
from subsidies.forms import BelangenconflictForm, BeoordelingForm
from subsidies.models import Aanvraag, Beoordeling
from subsidies.services import aanvragen, jury


def _alleen_jury(user) -> None:
    if not heeft_rol(user, Rol.JURY):
        raise Http404


@require_GET
@login_required
@never_cache
def overzicht(request):
    _alleen_jury(request.user)
    dossiers = (
        Aanvraag.objects.voor_jurylid(request.user).select_related("oproep").order_by("oproep", "titel")
    )
    eigen = {b.aanvraag_id: b for b in Beoordeling.objects.filter(jurylid=request.user)}
    rijen = [{"aanvraag": a, "beoordeling": eigen.get(a.pk)} for a in dossiers]
    return render(request, "subsidies/jury_overzicht.html", {"rijen": rijen})


@require_http_methods(["GET", "POST"])
@login_required
@never_cache
def beoordelen(request, aanvraag_id):
    _alleen_jury(request.user)
    aanvraag = get_object_or_404(
        Aanvraag.objects.voor_jurylid(request.user).select_related("oproep__reglement"), pk=aanvraag_id
    )
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
            messages.success(request, _("Uw beoordeling is bewaard."))
            return redirect("subsidies:jury-overzicht")
    context = {"aanvraag": aanvraag, "form": form, "totalen": aanvragen.begroting_totalen(aanvraag)}
    return render(request, "subsidies/jury_beoordelen.html", context)


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
