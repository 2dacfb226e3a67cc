"""The public figures (yearly report): complete years only, suppressed (core.cijfers), cached as
a fragment of the figures rows (core.publiek) — a report's content is never read here."""

from django.http import Http404
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.views.decorators.http import require_GET

from gelijkekansen.core import publiek
from gelijkekansen.core.models import Rapport
from gelijkekansen.core.uploads import bestand_antwoord
from meldingen import cijfers as monitoring
from meldingen.constants import PUBLIEK
from meldingen.rapporten import JAARRAPPORT


def _jaren() -> list[int]:
    vorig_jaar = timezone.localdate().year - 1  # only complete years are published
    return publiek.onthouden(
        PUBLIEK, f"jaren:{vorig_jaar}", lambda: monitoring.jaren_met_cijfers(tot=vorig_jaar)
    )


def _jaarrapport(jaar: int) -> Rapport | None:
    return (
        Rapport.objects.filter(soort=JAARRAPPORT, parameters__jaar=jaar, status=Rapport.Status.KLAAR)
        .order_by("-aangemaakt")
        .first()
    )


@require_GET
def cijfers(request):
    jaren = _jaren()
    gevraagd = request.GET.get("jaar", "")
    jaar = (
        int(gevraagd)
        if gevraagd.isascii() and gevraagd.isdigit() and int(gevraagd) in jaren
        else (jaren[0] if jaren else None)
    )

    def maken():
        return render_to_string(
            "meldingen/cijfers_inhoud.html", monitoring.overzicht(monitoring.Periode(jaar), publiek=True)
        )

    inhoud = publiek.fragment(PUBLIEK, "jaar", request, maken, parameters=["jaar"]) if jaar else ""
    # Outside the fragment: the PDF is made by the worker after the figures changed.
    pdf = _jaarrapport(jaar) if jaar else None
    return render(
        request, "meldingen/cijfers.html", {"jaren": jaren, "jaar": jaar, "inhoud": inhoud, "pdf": pdf}
    )


@require_GET
def jaarrapport_pdf(request, jaar: int):
    # Only a complete year is published, whatever was made (a year still running gives nothing away).
    rapport = _jaarrapport(jaar) if jaar in _jaren() else None
    if rapport is None:
        raise Http404
    return bestand_antwoord(rapport.bestand.name, downloadnaam=f"meldingen-jaarrapport-{jaar}.pdf")
