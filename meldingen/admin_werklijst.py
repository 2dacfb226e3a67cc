"""The Meldpunt's work list (the Melding list of the back office), on the subsidies pattern
(DESIGN §5.6). Every opening is in the audit log: who looked at which selection of reports."""

import uuid

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import vereis_rol
from gelijkekansen.core.admin_werklijst import backoffice_kop, kolomkoppen, zonder
from gelijkekansen.core.audit import audit_registreren
from gelijkekansen.core.models.audit import AuditActie
from meldingen.constants import Kanaal, Levensdomein, MeldingStatus, Soort
from meldingen.filters import WerklijstFilter
from meldingen.models import Melding

PER_PAGINA = 25

KOLOMMEN = [
    (None, _("Nummer"), ""),
    ("soort", _("Soort"), ""),
    (None, _("Levensdomein"), ""),
    ("status", _("Status"), ""),
    (None, _("Kanaal"), ""),
    (None, _("Dossier"), ""),
    ("ontvangen", _("Ontvangen op"), ""),
]


def werklijst(request):
    vereis_rol(request.user, Rol.MELDPUNT)
    rijen = Melding.objects.zichtbaar_voor(request.user).only(
        "id", "status", "soort", "levensdomein", "kanaal", "is_dossier", "vijfhoek", "ontvangen_op"
    )
    filters = WerklijstFilter(request.GET, queryset=rijen)
    pagina = Paginator(filters.qs, PER_PAGINA).get_page(request.GET.get("pagina"))
    labels = {
        veld: dict(keuzes.choices)
        for veld, keuzes in (
            ("status", MeldingStatus),
            ("soort", Soort),
            ("levensdomein", Levensdomein),
            ("kanaal", Kanaal),
        )
    }
    nul = uuid.UUID(int=0)
    behandelen = reverse("admin:meldingen_melding_behandelen", args=[nul])
    for melding in pagina.object_list:
        for veld, namen in labels.items():
            setattr(melding, f"{veld}_label", namen[getattr(melding, veld)])
        melding.behandelen_url = behandelen.replace(str(nul), str(melding.pk))
    audit_registreren(
        wie=request.user,
        wat=AuditActie.BEKEKEN,
        request=request,
        lijst="meldingen",
        filters={k: v for k, v in request.GET.items() if k != "pagina"},
        pagina=pagina.number,
        meldingen=[m.nummer for m in pagina.object_list],
    )
    context = {
        **backoffice_kop(),
        "title": _("Werklijst meldingen"),
        "filters": filters,
        "pagina": pagina,
        "koppen": kolomkoppen(request, KOLOMMEN),
        "zonder_pagina": zonder(request, "pagina"),
        "opts": Melding._meta,
    }
    return TemplateResponse(request, "admin/meldingen/melding/werklijst.html", context)
