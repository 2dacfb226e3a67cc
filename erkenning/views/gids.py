"""The landing page, the public directory and an association's own entry in it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from erkenning.constants import GELDIGHEID_JAREN, MINIMUM_BESTUURSLEDEN, MINIMUM_LEDEN, Categorie, Criterium
from erkenning.filters import GidsFilter
from erkenning.forms import ContactForm, VermeldingForm
from erkenning.models import Vermelding
from erkenning.services import gids
from erkenning.workflow import GELDIG
from gelijkekansen.core import publiek
from gelijkekansen.core.audit import client_ip
from gelijkekansen.core.models import Organisatie
from gelijkekansen.core.models.organisaties import LidmaatschapRol


@require_GET
def index(request):
    context = {
        "categorieen": Categorie,
        "criteria": Criterium,
        "minimum_leden": MINIMUM_LEDEN,
        "minimum_bestuursleden": MINIMUM_BESTUURSLEDEN,
        "geldigheid_jaren": GELDIGHEID_JAREN,
    }
    return render(request, "erkenning/index.html", context)


@require_GET
def gids_lijst(request):
    filters = GidsFilter(request.GET, queryset=gids.in_de_gids())
    resultaten = publiek.fragment(
        "gids",
        "resultaten",
        request,
        lambda: _resultaten(request, filters),
        parameters=[*filters.filters, "pagina"],
    )
    return render(request, "erkenning/gids.html", {"filters": filters, "resultaten": resultaten})


def _resultaten(request, filters: GidsFilter) -> SafeString:
    pagina = Paginator(filters.qs, 20).get_page(request.GET.get("pagina"))
    context = {"pagina": pagina, "zonder_pagina": publiek.zoekopdracht(request, filters.filters)}
    return render_to_string("erkenning/gids_resultaten.html", context)  # nothing of this visitor


@require_http_methods(["GET", "POST"])
def gids_vereniging(request, sleutel):
    organisatie = get_object_or_404(gids.in_de_gids(), vermelding__sleutel=sleutel)
    form = ContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data["website"]:  # the hidden field: a robot
            return redirect("verenigingen:vereniging", sleutel=sleutel)
        try:
            gids.contact_opnemen(
                organisatie=organisatie,
                naam=form.cleaned_data["naam"],
                email=form.cleaned_data["email"],
                bericht=form.cleaned_data["bericht"],
                ip=client_ip(request),
            )
        except ValidationError as fout:
            form.add_error(None, fout)
        else:
            messages.success(
                request,
                _("Je bericht is verstuurd naar %(naam)s. Ze antwoorden je op %(email)s.")
                % {"naam": organisatie, "email": form.cleaned_data["email"]},
            )
            return redirect("verenigingen:vereniging", sleutel=sleutel)
    erkenningen = organisatie.erkenningen.filter(status__in=GELDIG)
    context = {"organisatie": organisatie, "erkenningen": erkenningen, "form": form}
    return render(request, "erkenning/gids_vereniging.html", context)


@require_http_methods(["GET", "POST"])
@login_required
@never_cache
def vermelding_bewerken(request, sleutel):
    """Only a confirmed responsible of the organisation; anyone else (or a forged key) gets a 404."""
    organisatie = get_object_or_404(
        Organisatie.objects.van_gebruiker(request.user, rol=LidmaatschapRol.VERANTWOORDELIJKE),
        pk=gids.organisatie_id(sleutel),
    )
    vermelding = Vermelding.objects.filter(organisatie=organisatie).first() or Vermelding(
        organisatie=organisatie
    )
    form = VermeldingForm(request.POST or None, instance=vermelding)
    if request.method == "POST" and form.is_valid():
        gids.vermelding_bewaren(organisatie=organisatie, door=request.user, velden=form.cleaned_data)
        messages.success(request, _("Bewaard."))
        return redirect("erkenning:vermelding-bewerken", sleutel=sleutel)
    erkend = organisatie.erkenningen.filter(status__in=GELDIG).exists()
    context = {"organisatie": organisatie, "form": form, "erkend": erkend}
    return render(request, "erkenning/vermelding_bewerken.html", context)
