"""A city service's members write updates on their own actions; the team approves them."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from gelijkekansen.core.forms import fout_bij_veld
from toegankelijkheid.constants import PlanStatus, UpdateStatus
from toegankelijkheid.forms import UpdateForm
from toegankelijkheid.models import Actie
from toegankelijkheid.querysets import get_actie_om_bij_te_werken
from toegankelijkheid.services import voortgang


@require_GET
@login_required
@never_cache
def mijn_acties(request):
    acties = (
        Actie.objects.van_dienst_van(request.user)
        .filter(actieplan__status=PlanStatus.GEPUBLICEERD)
        .select_related("actieplan", "trekker", "resultaatsgebied")
        .order_by("actieplan", "nummer")
    )
    return render(request, "toegankelijkheid/mijn_acties.html", {"acties": acties})


@require_http_methods(["GET", "POST"])
@login_required
@never_cache
def actie_bijwerken(request, sleutel):
    actie = get_actie_om_bij_te_werken(request.user, sleutel)
    open_voor_updates = actie.actieplan.status == PlanStatus.GEPUBLICEERD
    form = UpdateForm(request.POST if request.method == "POST" else None, actie=actie)
    if request.method == "POST" and open_voor_updates and form.is_valid():
        try:
            voortgang.update_indienen(actie=actie, door=request.user, **form.cleaned_data)
        except ValidationError as fout:
            fout_bij_veld(form, fout)
        else:
            messages.success(
                request, _("Je update is bewaard. Het team toegankelijkheid bekijkt ze en publiceert ze dan.")
            )
            return redirect("toegankelijkheid:actie-bijwerken", sleutel=sleutel)
    context = {
        "actie": actie,
        "form": form,
        "open_voor_updates": open_voor_updates,
        "updates": actie.updates.select_related("ingediend_door"),
        "wacht": UpdateStatus.INGEDIEND,
    }
    return render(request, "toegankelijkheid/actie_bijwerken.html", context)
