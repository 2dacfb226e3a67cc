"""A question of the instappunt in the admin (role erkenningen): the question and its history,
beside the two steps — send it to a city service, and write the one answer."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from erkenning.models import Ondersteuningsvraag
from erkenning.services import instappunt
from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import vereis_rol
from gelijkekansen.core.models import Organisatie, StatusWijziging
from gelijkekansen.core.models.organisaties import OrganisatieSoort
from gelijkekansen.core.validators import id_lezen
from gelijkekansen.core.workflow import OngeldigeOvergang, zoals_gezien


def _dienst(waarde: str | None):
    pk = id_lezen(waarde)
    return Organisatie.objects.filter(pk=pk, soort=OrganisatieSoort.STADSDIENST).first() if pk else None


def behandelen(request, sleutel):
    vereis_rol(request.user, Rol.ERKENNINGEN)
    vraag = get_object_or_404(
        Ondersteuningsvraag.objects.select_related("organisatie", "gesteld_door", "dienst"), sleutel=sleutel
    )
    if request.method == "POST":
        try:
            with zoals_gezien(vraag, request.POST.get("status")):
                _stap(request, vraag)
        except (ValidationError, OngeldigeOvergang) as fout:
            for melding in getattr(fout, "messages", [str(fout)]):
                messages.error(request, melding)
        return redirect("admin:erkenning_ondersteuningsvraag_behandelen", sleutel=vraag.sleutel)
    context = {
        **admin.site.each_context(request),
        "title": _("Vraag %(nummer)s") % {"nummer": vraag.nummer},
        "vraag": vraag,
        "diensten": Organisatie.objects.filter(soort=OrganisatieSoort.STADSDIENST)
        .exclude(email="")
        .order_by("naam"),
        "geschiedenis": StatusWijziging.objects.voor(vraag).select_related("door"),
        "opts": Ondersteuningsvraag._meta,
        "has_view_permission": True,
    }
    return render(request, "admin/erkenning/ondersteuningsvraag/behandelen.html", context)


def _stap(request, vraag: Ondersteuningsvraag) -> None:
    actie = request.POST.get("actie")
    if actie == "doorsturen":
        dienst = _dienst(request.POST.get("dienst"))
        instappunt.doorsturen(
            vraag=vraag, door=request.user, dienst=dienst, toelichting=request.POST.get("tekst", "")
        )
        messages.success(
            request,
            _("Doorgestuurd naar %(dienst)s; de dienst kreeg de vraag per e-mail.") % {"dienst": dienst},
        )
    elif actie == "beantwoorden":
        instappunt.beantwoorden(vraag=vraag, door=request.user, antwoord=request.POST.get("tekst", ""))
        messages.success(
            request, _("Antwoord verstuurd; %(naam)s kreeg een e-mail.") % {"naam": vraag.organisatie.naam}
        )
    else:
        raise ValidationError(_("Onbekende actie."))
