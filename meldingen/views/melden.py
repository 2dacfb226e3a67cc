"""The public report form, the thank-you page with the receipt code, and the quick exit."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from gelijkekansen.core.audit import client_ip
from gelijkekansen.core.forms import fout_bij_veld
from gelijkekansen.core.limieten import binnen_limiet
from meldingen import sessie
from meldingen.forms import BewijsForm, MeldingForm
from meldingen.services import melden as diensten

UITGANG = "https://www.google.be/search?q=weer+gent"  # a page that looks like anything else


@never_cache
@require_http_methods(["GET", "POST"])
def melden(request):
    form = MeldingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data["website"]:  # the hidden field: a robot gets a thank-you, nothing is saved
            return redirect("meldingen:verstuurd")
        if not binnen_limiet("melden", client_ip(request), maximum=settings.MELDINGEN_PER_UUR):
            messages.error(
                request,
                _(
                    "Er kwamen het voorbije uur veel meldingen van dit netwerk. Probeer het later opnieuw of bel 09 210 10 10."
                ),
            )
        else:
            try:
                melding, code = diensten.melding_indienen(
                    gegevens=form.gegevens(),
                    gronden=list(form.cleaned_data["gronden"]),
                    toestemmingen=form.cleaned_data["toestemmingen"],
                )
            except ValidationError as fout:
                fout_bij_veld(form, fout)
            else:
                sessie.openen(request, melding)
                sessie.code_bewaren(request, sessie.CODE_EENMALIG, code)
                return redirect("meldingen:verstuurd")
    return render(request, "meldingen/melden.html", {"form": form})


@never_cache
@require_GET
def verstuurd(request):
    """Shows the receipt code once: it is taken out of the session as the page is made."""
    code = sessie.code_nemen(request, sessie.CODE_EENMALIG)
    melding = sessie.melding_van(request)
    return render(
        request,
        "meldingen/verstuurd.html",
        {"code": code, "melding": melding, "bewijs_form": BewijsForm() if melding else None},
    )


@require_GET
def snel_weg(request):
    """The quick-exit button: the open report is closed in this browser, then a neutral page."""
    sessie.sluiten(request)
    antwoord = redirect(UITGANG)
    antwoord["Referrer-Policy"] = "no-referrer"
    antwoord["Cache-Control"] = "no-store"
    return antwoord
