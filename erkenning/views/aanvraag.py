"""The association's pages for its recognition: start, fill in per section, check, submit, follow."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from erkenning import berichten as erkenning_berichten
from erkenning import secties
from erkenning.constants import MINIMUM_BESTUURSLEDEN, MINIMUM_LEDEN, Categorie, Criterium
from erkenning.forms import AntwoordForm, BerichtForm, StartForm
from erkenning.querysets import get_erkenning_for_user, get_erkenning_for_vereniging
from erkenning.services import aanvragen
from gelijkekansen.core import berichten, bijlagen, brieven
from gelijkekansen.core.models import Kant, StatusWijziging


@require_http_methods(["GET", "POST"])
@login_required
def starten(request):
    form = StartForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            erkenning = aanvragen.erkenning_starten(door=request.user, **form.cleaned_data)
        except ValidationError as fout:
            form.add_error(None, fout)
        else:
            return redirect("erkenning:bewerken", sleutel=erkenning.sleutel, sectie=secties.EERSTE)
    context = {
        "form": form,
        "heeft_vereniging": form.fields["organisatie"].queryset.exists(),
        "categorieen": Categorie,
        "criteria": Criterium,
        "minimum_leden": MINIMUM_LEDEN,
        "minimum_bestuursleden": MINIMUM_BESTUURSLEDEN,
    }
    return render(request, "erkenning/starten.html", context)


@require_http_methods(["GET", "POST"])
@login_required
@never_cache
def bewerken(request, sleutel, sectie):
    erkenning = get_erkenning_for_vereniging(request.user, sleutel)
    if sectie not in secties.SECTIES:
        raise Http404
    if erkenning.status not in aanvragen.BEWERKBAAR:
        messages.warning(request, aanvragen.NIET_MEER_BEWERKBAAR)
        return redirect("erkenning:detail", sleutel=erkenning.sleutel)
    stap = secties.SECTIES[sectie]
    formulieren = stap.formulieren(request, erkenning)
    if request.method == "POST" and all(f.is_valid() for f in formulieren.values()):
        try:
            stap.bewaren(request, erkenning, formulieren)
        except PermissionDenied as fout:
            messages.error(request, str(fout))
            return redirect("erkenning:detail", sleutel=erkenning.sleutel)
        messages.success(request, _("Bewaard."))
        volgende = "controleren" if "opslaan_en_controleren" in request.POST else stap.volgende
        if "nog_een_lid" in request.POST:  # the board page again, with an empty line more
            volgende = sectie
        if volgende == "controleren":
            return redirect("erkenning:controleren", sleutel=erkenning.sleutel)
        return redirect("erkenning:bewerken", sleutel=erkenning.sleutel, sectie=volgende)
    context = {"erkenning": erkenning, "stap": stap, "stappen": secties.SECTIES.values(), **formulieren}
    if sectie == "bijlagen":
        context.update(secties.bijlagen_context(erkenning))
    return render(request, "erkenning/bewerken.html", context)


@require_GET
@login_required
@never_cache
def controleren(request, sleutel):
    erkenning = get_erkenning_for_vereniging(request.user, sleutel)
    if erkenning.status not in aanvragen.BEWERKBAAR:
        return redirect("erkenning:detail", sleutel=erkenning.sleutel)
    context = {
        "erkenning": erkenning,
        "ontbrekend": aanvragen.ontbrekend(erkenning),
        "stappen": secties.SECTIES.values(),
        **secties.bijlagen_context(erkenning),
    }
    return render(request, "erkenning/controleren.html", context)


@require_POST
@login_required
def indienen(request, sleutel):
    erkenning = get_erkenning_for_vereniging(request.user, sleutel)
    try:
        aanvragen.erkenning_indienen(erkenning=erkenning, door=request.user)
    except (ValidationError, PermissionDenied) as fout:
        for melding in getattr(fout, "messages", [str(fout)]):
            messages.error(request, melding)
        return redirect("erkenning:controleren", sleutel=erkenning.sleutel)
    messages.success(
        request,
        _("Je aanvraag is ingediend. Je aanvraagnummer is %(nummer)s. Je krijgt ook een e-mail.")
        % {"nummer": erkenning.nummer},
    )
    return redirect("erkenning:detail", sleutel=erkenning.sleutel)


@require_GET
@login_required
@never_cache
def detail(request, sleutel):
    erkenning = get_erkenning_for_user(request.user, sleutel)
    kant = erkenning_berichten.kant(erkenning, request.user)
    draad = berichten.draad_lezen(erkenning, request.user, kant=kant)
    context = {
        "erkenning": erkenning,
        "is_vereniging": kant == Kant.BURGER,
        "bewerkbaar": erkenning.status in aanvragen.BEWERKBAAR,
        "berichten": draad.berichten,
        "ongelezen": draad.nieuw,
        "open_vraag": draad.open_vraag,
        **secties.bijlagen_context(erkenning),
        "brieven": brieven.brieven_van(erkenning).order_by("gemaakt_op"),
        "geschiedenis": StatusWijziging.objects.voor(erkenning).select_related("door"),
        "bericht_form": BerichtForm(),
        "antwoord_form": AntwoordForm(),
    }
    return render(request, "erkenning/detail.html", context)


@require_POST
@login_required
def bericht(request, sleutel):
    erkenning = get_erkenning_for_user(request.user, sleutel)
    if erkenning_berichten.kant(erkenning, request.user) != Kant.BURGER:
        raise Http404  # staff write on the Behandelen page
    try:
        if "antwoord" in request.POST and berichten.open_vraag(erkenning):
            berichten.vraag_beantwoorden(
                dossier=erkenning, door=request.user, tekst=request.POST.get("antwoord", "")
            )
            messages.success(request, _("Bedankt. Je antwoord is doorgestuurd."))
        else:
            berichten.bericht_sturen(
                dossier=erkenning, door=request.user, tekst=request.POST.get("tekst", "")
            )
            messages.success(request, _("Je bericht is verstuurd."))
    except ValidationError as fout:  # empty or too long: the kernel's message says which
        for melding in fout.messages:
            messages.error(request, melding)
    return redirect("erkenning:detail", sleutel=erkenning.sleutel)


@require_GET
@login_required
def brief(request, sleutel, brief_id):
    erkenning = get_erkenning_for_user(request.user, sleutel)
    archief = brieven.brieven_van(erkenning).filter(pk=brief_id).first()
    if archief is None:
        raise Http404
    return brieven.brief_antwoord(request, archief, dossier=erkenning)


@require_GET
@login_required
def bijlage(request, sleutel, bijlage_id):
    erkenning = get_erkenning_for_user(request.user, sleutel)
    return bijlagen.bijlage_antwoord(
        request, bijlagen.get_bijlage(erkenning, bijlage_id), erkenning=erkenning.nummer
    )


@require_http_methods(["GET", "POST"])
@login_required
def verwijderen(request, sleutel):
    erkenning = get_erkenning_for_vereniging(request.user, sleutel)
    if erkenning.status not in aanvragen.BEWERKBAAR:
        raise Http404
    if request.method == "POST":
        aanvragen.concept_verwijderen(erkenning=erkenning, door=request.user)
        messages.success(request, _("Je concept is verwijderd."))
        return redirect("accounts:mijn")
    return render(request, "erkenning/verwijderen.html", {"erkenning": erkenning})
