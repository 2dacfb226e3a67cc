"""The public pages: the charter and the plans, a plan's progress, its actions (filterable and as
open data), an action's timeline, the yearly evaluations and the answered advice. No account.

The costly parts are cached fragments (core/publiek.py) of the source ``PUBLIEK``: any change to a
plan, action, update, evaluation or advice starts a new generation (toegankelijkheid/apps.py).
"""

import csv
from datetime import date

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils.safestring import SafeString
from django.views.decorators.http import require_GET

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import mag_rol
from gelijkekansen.core import publiek
from gelijkekansen.core.models import Rapport
from gelijkekansen.core.uploads import bestand_antwoord
from toegankelijkheid import opendata, overzicht
from toegankelijkheid.constants import PUBLIEK, EvaluatieStatus, PlanStatus
from toegankelijkheid.filters import ActieFilter
from toegankelijkheid.models import Actie, Advies, Evaluatie
from toegankelijkheid.querysets import publieke_plannen
from toegankelijkheid.services import plannen
from toegankelijkheid.services.evaluaties import PDF_SOORT, pdf_parameters


def _fragment(request, sjabloon: str, maken, parameters=()) -> SafeString:
    # Rendered without the request: nothing of this visitor (user, CSRF token, messages) can end
    # up in a fragment that the next visitor gets.
    return publiek.fragment(
        PUBLIEK, sjabloon, request, lambda: render_to_string(sjabloon, maken()), parameters=parameters
    )


@require_GET
def index(request):
    def context() -> dict:
        gepubliceerd = publieke_plannen().order_by("-begin")
        return {"plannen": [(plan, overzicht.plan_totaal(plan)) for plan in gepubliceerd]}

    inhoud = _fragment(request, "toegankelijkheid/index_plannen.html", context)
    adviesraad = mag_rol(request.user, Rol.ADVIESRAAD)
    return render(request, "toegankelijkheid/index.html", {"inhoud": inhoud, "adviesraad": adviesraad})


def _plan_kop(slug: str) -> dict:
    """The published plan's title and slug, remembered with the pages: a 404 for anything else."""
    kop = publiek.onthouden(
        PUBLIEK,
        f"plan:{slug}",
        lambda: publieke_plannen().filter(slug=slug).values("titel", "slug", "pk").first(),
    )
    if kop is None:
        raise Http404
    return kop


@require_GET
def plan(request, slug):
    kop = _plan_kop(slug)

    def context() -> dict:
        actieplan = publieke_plannen().get(pk=kop["pk"])
        context = {
            "plan": actieplan,
            "totaal": overzicht.plan_totaal(actieplan),
            "domeinen": overzicht.plan_overzicht(actieplan),
            "evaluaties": actieplan.evaluaties.filter(status=EvaluatieStatus.GEPUBLICEERD),
            "adviezen": actieplan.adviezen.publiek().select_related("adviesraad"),
            "vervolg": publieke_plannen().filter(begin__gt=actieplan.begin).order_by("begin").first(),
            "pdf": _plan_pdf(actieplan.slug),
        }
        if context["pdf"]:
            context["pdf_datum"] = date.fromisoformat(context["pdf"].parameters["peildatum"])
        return context

    inhoud = _fragment(request, "toegankelijkheid/plan_inhoud.html", context)
    return render(request, "toegankelijkheid/plan.html", {"plan": kop, "inhoud": inhoud})


def _plan_pdf(slug: str) -> Rapport | None:
    """The newest finished PDF of the plan (made at publication, then each night after a change)."""
    klaar = Rapport.objects.filter(
        soort=plannen.PDF_SOORT, parameters__plan=slug, status=Rapport.Status.KLAAR
    )
    return klaar.order_by("-aangemaakt").first()


@require_GET
def plan_pdf(request, slug):
    rapport = _plan_pdf(_plan_kop(slug)["slug"])
    if rapport is None:
        raise Http404
    return bestand_antwoord(rapport.bestand.name, downloadnaam=f"actieplan-toegankelijkheid-{slug}.pdf")


