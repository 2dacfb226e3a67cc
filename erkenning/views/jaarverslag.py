"""A recognised association's annual report for a grant year, and the grant it led to."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from erkenning.forms import JaarverslagForm
from erkenning.models import Jaarverslag, Subsidiejaar
from erkenning.services import gids, werking
from erkenning.workflow import GELDIG
from gelijkekansen.core.models import Organisatie
from gelijkekansen.core.models.organisaties import LidmaatschapRol


@require_http_methods(["GET", "POST"])
@login_required
@never_cache
def jaarverslag(request, sleutel, jaar):
    """Only a confirmed responsible of the association; anyone else (or a forged key) gets a 404."""
    organisatie = get_object_or_404(
        Organisatie.objects.van_gebruiker(request.user, rol=LidmaatschapRol.VERANTWOORDELIJKE),
        pk=gids.organisatie_id(sleutel),
    )
    subsidiejaar = get_object_or_404(Subsidiejaar, jaar=jaar)
    verslag = Jaarverslag.objects.filter(subsidiejaar=subsidiejaar, organisatie=organisatie).first()
    erkend = organisatie.erkenningen.filter(status__in=GELDIG).exists()
    bewerkbaar = (
        erkend
        and werking.open_voor_verslagen(subsidiejaar)
        and (verslag is None or verslag.status == Jaarverslag.Status.CONCEPT)
    )
    form = JaarverslagForm(
        request.POST if bewerkbaar and request.method == "POST" else None, instance=verslag
    )
    if request.method == "POST" and not bewerkbaar:  # an old tab, or the deadline passed meanwhile
        messages.warning(request, _("Dit jaarverslag kan niet meer gewijzigd worden."))
        return redirect("erkenning:jaarverslag", sleutel=sleutel, jaar=jaar)
    if request.method == "POST" and form.is_valid():
        try:
            verslag = werking.jaarverslag_openen(
                subsidiejaar=subsidiejaar, organisatie=organisatie, door=request.user
            )
            werking.jaarverslag_bewaren(verslag=verslag, door=request.user, velden=form.cleaned_data)
            if "indienen" in request.POST:
                werking.jaarverslag_indienen(verslag=verslag, door=request.user)
                messages.success(request, _("Je jaarverslag is ingediend. Bedankt."))
            else:
                messages.success(request, _("Bewaard."))
        except (ValidationError, PermissionDenied) as fout:
            for melding in getattr(fout, "messages", [str(fout)]):
                messages.error(request, melding)
        return redirect("erkenning:jaarverslag", sleutel=sleutel, jaar=jaar)
    subsidie = getattr(verslag, "werkingssubsidie", None) if verslag else None
    context = {
        "erkend": erkend,
        "sleutel": sleutel,
        "organisatie": organisatie,
        "subsidiejaar": subsidiejaar,
        "verslag": verslag,
        "form": form,
        "bewerkbaar": bewerkbaar,
        "subsidie": subsidie if subsidiejaar.status == Subsidiejaar.Status.GOEDGEKEURD else None,
        "betalingen": list(subsidie.betalingen) if subsidie else [],
        "ontbrekend": werking.jaarverslag_ontbrekend(verslag) if verslag and bewerkbaar else [],
    }
    return render(request, "erkenning/jaarverslag.html", context)
