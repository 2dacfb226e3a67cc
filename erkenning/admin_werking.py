"""The operating grant year in the admin (role erkenningen): its formula (editable while open),
one page with the computation — each association's points and amount, one total against the
envelope, the scaling when there is one — and the two steps: compute (a Celery task) and
approve (payment orders, then the kernel's payment files)."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from erkenning.models import Subsidiejaar
from erkenning.services import werking
from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import vereis_rol
from gelijkekansen.core.workflow import OngeldigeOvergang


def berekening(request, jaar_id):
    vereis_rol(request.user, Rol.ERKENNINGEN)
    jaar = get_object_or_404(Subsidiejaar, pk=jaar_id)
    if request.method == "POST":
        try:
            _stap(request, jaar)
        except (ValidationError, OngeldigeOvergang) as fout:
            for melding in getattr(fout, "messages", [str(fout)]):
                messages.error(request, melding)
        return redirect("admin:erkenning_subsidiejaar_berekening", jaar_id=jaar.pk)
    subsidies = jaar.subsidies.select_related("organisatie", "jaarverslag")
    context = {
        **admin.site.each_context(request),
        "title": str(jaar),
        "jaar": jaar,
        "overzicht": werking.overzicht(jaar),
        "subsidies": subsidies,
        "ingediend": jaar.jaarverslagen.filter(status="ingediend").count(),
        "opts": Subsidiejaar._meta,
        "has_view_permission": True,
    }
    return render(request, "admin/erkenning/subsidiejaar/berekening.html", context)


def _stap(request, jaar: Subsidiejaar) -> None:
    if request.POST.get("actie") == "berekenen":
        werking.berekening_starten(subsidiejaar=jaar)
        messages.success(
            request, _("De berekening is gestart. Deze pagina toont het resultaat zodra ze klaar is.")
        )
    elif request.POST.get("actie") == "goedkeuren":
        aantal = werking.subsidiejaar_goedkeuren(subsidiejaar=jaar, door=request.user)
        betalingen = reverse("admin:core_betaling_changelist")
        messages.success(
            request,
            ngettext(
                "Goedgekeurd: %(n)s betaalopdracht klaargezet. Ze gaat mee in het volgende betaalbestand (%(url)s).",
                "Goedgekeurd: %(n)s betaalopdrachten klaargezet. Ze gaan mee in het volgende betaalbestand (%(url)s).",
                aantal,
            )
            % {"n": aantal, "url": betalingen},
        )
    else:
        raise ValidationError(_("Onbekende actie."))
