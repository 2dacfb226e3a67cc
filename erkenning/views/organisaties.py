"""An association's own record: put it on the portal, keep its address and contact details
current, ask for a new account number (confirmed by the staff before any payment uses it)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from erkenning.forms import GegevensForm, OrganisatieForm, RekeningwijzigingForm
from erkenning.services import gids
from gelijkekansen.core import services_organisaties
from gelijkekansen.core.models import Organisatie, Rekeningwijziging
from gelijkekansen.core.models.organisaties import LidmaatschapRol


@require_http_methods(["GET", "POST"])
@login_required
def registreren(request):
    form = OrganisatieForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        velden = {k: v for k, v in form.cleaned_data.items() if k != "doelgroepen"}
        try:
            organisatie = services_organisaties.organisatie_registreren(
                door=request.user,
                velden=velden,
                doelgroepen=form.cleaned_data["doelgroepen"],
                request=request,
            )
        except ValidationError as fout:
            form.add_error(None, fout)
        else:
            messages.success(
                request,
                _("%(naam)s staat op het portaal. Je bent er verantwoordelijke van.") % {"naam": organisatie},
            )
            return redirect("erkenning:starten")
    return render(request, "erkenning/organisatie_registreren.html", {"form": form})


@require_http_methods(["GET", "POST"])
@login_required
@never_cache
def gegevens(request, sleutel):
    """Only a confirmed responsible; anyone else (or a forged key) gets a 404."""
    organisatie = get_object_or_404(
        Organisatie.objects.van_gebruiker(request.user, rol=LidmaatschapRol.VERANTWOORDELIJKE),
        pk=gids.organisatie_id(sleutel),
    )
    is_rekening = request.method == "POST" and "rekening" in request.POST
    form = GegevensForm(
        request.POST if request.method == "POST" and not is_rekening else None, instance=organisatie
    )
    rekening_form = RekeningwijzigingForm(request.POST if is_rekening else None)
    if is_rekening and rekening_form.is_valid():
        try:
            services_organisaties.rekening_wijzigen_vragen(
                organisatie=organisatie, door=request.user, iban=rekening_form.cleaned_data["iban"]
            )
        except ValidationError as fout:
            rekening_form.add_error("iban", fout)
        else:
            messages.success(
                request, _("Bedankt. De dienst kijkt het nieuwe rekeningnummer na en laat het je weten.")
            )
            return redirect("erkenning:organisatie-gegevens", sleutel=sleutel)
    elif request.method == "POST" and not is_rekening and form.is_valid():
        services_organisaties.gegevens_wijzigen(
            organisatie=organisatie, door=request.user, velden=form.cleaned_data
        )
        messages.success(request, _("Bewaard."))
        return redirect("erkenning:organisatie-gegevens", sleutel=sleutel)
    open_vraag = organisatie.rekeningwijzigingen.filter(status=Rekeningwijziging.Status.GEVRAAGD).first()
    context = {
        "organisatie": organisatie,
        "form": form,
        "rekening_form": rekening_form,
        "open_vraag": open_vraag,
    }
    return render(request, "erkenning/organisatie_gegevens.html", context)
