"""The case handler's work list (the Aanvraag list of the back office): a plain page on the
admin's look, filtered with django-filter (subsidies/filters.py).

Not the admin's generic changelist: with 8 colleagues at once on 10,000 files it spent most of
its time in generic per-cell machinery (bench/results/latest.md). Here each row is one template
row, the filters are one small form and the numbers come from one count and one page query."""

import uuid

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import vereis_rol
from gelijkekansen.core.admin_werklijst import backoffice_kop, kolomkoppen, zonder
from subsidies.constants import AanvraagStatus
from subsidies.filters import WerklijstFilter
from subsidies.models import Aanvraag

PER_PAGINA = 25

# (ordering name in WerklijstFilter.o or None, heading, css class)
KOLOMMEN = [
    ("nummer", _("Nummer"), ""),
    ("titel", _("Titel"), ""),
    ("status", _("Status"), ""),
    ("gevraagd", _("Gevraagd"), "getal"),
    ("toegekend", _("Toegekend"), "getal"),
    (None, _("Actie"), ""),
    (None, _("Aanvrager"), ""),
    ("ingediend", _("Ingediend op"), ""),
    (None, _("Coach"), ""),
]


def werklijst(request):
    vereis_rol(request.user, Rol.DOSSIERBEHANDELAAR_SUBSIDIES)
    filters = WerklijstFilter(request.GET, queryset=_rijen())
    pagina = Paginator(filters.qs, PER_PAGINA).get_page(request.GET.get("pagina"))
    # Per row only what changes: the status label translated once, the link from one reverse().
    statussen = {code: str(label) for code, label in AanvraagStatus.choices}
    nul = uuid.UUID(int=0)
    behandelen = reverse("admin:subsidies_aanvraag_behandelen", args=[nul])
    for aanvraag in pagina.object_list:
        aanvraag.status_label = statussen[aanvraag.status]
        aanvraag.behandelen_url = behandelen.replace(str(nul), str(aanvraag.pk))
    context = {
        **backoffice_kop(),
        "title": _("Werklijst aanvragen"),
        "filters": filters,
        "pagina": pagina,
        "koppen": kolomkoppen(request, KOLOMMEN),
        "zonder_pagina": zonder(request, "pagina"),
        "opts": Aanvraag._meta,
    }
    return TemplateResponse(request, "admin/subsidies/aanvraag/werklijst.html", context)


def _rijen():
    """Only the columns the list shows: a file row carries long texts, JSON and dates that cost
    more to fetch and load than the rest of the page."""
    return Aanvraag.objects.select_related("aanvrager", "organisatie", "coach").only(
        "titel",
        "status",
        "gevraagd_bedrag",
        "toegekend_bedrag",
        "ingediend_op",
        "aangemaakt",
        "aanvrager__naam",
        "aanvrager__email",
        "organisatie__naam",
        "coach__naam",
        "coach__email",
    )
