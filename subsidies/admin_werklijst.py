"""The case handler's work list (the Aanvraag list of the back office): a plain page on the
admin's look, filtered with django-filter (subsidies/filters.py).

Not the admin's generic changelist: with 8 colleagues at once on 10,000 files it spent most of
its time in generic per-cell machinery (bench/results/latest.md). Here each row is one template
row, the filters are one small form and the numbers come from one count and one page query."""

import uuid

from django.contrib import admin
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import vereis_rol
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
        **_kop_van_de_backoffice(request),
        "title": _("Werklijst aanvragen"),
        "filters": filters,
        "pagina": pagina,
        "koppen": _koppen(request),
        "zonder_pagina": _zonder(request, "pagina"),
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


def _kop_van_de_backoffice(request) -> dict:
    """The admin's header and user links, without the menu beside the list: the table gets the
    width of the screen, and the menu's per-model permission checks (a quarter of this page's
    time) are not made on the page staff open most often. The breadcrumbs lead back."""
    site = admin.site
    return {
        "site_title": site.site_title,
        "site_header": site.site_header,
        "site_url": site.site_url,
        "has_permission": True,
        "available_apps": [],
        "is_popup": False,
        "is_nav_sidebar_enabled": False,
    }


def _koppen(request) -> list[dict]:
    """Column headings; a sortable one links to its order (ascending, then descending)."""
    huidig = request.GET.get("o", "")
    koppen = []
    for veld, titel, klasse in KOLOMMEN:
        kop = {"titel": titel, "klasse": klasse, "url": None, "sortering": None}
        if veld:
            oplopend = huidig == veld
            kop["sortering"] = "ascending" if oplopend else "descending" if huidig == f"-{veld}" else None
            kop["url"] = _met(request, o=f"-{veld}" if oplopend else veld)
        koppen.append(kop)
    return koppen


def _met(request, **waarden) -> str:
    query = request.GET.copy()
    query.pop("pagina", None)
    for sleutel, waarde in waarden.items():
        query[sleutel] = waarde
    return f"?{query.urlencode()}"


def _zonder(request, sleutel: str) -> str:
    query = request.GET.copy()
    query.pop(sleutel, None)
    return query.urlencode()
