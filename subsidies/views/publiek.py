from django.shortcuts import render
from django.views.decorators.http import require_GET

from subsidies.constants import REGLEMENT_URL
from subsidies.forms import GeschiktheidForm
from subsidies.models import Oproep, Reglement


@require_GET
def index(request):
    context = {
        "reglement": Reglement.objects.filter(code="samen-aan-zet").first(),
        "oproepen": Oproep.objects.open_().select_related("reglement"),
        "reglement_url": REGLEMENT_URL,
    }
    return render(request, "subsidies/index.html", context)


@require_GET
def geschiktheid(request):
    form = GeschiktheidForm(request.GET or None)
    uitslag = form.uitslag() if form.is_bound and form.is_valid() else None
    return render(request, "subsidies/geschiktheid.html", {"form": form, "uitslag": uitslag})