@require_GET
def acties(request, slug):
    kop = _plan_kop(slug)
    namen = list(ActieFilter.base_filters)  # the filters are only built when a fragment is missing

    def filters() -> ActieFilter:
        queryset = Actie.objects.filter(actieplan_id=kop["pk"]).select_related("resultaatsgebied", "trekker")
        return ActieFilter(request.GET, queryset=queryset.order_by("nummer"))

    def lijst() -> dict:
        pagina = Paginator(filters().qs, 20).get_page(request.GET.get("pagina"))
        return {"pagina": pagina, "zonder_pagina": publiek.zoekopdracht(request, namen)}

    context = {
        "plan": kop,
        "formulier": _fragment(
            request, "toegankelijkheid/acties_filters.html", lambda: {"filters": filters()}, namen
        ),
        "resultaten": _fragment(
            request, "toegankelijkheid/acties_resultaten.html", lijst, [*namen, "pagina"]
        ),
    }
    return render(request, "toegankelijkheid/acties.html", context)


@require_GET
def actie(request, sleutel):
    gevonden = get_object_or_404(
        Actie.objects.publiek().select_related(
            "actieplan", "resultaatsgebied__domein", "trekker", "overgenomen_van__actieplan"
        ),
        sleutel=sleutel,
    )
    context = {
        "actie": gevonden,
        "updates": gevonden.updates.goedgekeurd(),
        "adviezen": gevonden.adviezen.publiek().select_related("adviesraad"),
        "vervolg": Actie.objects.publiek()
        .filter(overgenomen_van=gevonden)
        .select_related("actieplan")
        .first(),
    }
    return render(request, "toegankelijkheid/actie.html", context)


def _gepubliceerde_evaluatie(slug, jaar) -> Evaluatie:
    return get_object_or_404(
        Evaluatie.objects.select_related("actieplan"),
        actieplan__slug=slug,
        actieplan__status__in=[PlanStatus.GEPUBLICEERD, PlanStatus.AFGESLOTEN],
        jaar=jaar,
        status=EvaluatieStatus.GEPUBLICEERD,
    )


@require_GET
def evaluatie(request, slug, jaar):
    gevonden = _gepubliceerde_evaluatie(slug, jaar)
    context = {
        **overzicht.evaluatie_context(gevonden),
        "pdf": _evaluatie_pdf(gevonden),
        "adviezen": gevonden.adviezen.publiek().select_related("adviesraad"),
    }
    return render(request, "toegankelijkheid/evaluatie.html", context)


def _evaluatie_pdf(evaluatie: Evaluatie) -> Rapport | None:
    from gelijkekansen.core.models.rapporten import parameters_sleutel

    sleutel = parameters_sleutel(pdf_parameters(evaluatie))
    return Rapport.objects.filter(soort=PDF_SOORT, sleutel=sleutel, status=Rapport.Status.KLAAR).first()


@require_GET
def evaluatie_pdf(request, slug, jaar):
    rapport = _evaluatie_pdf(_gepubliceerde_evaluatie(slug, jaar))
    if rapport is None:
        raise Http404
    return bestand_antwoord(
        rapport.bestand.name, downloadnaam=f"evaluatie-toegankelijkheid-{slug}-{jaar}.pdf"
    )


@require_GET
def advies(request, sleutel):
    gevonden = get_object_or_404(
        Advies.objects.publiek().select_related("adviesraad", "actieplan", "actie", "evaluatie"),
        sleutel=sleutel,
    )
    return render(
        request, "toegankelijkheid/advies.html", {"advies": gevonden, "punten": gevonden.punten.all()}
    )


@require_GET
def acties_csv(request, slug):
    actieplan = get_object_or_404(publieke_plannen(), slug=slug)
    antwoord = HttpResponse(content_type="text/csv; charset=utf-8")
    antwoord["Content-Disposition"] = f'attachment; filename="acties-toegankelijkheid-{slug}.csv"'
    antwoord.write("\ufeff")  # so a spreadsheet opens the accents right
    schrijver = csv.DictWriter(antwoord, fieldnames=[veld.naam for veld in opendata.VELDEN])
    schrijver.writeheader()
    schrijver.writerows(opendata.rijen(actieplan, voor_rekenblad=True))
    return antwoord


@require_GET
def acties_json(request, slug):
    actieplan = get_object_or_404(publieke_plannen(), slug=slug)
    inhoud = {
        "plan": {
            "id": actieplan.slug,
            "titel": actieplan.titel,
            "begin": actieplan.begin,
            "einde": actieplan.einde,
        },
        "velden": {veld.naam: str(veld.beschrijving) for veld in opendata.VELDEN},
        "acties": opendata.rijen(actieplan),
    }
    antwoord = JsonResponse(inhoud, json_dumps_params={"ensure_ascii": False, "indent": 1})
    antwoord["Content-Disposition"] = f'inline; filename="acties-toegankelijkheid-{slug}.json"'
    return antwoord
