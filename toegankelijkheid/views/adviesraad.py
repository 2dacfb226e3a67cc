"""A member of an advisory council writes an advice point by point, keeps it as a draft and
submits it; the city's answers appear on the public advice page."""

import uuid

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import rol_vereist
from gelijkekansen.core.forms import fout_bij_veld
from gelijkekansen.core.workflow import OngeldigeOvergang
from toegankelijkheid.constants import AdviesStatus
from toegankelijkheid.forms import MAX_PUNTEN, AdviesForm, PuntenFormSet
from toegankelijkheid.models import Advies
from toegankelijkheid.querysets import adviesraden_van, get_advies_voor_lid
from toegankelijkheid.services import adviezen as service


@require_GET
@rol_vereist(Rol.ADVIESRAAD)
@never_cache
def adviezen(request):
    lijst = (
        Advies.objects.filter(adviesraad__in=adviesraden_van(request.user))
        .select_related("adviesraad", "actieplan")
        .order_by("status", "-ingediend_op", "-pk")
    )
    return render(request, "toegankelijkheid/adviezen.html", {"adviezen": lijst})


@require_http_methods(["GET", "POST"])
@rol_vereist(Rol.ADVIESRAAD)
@never_cache
def advies_bewerken(request, sleutel=None):
    # A new advice carries its key from the first page on: the same form sent twice (a double
    # click, a reload) finds the advice it made instead of making a second one.
    nieuw = _nieuwe_sleutel(request) if sleutel is None else None
    if nieuw and Advies.objects.filter(sleutel=nieuw).exists():
        sleutel = nieuw
    advies = get_advies_voor_lid(request.user, sleutel) if sleutel else None
    if advies and advies.status != AdviesStatus.CONCEPT:
        if request.method == "POST":
            messages.warning(request, _("Dit advies is al ingediend: je kunt het niet meer wijzigen."))
        context = {"advies": advies, "punten": advies.punten.all()}
        return render(request, "toegankelijkheid/advies_ingediend.html", context)
    data = request.POST if request.method == "POST" else None
    form = AdviesForm(data, instance=advies, user=request.user)
    punten = PuntenFormSet(data, initial=_punten(advies), prefix="punt")
    if request.method == "POST" and form.is_valid() and punten.is_valid():
        teksten = [p.get("tekst", "") for p in punten.cleaned_data]
        try:
            advies = service.advies_bewaren(
                advies=advies, door=request.user, velden=form.cleaned_data, punten=teksten, sleutel=nieuw
            )
        except (ValidationError, OngeldigeOvergang) as fout:
            fout_bij_veld(form, fout if isinstance(fout, ValidationError) else ValidationError(str(fout)))
        else:
            return _na_bewaren(request, advies)
    context = {"advies": advies, "form": form, "punten": punten, "nieuw": nieuw or uuid.uuid4()}
    return render(request, "toegankelijkheid/advies_bewerken.html", {**context, "max_punten": MAX_PUNTEN})


def _na_bewaren(request, advies: Advies):
    """Saved; submitted too when asked. A refused submission keeps the draft and says why."""
    if "indienen" in request.POST:
        try:
            service.advies_indienen(advies=advies, door=request.user)
        except (ValidationError, OngeldigeOvergang) as fout:
            for melding in getattr(fout, "messages", [str(fout)]):
                messages.error(request, melding)
        else:
            messages.success(request, _("Jullie advies is ingediend. De stad antwoordt per punt."))
            return redirect("toegankelijkheid:adviezen")
    else:
        messages.success(request, _("Bewaard. Je kunt later verder schrijven."))
    return redirect("toegankelijkheid:advies-bewerken", sleutel=advies.sleutel)


def _nieuwe_sleutel(request) -> uuid.UUID | None:
    try:
        return uuid.UUID(request.POST.get("nieuw", ""))
    except ValueError:
        return None


def _punten(advies: Advies | None) -> list[dict]:
    """The saved points and one empty line to add another (more lines come with each save), up
    to MAX_PUNTEN."""
    bestaande = [{"tekst": p.tekst} for p in advies.punten.all()] if advies else []
    if not bestaande:
        return [{"tekst": ""}] * 3
    return bestaande + [{"tekst": ""}] * (len(bestaande) < MAX_PUNTEN)
