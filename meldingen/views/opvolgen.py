"""The reporter's follow-up with the receipt code (no account): the status, the Meldpunt's
messages and an answer, more evidence, consent per body. A wrong code, a withdrawn one and one
whose report was deleted get the same answer after the same pause; the address is rate-limited."""

import time

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from gelijkekansen.core import berichten
from gelijkekansen.core.audit import client_ip
from gelijkekansen.core.bijlagen import bijlagen_van
from gelijkekansen.core.limieten import binnen_limiet
from gelijkekansen.core.models import Kant
from meldingen import sessie
from meldingen.constants import STATUS_UITLEG, Instantie
from meldingen.forms import BewijsForm, CodeForm, MelderBerichtForm, ToestemmingForm
from meldingen.services import melden as diensten

POGINGEN_PER_UUR = 20


@never_cache
@require_http_methods(["GET", "POST"])
def opvolgen(request):
    if request.method == "GET" and sessie.melding_van(request):
        return redirect("meldingen:opvolgen-melding")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not binnen_limiet("melding-code", client_ip(request), maximum=POGINGEN_PER_UUR):
            form.add_error(None, _("Je probeerde het voorbije uur te vaak. Probeer het later opnieuw."))
        else:
            melding = diensten.melding_met_code(form.cleaned_data["code"])
            if melding is not None:
                sessie.openen(request, melding)
                return redirect("meldingen:opvolgen-melding")
            time.sleep(settings.MELDINGEN_CODE_PAUZE_SECONDEN)
            form.add_error(
                "code",
                _("Met deze code vinden we geen melding. Kijk de code na, of doe een nieuwe melding."),
            )
    return render(request, "meldingen/opvolgen.html", {"form": form})


@never_cache
@require_GET
def melding(request):
    melding_ = _open_of_terug(request)
    if melding_ is None:
        return redirect("meldingen:opvolgen")
    return _pagina(request, melding_)


def _pagina(request, melding, *, bewijs_form=None, bericht_form=None):
    """The follow-up page; after a refused step with that step's form and its errors."""
    gelezen = berichten.draad_lezen(melding, None, kant=Kant.BURGER)
    toestemmingen = {t.instantie: t for t in melding.toestemmingen.all()}
    context = {
        "melding": melding,
        "uitleg": STATUS_UITLEG[melding.status],
        "gelezen": gelezen,
        "bewijsstukken": bijlagen_van(melding).filter(soort=diensten.BEWIJS),
        "doorverwijzingen": melding.doorverwijzingen.all(),
        "instanties": [(code, label, toestemmingen.get(code)) for code, label in Instantie.choices],
        "bericht_form": bericht_form or MelderBerichtForm(),
        "bewijs_form": bewijs_form or BewijsForm(),
    }
    return render(request, "meldingen/opvolgen_melding.html", context)


def _open_of_terug(request):
    melding = sessie.melding_van(request)
    if melding is None:
        messages.info(request, _("Geef je ontvangstcode opnieuw in."))
    return melding


@never_cache
@require_POST
def bericht(request):
    melding_ = _open_of_terug(request)
    if melding_ is None:
        return redirect("meldingen:opvolgen")
    form = MelderBerichtForm(request.POST)
    if form.is_valid():
        try:
            diensten.bericht_van_melder(melding=melding_, tekst=form.cleaned_data["tekst"])
        except ValidationError as fout:
            form.add_error("tekst", fout)
        else:
            messages.success(request, _("Je bericht is verstuurd naar het Meldpunt."))
            return redirect("meldingen:opvolgen-melding")
    return _pagina(request, melding_, bericht_form=form)


@never_cache
@require_POST
def bewijs(request):
    """A failed upload shows why, on the same page; what was already there stays."""
    melding_ = _open_of_terug(request)
    if melding_ is None:
        return redirect("meldingen:opvolgen")
    form = BewijsForm(request.POST, request.FILES)
    if form.is_valid() and not form.cleaned_data["bestand"]:
        form.add_error("bestand", _("Kies eerst een bestand."))
    if form.is_valid():
        try:
            diensten.bewijs_toevoegen(melding=melding_, bestand=form.cleaned_data["bestand"])
        except ValidationError as fout:
            form.add_error("bestand", fout)
        else:
            messages.success(request, _("Het bestand is toegevoegd aan je melding."))
            return redirect("meldingen:opvolgen-melding")
    return _pagina(request, melding_, bewijs_form=form)


@never_cache
@require_POST
def toestemming(request):
    melding_ = _open_of_terug(request)
    if melding_ is None:
        return redirect("meldingen:opvolgen")
    form = ToestemmingForm(request.POST)
    if form.is_valid():
        instantie, geven = form.cleaned_data["instantie"], form.cleaned_data["geven"]
        diensten.toestemming_wijzigen(melding=melding_, instantie=instantie, geven=geven)
        naam = Instantie(instantie).label
        messages.success(
            request,
            (
                _("Je gaf toestemming om je melding door te geven aan %(naam)s.")
                if geven
                else _("Je toestemming voor %(naam)s is ingetrokken. We geven niets meer door aan %(naam)s.")
            )
            % {"naam": naam},
        )
    return redirect("meldingen:opvolgen-melding")


@never_cache
@require_POST
def stoppen(request):
    sessie.sluiten(request)
    messages.success(request, _("Je melding is gesloten in deze browser. Met je code open je ze opnieuw."))
    return redirect("meldingen:opvolgen")
