"""An association's emergency grant: what it gets, on which account, and accepting it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from erkenning.services.gids import organisatie_sleutel
from gelijkekansen.core.models import Organisatie
from gelijkekansen.core.models.organisaties import LidmaatschapRol
from gelijkekansen.core.workflow import OngeldigeOvergang
from subsidies.forms import NoodsteunForm
from subsidies.models import Noodsteun
from subsidies.services import noodfonds


@require_http_methods(["GET", "POST"])
@login_required
@never_cache
def steun(request, sleutel):
    """Only a confirmed responsible of the association; anyone else gets a 404."""
    eigen = Organisatie.objects.van_gebruiker(request.user, rol=LidmaatschapRol.VERANTWOORDELIJKE)
    gevonden = get_object_or_404(
        Noodsteun.objects.select_related("organisatie", "ronde").filter(organisatie__in=eigen.values("pk")),
        sleutel=sleutel,
    )
    form = NoodsteunForm(request.POST or None, ronde=gevonden.ronde)
    if request.method == "POST" and form.is_valid():
        try:
            noodfonds.aanvaarden(steun=gevonden, door=request.user, huur=form.cleaned_data["huur"] == "ja")
        except OngeldigeOvergang:  # accepted meanwhile, in another tab or by a colleague
            messages.info(request, _("Deze steun is al aanvaard."))
        except (ValidationError, PermissionDenied) as fout:
            for melding in getattr(fout, "messages", [str(fout)]):
                messages.error(request, melding)
        else:
            messages.success(request, _("Bedankt. We storten de steun met de volgende betaling van de stad."))
        return redirect("subsidies:noodsteun", sleutel=gevonden.sleutel)
    context = {
        "steun": gevonden,
        "form": form,
        "gegevens_sleutel": organisatie_sleutel(gevonden.organisatie),
        "betalingen": list(gevonden.betalingen),
    }
    return render(request, "subsidies/noodsteun.html", context)
