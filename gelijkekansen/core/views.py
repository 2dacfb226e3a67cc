from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from django.views.i18n import set_language

from gelijkekansen.core import health, services
from gelijkekansen.core.audit import audit_registreren
from gelijkekansen.core.models import Rapport
from gelijkekansen.core.models.audit import AuditActie
from gelijkekansen.core.rapporten import REGISTER, parameters_uit
from gelijkekansen.core.register import dienst_van, diensten
from gelijkekansen.core.uploads import bestand_antwoord
from gelijkekansen.core.werkbak import is_medewerker, taken_voor


@require_GET
def home(request):
    return render(request, "core/home.html", {"diensten": diensten()})


def dienst_pagina(request, app: str):
    """The landing page of a chapter app, until that app's own issue replaces it."""
    return render(request, "core/dienst.html", {"dienst": dienst_van(app)})


@require_GET
def favicon(request):
    # Browsers ask for /favicon.ico whatever the page says; resolved per request because the
    # hashed static name exists only after collectstatic.
    return redirect(static("gent/styleguide/img/favicon/build/cyan/favicon.ico"), permanent=True)


@require_POST
def taal_kiezen(request):
    """Django's set_language (cookie), and the preference on the account for e-mails."""
    antwoord = set_language(request)
    taal = request.POST.get("language")
    if request.user.is_authenticated and taal in dict(settings.LANGUAGES):
        request.user.voorkeurstaal = taal
        request.user.save(update_fields=["voorkeurstaal"])
    return antwoord


@require_POST
@login_required
def sessie_verlengen(request):
    # Any request extends the session (SESSION_SAVE_EVERY_REQUEST); this one only answers.
    return HttpResponse(status=204)


@require_GET
@login_required
@never_cache
def werkbak(request):
    """Staff land here: what waits for them, per role, across every app."""
    if not is_medewerker(request.user):
        raise PermissionDenied
    return render(request, "core/werkbak.html", {"taken": taken_voor(request.user)})


@require_GET
def toegankelijkheid(request):
    return render(request, "core/toegankelijkheidsverklaring.html")


@require_GET
def privacy(request):
    return render(request, "core/privacy.html")


@require_GET
@never_cache
def health_view(request):
    gezond, resultaten = health.controleer()
    return JsonResponse({"status": "ok" if gezond else "fout", **resultaten}, status=200 if gezond else 503)


def niet_gevonden(request, exception=None):
    return render(request, "404.html", status=404)


def geen_toegang(request, exception=None):
    # A refused request belongs in the audit trail: someone looked where they may not. Imported
    # here because the accounts app builds on core, not the other way round.
    from gelijkekansen.accounts.audit import weigering_registreren

    weigering_registreren(request)
    return render(request, "403.html", status=403)


def serverfout(request):
    # Rendered without request context: the database, the session or a context processor may be
    # what failed, so 500.html needs nothing but static files and translations.
    return HttpResponseServerError(loader.get_template("500.html").render())


# --- Reports ----------------------------------------------------------------------------------


def get_rapport_for_user(user, rapport_id) -> Rapport:
    rapport = get_object_or_404(Rapport, pk=rapport_id)
    soort = REGISTER.get(rapport.soort)
    if not (soort and soort.mag_aanvragen(user)):
        raise Http404
    return rapport


@require_POST
@login_required
def rapport_aanvragen(request, soort: str):
    rapport_soort = REGISTER.get(soort)
    if (
        rapport_soort is None
        or not rapport_soort.op_aanvraag
        or not rapport_soort.mag_aanvragen(request.user)
    ):
        raise Http404  # a kind the app makes itself (op_aanvraag=False) has no parameters to ask with
    parameters = {"peildatum": timezone.localdate().isoformat()}
    if rapport_soort.formulier is not None:
        form = rapport_soort.formulier(request.POST)
        if not form.is_valid():
            # Back to the page with the same choice: its form shows what is wrong.
            keuze = request.POST.copy()
            keuze.pop("csrfmiddlewaretoken", None)
            return redirect(f"{reverse(rapport_soort.pagina)}?{keuze.urlencode()}")
        parameters |= parameters_uit(form.cleaned_data)
    try:
        rapport = services.rapport_aanvragen(soort=soort, parameters=parameters, door=request.user)
    except PermissionDenied as exc:
        raise Http404 from exc
    return redirect("core:rapport-detail", rapport_id=rapport.pk)


@require_GET
@login_required
@never_cache
def rapport_detail(request, rapport_id):
    rapport = get_rapport_for_user(request.user, rapport_id)
    return render(
        request, "core/rapport_detail.html", {"rapport": rapport, "titel": REGISTER[rapport.soort].titel}
    )


@require_GET
@login_required
@never_cache
def rapport_status(request, rapport_id):
    rapport = get_rapport_for_user(request.user, rapport_id)
    return JsonResponse({"status": rapport.status, "voortgang": rapport.voortgang})


@require_POST
@login_required
def rapport_opnieuw(request, rapport_id):
    rapport = get_rapport_for_user(request.user, rapport_id)
    if rapport.status == Rapport.Status.MISLUKT or rapport.is_vastgelopen:
        services.rapport_opnieuw_proberen(rapport=rapport, door=request.user)
    return redirect("core:rapport-detail", rapport_id=rapport.pk)


@require_GET
@login_required
def rapport_bestand(request, rapport_id):
    rapport = get_rapport_for_user(request.user, rapport_id)
    if rapport.status != Rapport.Status.KLAAR or not rapport.bestand:
        raise Http404
    audit_registreren(wie=request.user, wat=AuditActie.GEEXPORTEERD, obj=rapport)
    return bestand_antwoord(rapport.bestand.name, downloadnaam=rapport.bestand.name.rsplit("/", 1)[-1])
