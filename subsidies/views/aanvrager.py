"""The applicant's pages: start, fill in per section, check, submit, follow up."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from gelijkekansen.core import berichten, bijlagen, brieven
from gelijkekansen.core.forms import fout_bij_veld
from gelijkekansen.core.models import Kant
from subsidies import berichten as subsidies_berichten
from subsidies import brieven as subsidies_brieven
from subsidies import secties
from subsidies.forms import AanvullingForm, BerichtForm, IntrekkenForm, StartForm, VerantwoordingForm
from subsidies.models import Aanvraag, Oproep
from subsidies.querysets import get_aanvraag_for_aanvrager, get_aanvraag_for_user
from subsidies.services import aanvragen, betalingen
from subsidies.workflow import BEWERKBAAR, NIET_BESLIST


@require_http_methods(["GET", "POST"])
@login_required
def starten(request, oproep_id):
    oproep = get_object_or_404(Oproep.objects.open_(), pk=oproep_id)
    form = StartForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            aanvraag = aanvragen.aanvraag_starten(oproep=oproep, door=request.user, **form.cleaned_data)
        except ValidationError as fout:
            form.add_error(None, fout)
        else:
            return redirect("subsidies:aanvraag-bewerken", aanvraag_id=aanvraag.pk, sectie=secties.EERSTE)
    return render(request, "subsidies/aanvraag_starten.html", {"oproep": oproep, "form": form})


@require_GET
@login_required
@never_cache
def detail(request, aanvraag_id):
    aanvraag = get_aanvraag_for_user(request.user, aanvraag_id)
    kant = subsidies_berichten.kant(aanvraag, request.user)
    draad = berichten.draad_lezen(aanvraag, request.user, kant=kant)
    betalingen = list(aanvraag.betalingen)
    context = {
        "aanvraag": aanvraag,
        "is_aanvrager": kant == Kant.BURGER,
        "bewerkbaar": aanvraag.status in BEWERKBAAR,
        "intrekbaar": aanvraag.status in NIET_BESLIST,
        "berichten": draad.berichten,
        "ongelezen": draad.nieuw,
        "open_vraag": draad.open_vraag,
        "bijlagen": bijlagen.bijlagen_van(aanvraag),
        "betalingen": betalingen,
        "geschiedenis": secties.geschiedenis(aanvraag, betalingen),
        "bericht_form": BerichtForm(),
        "aanvulling_form": AanvullingForm(),
    }
    return render(request, "subsidies/aanvraag_detail.html", context)


@require_http_methods(["GET", "POST"])
@login_required
@never_cache
def bewerken(request, aanvraag_id, sectie):
    aanvraag = get_aanvraag_for_aanvrager(request.user, aanvraag_id)
    if sectie not in secties.SECTIES:
        raise Http404
    if aanvraag.status not in BEWERKBAAR:
        messages.warning(request, _("Deze aanvraag is ingediend en kan niet meer gewijzigd worden."))
        return redirect("subsidies:aanvraag-detail", aanvraag_id=aanvraag.pk)
    stap = secties.SECTIES[sectie]
    formulieren = stap.formulieren(request, aanvraag)
    if request.method == "POST" and all(f.is_valid() for f in formulieren.values()):
        stap.bewaren(request, aanvraag, formulieren)
        messages.success(request, _("Bewaard."))
        volgende = "controleren" if "opslaan_en_controleren" in request.POST else stap.volgende
        if volgende == "controleren":
            return redirect("subsidies:aanvraag-controleren", aanvraag_id=aanvraag.pk)
        return redirect("subsidies:aanvraag-bewerken", aanvraag_id=aanvraag.pk, sectie=volgende or sectie)
    context = {"aanvraag": aanvraag, "stap": stap, "stappen": secties.SECTIES.values(), **formulieren}
    context.update(stap.context(aanvraag))
    return render(request, "subsidies/aanvraag_bewerken.html", context)


@require_GET
@login_required
@never_cache
def controleren(request, aanvraag_id):
    aanvraag = get_aanvraag_for_aanvrager(request.user, aanvraag_id)
    context = {
        "aanvraag": aanvraag,
        "ontbrekend": aanvragen.ontbrekend(aanvraag),
        "totalen": aanvragen.begroting_totalen(aanvraag),
        "stappen": secties.SECTIES.values(),
        "deadline_voorbij": not aanvraag.oproep.is_open(),
    }
    return render(request, "subsidies/aanvraag_controleren.html", context)


@require_POST
@login_required
def indienen(request, aanvraag_id):
    aanvraag = get_aanvraag_for_aanvrager(request.user, aanvraag_id)
    try:
        aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=request.user)
    except (ValidationError, PermissionDenied) as fout:
        for melding in getattr(fout, "messages", [str(fout)]):
            messages.error(request, melding)
        return redirect("subsidies:aanvraag-controleren", aanvraag_id=aanvraag.pk)
    return redirect("subsidies:aanvraag-bevestiging", aanvraag_id=aanvraag.pk)


@require_GET
@login_required
def bevestiging(request, aanvraag_id):
    aanvraag = get_aanvraag_for_aanvrager(request.user, aanvraag_id)
    if aanvraag.status in BEWERKBAAR:
        return redirect("subsidies:aanvraag-controleren", aanvraag_id=aanvraag.pk)
    return render(request, "subsidies/aanvraag_bevestiging.html", {"aanvraag": aanvraag})


@require_GET
@login_required
def ontvangstbewijs(request, aanvraag_id):
    return _archiefbrief(request, aanvraag_id, subsidies_brieven.ONTVANGSTBEWIJS)


@require_GET
@login_required
def beslissingsbrief(request, aanvraag_id):
    return _archiefbrief(request, aanvraag_id, subsidies_brieven.BESLISSING)


def _archiefbrief(request, aanvraag_id, soort: str):
    """The letter as it was archived at submission or decision (core.Brief), never re-rendered:
    404 until it exists; the download is audited."""
    aanvraag = get_aanvraag_for_user(request.user, aanvraag_id)
    brief = subsidies_brieven.archiefbrief(aanvraag, soort)
    if brief is None:
        raise Http404
    return brieven.brief_antwoord(request, brief, dossier=aanvraag)


@require_POST
@login_required
def bericht(request, aanvraag_id):
    aanvraag = get_aanvraag_for_user(request.user, aanvraag_id)
    form = BerichtForm(request.POST)
    if form.is_valid():
        berichten.bericht_sturen(dossier=aanvraag, door=request.user, tekst=form.cleaned_data["tekst"])
        messages.success(request, _("Je bericht is verstuurd."))
    else:
        messages.error(request, _("Schrijf eerst je bericht."))
    return redirect("subsidies:aanvraag-detail", aanvraag_id=aanvraag.pk)


@require_POST
@login_required
def aanvullen(request, aanvraag_id):
    aanvraag = get_aanvraag_for_aanvrager(request.user, aanvraag_id)
    form = AanvullingForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(_("Schrijf je antwoord."))
        aanvragen.aanvulling_beantwoorden(
            aanvraag=aanvraag, door=request.user, antwoord=form.cleaned_data["antwoord"]
        )
    except ValidationError as fout:
        for melding in fout.messages:
            messages.error(request, melding)
    else:
        messages.success(request, _("Bedankt. Je aanvulling is doorgestuurd."))
    return redirect("subsidies:aanvraag-detail", aanvraag_id=aanvraag.pk)


@require_http_methods(["GET", "POST"])
@login_required
def intrekken(request, aanvraag_id):
    aanvraag = get_aanvraag_for_aanvrager(request.user, aanvraag_id)
    form = IntrekkenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            aanvragen.aanvraag_intrekken(
                aanvraag=aanvraag, door=request.user, reden=form.cleaned_data["reden"]
            )
        except ValidationError as fout:
            messages.error(request, fout.messages[0])
        else:
            messages.success(request, _("Je aanvraag is ingetrokken."))
        return redirect("subsidies:aanvraag-detail", aanvraag_id=aanvraag.pk)
    return render(request, "subsidies/aanvraag_intrekken.html", {"aanvraag": aanvraag, "form": form})


@require_http_methods(["GET", "POST"])
@login_required
@never_cache
def verantwoording(request, aanvraag_id):
    aanvraag = get_aanvraag_for_aanvrager(request.user, aanvraag_id)
    if aanvraag.status != Aanvraag.Status.VOORSCHOT_BETAALD:
        raise Http404
    form = VerantwoordingForm(request.POST or None, request.FILES or None, aanvraag=aanvraag)
    if request.method == "POST" and form.is_valid():
        gegevens = dict(form.cleaned_data)
        bewijs = gegevens.pop("bewijs")
        try:
            with transaction.atomic():
                betalingen.verantwoording_indienen(aanvraag=aanvraag, door=request.user, **gegevens)
                if bewijs:
                    aanvragen.bijlage_toevoegen(
                        aanvraag=aanvraag, bestand=bewijs, door=request.user, voor_verantwoording=True
                    )
        except ValidationError as fout:
            fout_bij_veld(form, fout)
        else:
            messages.success(request, _("Bedankt. We bekijken je verantwoording en rekenen af."))
            return redirect("subsidies:aanvraag-detail", aanvraag_id=aanvraag.pk)
    context = {"aanvraag": aanvraag, "form": form, "voor_einddatum": "reden_vroeger" in form.fields}
    return render(request, "subsidies/aanvraag_verantwoording.html", context)


@require_GET
@login_required
def bijlage(request, aanvraag_id, bijlage_id):
    aanvraag = get_aanvraag_for_user(request.user, aanvraag_id)
    return bijlagen.bijlage_antwoord(
        request, bijlagen.get_bijlage(aanvraag, bijlage_id), aanvraag=str(aanvraag.pk)
    )
