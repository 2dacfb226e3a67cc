"""The emergency fund's rounds in the admin (case handlers of subsidies): one page per round to
pick recognised associations (django-filter: type, wijk, name, still without a grant) and award
them in one step — the flat amount, or an amount per medium partner — and to pay every accepted
grant in one SEPA file."""

from datetime import timedelta

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import vereis_rol
from gelijkekansen.core.getallen import bedrag_lezen
from gelijkekansen.core.validators import id_lezen
from subsidies.filters import NoodfondsFilter
from subsidies.models import Noodfondsronde, Noodsteun
from subsidies.services import noodfonds

PER_PAGINA = 50


def toekennen(request, ronde_id):
    vereis_rol(request.user, Rol.DOSSIERBEHANDELAAR_SUBSIDIES)
    ronde = get_object_or_404(Noodfondsronde, pk=ronde_id)
    if request.method == "POST":
        try:
            _stap(request, ronde)
        except ValidationError as fout:
            for melding in fout.messages:
                messages.error(request, melding)
        return redirect(request.get_full_path())
    filters = NoodfondsFilter(
        request.GET, queryset=noodfonds.in_aanmerking().select_related("wijk", "noodsteun").order_by("naam")
    )
    zonder_steun = filters.qs.filter(noodsteun__isnull=True).count()
    pagina = Paginator(filters.qs, PER_PAGINA).get_page(request.GET.get("pagina"))
    zonder_pagina = request.GET.copy()
    zonder_pagina.pop("pagina", None)
    steunen = ronde.steunen
    context = {
        **admin.site.each_context(request),
        "title": str(ronde),
        "ronde": ronde,
        "filters": filters,
        "pagina": pagina,
        "zonder_pagina": zonder_pagina.urlencode(),
        "zonder_steun": zonder_steun,
        "over": ronde.budget - noodfonds.vastgelegd(ronde),
        "per_status": {s: steunen.filter(status=s).count() for s in Noodsteun.Status.values},
        "opts": Noodfondsronde._meta,
        "has_view_permission": True,
    }
    return render(request, "admin/subsidies/noodfondsronde/toekennen.html", context)


def _stap(request, ronde: Noodfondsronde) -> None:
    if request.POST.get("actie") == "uitbetalen":
        run = noodfonds.uitbetalen(
            ronde=ronde, door=request.user, uitvoeringsdatum=timezone.localdate() + timedelta(days=1)
        )
        messages.success(
            request,
            _("Betaalbestand %(batch)s gemaakt. Download het bij de betaalbestanden.") % {"batch": run.batch},
        )
        return
    gekozen = _gekozen(request)
    if not gekozen:
        raise ValidationError(_("Kies minstens één vereniging."))
    uitkomst = noodfonds.toekennen(
        ronde=ronde, door=request.user, organisaties=list(gekozen), middelgroot=_middelgroot(request, gekozen)
    )
    messages.success(
        request,
        ngettext(
            "Steun toegekend aan %(n)s vereniging.",
            "Steun toegekend aan %(n)s verenigingen.",
            len(uitkomst.toegekend),
        )
        % {"n": len(uitkomst.toegekend)},
    )
    if uitkomst.al_steun:
        messages.warning(
            request,
            _("Al eerder steun gekregen, niet nog eens toegekend: %(namen)s")
            % {"namen": ", ".join(o.naam for o in uitkomst.al_steun)},
        )


def _gekozen(request):
    """The ticked associations, or with "alle" every association the list's filters show (the
    POST goes to the list's own address, query string included)."""
    if request.POST.get("alle"):
        filters = NoodfondsFilter(request.GET, queryset=noodfonds.in_aanmerking())
        if not filters.is_valid():  # a filter that means nothing must not widen the selection to everyone
            raise ValidationError(_("Kijk de filters na: een ervan is ongeldig."))
        return filters.qs.filter(noodsteun__isnull=True)
    ids = [pk for waarde in request.POST.getlist("organisatie") if (pk := id_lezen(waarde))]
    return noodfonds.in_aanmerking().filter(pk__in=ids)


def _middelgroot(request, gekozen) -> dict:
    bedragen = {}
    for organisatie in gekozen:
        waarde = request.POST.get(f"bedrag-{organisatie.pk}", "").strip()
        if not waarde:
            continue
        try:
            bedragen[organisatie.pk] = bedrag_lezen(waarde)
        except ValidationError:
            raise ValidationError(
                _("%(naam)s: «%(waarde)s» is geen bedrag.") % {"naam": organisatie.naam, "waarde": waarde}
            ) from None
    return bedragen
