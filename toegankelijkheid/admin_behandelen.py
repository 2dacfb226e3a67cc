"""The team's two work pages in the admin (role toegankelijkheid): an update of a service to
approve or refuse, and an advice to answer point by point. Each shows the whole item read-only
beside the steps; the steps call the services."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import vereis_rol
from gelijkekansen.core.models import StatusWijziging
from gelijkekansen.core.validators import id_lezen
from gelijkekansen.core.workflow import OngeldigeOvergang, zoals_gezien
from toegankelijkheid.constants import AdviesStatus
from toegankelijkheid.forms import AfwijzenForm, AntwoordForm
from toegankelijkheid.models import Advies, Voortgangsupdate
from toegankelijkheid.services import adviezen, voortgang


def _context(request, titel: str, model, **extra) -> dict:
    return {
        **admin.site.each_context(request),
        "title": titel,
        "opts": model._meta,
        "has_view_permission": True,
        **extra,
    }


def _fouten(request, fout: Exception) -> None:
    for melding in getattr(fout, "messages", [str(fout)]):
        messages.error(request, melding)


def update_beoordelen(request, sleutel):
    vereis_rol(request.user, Rol.TOEGANKELIJKHEID)
    update = get_object_or_404(
        Voortgangsupdate.objects.select_related("actie__actieplan", "actie__trekker", "ingediend_door"),
        sleutel=sleutel,
    )
    form = AfwijzenForm(request.POST if request.POST.get("stap") == "afwijzen" else None)
    if request.method == "POST":
        try:
            with zoals_gezien(update, request.POST.get("status")):
                if request.POST.get("stap") == "goedkeuren":
                    voortgang.update_goedkeuren(update=update, door=request.user)
                    messages.success(request, _("Goedgekeurd: de update staat nu op de website."))
                elif form.is_valid():
                    voortgang.update_afwijzen(
                        update=update, door=request.user, reden=form.cleaned_data["reden"]
                    )
                    messages.success(
                        request,
                        _("Niet gepubliceerd; %(naam)s kreeg de reden per e-mail.")
                        % {"naam": update.ingediend_door},
                    )
                else:
                    raise ValidationError(_("Schrijf waarom je de update niet publiceert."))
        except (ValidationError, OngeldigeOvergang) as fout:
            _fouten(request, fout)
        return redirect("admin:toegankelijkheid_voortgangsupdate_beoordelen", sleutel=update.sleutel)
    context = _context(
        request,
        _("Update over actie %(nummer)s") % {"nummer": update.actie.nummer},
        Voortgangsupdate,
        update=update,
        actie=update.actie,
        form=form,
        eerdere=update.actie.updates.exclude(pk=update.pk).goedgekeurd()[:5],
    )
    return render(request, "admin/toegankelijkheid/voortgangsupdate/beoordelen.html", context)


def advies_beantwoorden(request, sleutel):
    vereis_rol(request.user, Rol.TOEGANKELIJKHEID)
    # A council's draft is its own until it is submitted: not even the team reads it.
    ingediend = Advies.objects.exclude(status=AdviesStatus.CONCEPT)
    advies = get_object_or_404(
        ingediend.select_related("adviesraad", "actieplan", "actie", "evaluatie"), sleutel=sleutel
    )
    punten = list(advies.punten.all())
    for punt in punten:
        gepost = request.method == "POST" and id_lezen(request.POST.get("punt")) == punt.pk
        punt.form = AntwoordForm(
            request.POST if gepost else None,
            initial={"standpunt": punt.standpunt, "motivering": punt.motivering, "opvolging": punt.opvolging},
            prefix=f"punt-{punt.pk}",
        )
    if request.method == "POST":
        gepost = next((p for p in punten if p.form.is_bound), None)
        if request.POST.get("stap") == "publiceren" or (gepost and gepost.form.is_valid()):
            try:
                with zoals_gezien(advies, request.POST.get("status")):
                    _antwoord_stap(request, advies, gepost)
            except (ValidationError, OngeldigeOvergang) as fout:
                _fouten(request, fout)
            return redirect("admin:toegankelijkheid_advies_beantwoorden", sleutel=advies.sleutel)
        messages.error(request, _("Dit antwoord is nog niet bewaard: bekijk de fouten bij het punt."))
    context = _context(
        request,
        advies.titel,
        Advies,
        advies=advies,
        punten=punten,
        vandaag=timezone.localdate(),
        geschiedenis=StatusWijziging.objects.voor(advies).select_related("door"),
    )
    return render(request, "admin/toegankelijkheid/advies/beantwoorden.html", context)


def _antwoord_stap(request, advies: Advies, punt) -> None:
    if request.POST.get("stap") == "publiceren":
        adviezen.advies_beantwoorden(advies=advies, door=request.user)
        messages.success(
            request,
            _("Het antwoord staat op de website; de leden van %(raad)s kregen een e-mail.")
            % {"raad": advies.adviesraad},
        )
        return
    adviezen.punt_beantwoorden(punt=punt, door=request.user, **punt.form.cleaned_data)
    messages.success(request, _("Antwoord op punt %(nummer)s bewaard.") % {"nummer": punt.nummer})
