"""The Meldpunt's other back-office pages: registering a report received by phone, at the desk,
by SMS or from a partner; the figures with the true counts, the CSV export and the reports; the
download of evidence. Each checks the role first; each view, export and download is audited."""

import csv
import io

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import vereis_rol
from gelijkekansen.core import bijlagen
from gelijkekansen.core.audit import audit_registreren
from gelijkekansen.core.forms import fout_bij_veld
from gelijkekansen.core.models import Rapport
from gelijkekansen.core.models.audit import AuditActie
from gelijkekansen.core.services import rapport_aanvragen
from meldingen import cijfers as monitoring
from meldingen import sessie
from meldingen.forms import RegistratieForm
from meldingen.models import Melding, Statistiek
from meldingen.rapporten import JAARRAPPORT, MAANDRAPPORT
from meldingen.services import melden

CODE_VOOR_MELDER = "meldingen:code-voor-melder"


def _context(request, titel: str, **extra) -> dict:
    return {
        **admin.site.each_context(request),
        "title": titel,
        "opts": Melding._meta,
        "has_view_permission": True,
        **extra,
    }


def registreren(request):
    vereis_rol(request.user, Rol.MELDPUNT)
    form = RegistratieForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            melding, code = melden.melding_indienen(
                gegevens=form.gegevens(),
                gronden=list(form.cleaned_data["gronden"]),
                toestemmingen=form.cleaned_data["toestemmingen"],
                kanaal=form.cleaned_data["kanaal"],
                door=request.user,
            )
        except ValidationError as fout:
            fout_bij_veld(form, fout)
        else:
            sessie.code_bewaren(request, f"{CODE_VOOR_MELDER}:{melding.pk}", code)
            messages.success(request, _("Melding %(nummer)s geregistreerd.") % {"nummer": melding.nummer})
            return redirect("admin:meldingen_melding_behandelen", sleutel=melding.pk)
    return render(
        request,
        "admin/meldingen/melding/registreren.html",
        _context(request, _("Melding registreren"), form=form),
    )


def code_voor_melder(request, melding: Melding) -> str | None:
    """The receipt code of a report just registered by this staff member, once, to pass on."""
    return sessie.code_nemen(request, f"{CODE_VOOR_MELDER}:{melding.pk}")


class PeriodeForm(forms.Form):
    jaar = forms.TypedChoiceField(label=gettext_lazy("Jaar"), coerce=int, choices=[])
    maand = forms.TypedChoiceField(
        label=gettext_lazy("Maand"),
        coerce=int,
        empty_value=None,
        required=False,
        choices=[("", gettext_lazy("Heel het jaar")), *((m, f"{m:02d}") for m in range(1, 13))],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        jaren = monitoring.jaren_met_cijfers() or [timezone.localdate().year]
        self.fields["jaar"].choices = [(j, str(j)) for j in jaren]

    def periode(self) -> monitoring.Periode:
        if self.is_valid():
            return monitoring.Periode(self.cleaned_data["jaar"], self.cleaned_data["maand"])
        return monitoring.Periode(int(self.fields["jaar"].choices[0][0]))


def _periode(request) -> tuple[PeriodeForm, monitoring.Periode]:
    form = PeriodeForm(request.GET or None)
    return form, form.periode()


def cijfers(request):
    vereis_rol(request.user, Rol.MELDPUNT)
    form, periode = _periode(request)
    if request.method == "POST":
        if periode.maand:
            soort, parameters = MAANDRAPPORT, {"jaar": periode.jaar, "maand": periode.maand}
        elif periode.jaar < timezone.localdate().year:
            soort, parameters = JAARRAPPORT, {"jaar": periode.jaar}
        else:  # the yearly report is public: never of a year still running
            messages.error(
                request,
                _("Het jaarrapport is openbaar en kan pas na het einde van het jaar. Kies een maand."),
            )
            return redirect(f"{request.path}?{request.GET.urlencode()}")
        rapport = rapport_aanvragen(soort=soort, parameters=parameters, door=request.user)
        return redirect("core:rapport-detail", rapport_id=rapport.pk)
    audit_registreren(
        wie=request.user,
        wat=AuditActie.BEKEKEN,
        request=request,
        lijst="meldingen-cijfers",
        jaar=periode.jaar,
        maand=periode.maand,
    )
    rapporten = Rapport.objects.filter(soort__in=[MAANDRAPPORT, JAARRAPPORT]).order_by("-aangemaakt")[:12]
    return render(
        request,
        "admin/meldingen/melding/cijfers.html",
        _context(
            request,
            _("Cijfers meldingen"),
            form=form,
            rapporten=rapporten,
            dit_jaar=timezone.localdate().year,
            **monitoring.bewaard_overzicht(periode, publiek=False),
        ),
    )


KOLOMMEN = [
    "jaar",
    "maand",
    "soort",
    "levensdomein",
    "kanaal",
    "rol",
    "wens",
    "status",
    "wijk",
    "gronden",
    "dossier",
    "vijfhoek",
    "doorverwijzingen",
]


def export(request):
    """One line per report of the period: the figures fields only, never content or contact."""
    vereis_rol(request.user, Rol.MELDPUNT)
    _form, periode = _periode(request)
    rijen = (
        periode.rijen()
        .select_related("wijk")
        .prefetch_related("gronden", "verwijzingen")
        .order_by("jaar", "maand", "pk")
    )
    uit = io.StringIO()
    schrijver = csv.writer(uit, delimiter=";")
    schrijver.writerow(KOLOMMEN)
    aantal = 0
    for rij in rijen.iterator(chunk_size=2000):
        aantal += 1
        schrijver.writerow(_regel(rij))
    audit_registreren(
        wie=request.user,
        wat=AuditActie.GEEXPORTEERD,
        request=request,
        lijst="meldingen-cijfers",
        jaar=periode.jaar,
        maand=periode.maand,
        regels=aantal,
    )
    naam = f"meldingen-{periode.jaar}{f'-{periode.maand:02d}' if periode.maand else ''}.csv"
    antwoord = HttpResponse("\ufeff" + uit.getvalue(), content_type="text/csv; charset=utf-8")
    antwoord["Content-Disposition"] = f'attachment; filename="{naam}"'
    antwoord["Cache-Control"] = "no-store"
    return antwoord


def _regel(rij: Statistiek) -> list:
    return [
        rij.jaar,
        rij.maand,
        rij.soort,
        rij.levensdomein,
        rij.kanaal,
        rij.rol,
        rij.wens,
        rij.status,
        rij.wijk.naam if rij.wijk else "",
        "|".join(sorted(g.code for g in rij.gronden.all())),
        int(rij.is_dossier),
        int(rij.vijfhoek),
        "|".join(sorted(f"{v.instantie}:{v.uitkomst}" for v in rij.verwijzingen.all())),
    ]


def bewijs(request, sleutel, bijlage_id):
    vereis_rol(request.user, Rol.MELDPUNT)
    melding = get_object_or_404(Melding.objects.zichtbaar_voor(request.user), pk=sleutel)
    return bijlagen.bijlage_antwoord(
        request, bijlagen.get_bijlage(melding, bijlage_id), melding=melding.nummer
    )
