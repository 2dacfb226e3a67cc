"""The case handler's 'Behandelen' page in the admin: the next steps the workflow allows, each a
small form that calls a service. Invalid steps show the service's message; nothing changes then."""

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import vereis_rol
from gelijkekansen.core import berichten, bijlagen
from gelijkekansen.core.betalingen import paginas
from gelijkekansen.core.getallen import bedrag_lezen
from gelijkekansen.core.models import Kant
from gelijkekansen.core.workflow import OngeldigeOvergang, mogelijke_overgangen, zoals_gezien
from subsidies.models import Aanvraag
from subsidies.services import aanvragen, behandeling, betalingen, jury
from subsidies.workflow import REKENING_CORRIGEERBAAR

ACTIES = {
    "coach": lambda a, u, p: behandeling.coach_toewijzen(aanvraag=a, door=u, coach=_coach(p.get("coach"))),
    "rekening": lambda a, u, p: behandeling.rekening_corrigeren(
        aanvraag=a,
        door=u,
        iban=p.get("iban", ""),
        rekeninghouder=p.get("rekeninghouder", ""),
        reden=p.get("tekst", ""),
    ),
    "aanvulling": lambda a, u, p: behandeling.aanvulling_vragen(aanvraag=a, door=u, vraag=p.get("tekst", "")),
    "ontvankelijk": lambda a, u, p: behandeling.ontvankelijk_verklaren(aanvraag=a, door=u),
    "onontvankelijk": lambda a, u, p: behandeling.onontvankelijk_verklaren(
        aanvraag=a, door=u, reden=p.get("tekst", "")
    ),
    "jury": lambda a, u, p: behandeling.naar_jury(aanvraag=a, door=u),
    "goedkeuren": lambda a, u, p: behandeling.aanvraag_goedkeuren(
        aanvraag=a, door=u, bedrag=bedrag_lezen(p.get("bedrag")), motivering=p.get("tekst", "")
    ),
    "afwijzen": lambda a, u, p: behandeling.aanvraag_afwijzen(
        aanvraag=a, door=u, motivering=p.get("tekst", "")
    ),
    "voorschot": lambda a, u, p: betalingen.voorschot_betalen(aanvraag=a, door=u),
    "afrekenen": lambda a, u, p: betalingen.aanvraag_afrekenen(aanvraag=a, door=u),
    "afsluiten": lambda a, u, p: betalingen.aanvraag_afsluiten(aanvraag=a, door=u),
    "bericht": lambda a, u, p: berichten.bericht_sturen(dossier=a, door=u, tekst=p.get("tekst", "")),
    "notitie": lambda a, u, p: behandeling.notitie_schrijven(aanvraag=a, door=u, tekst=p.get("tekst", "")),
}
# Steps of the workflow: they happen only if the file is still in the status the page showed
# (an old tab or a colleague may have moved it on). A coach, a message or a note needs no such check.
ZONDER_STATUSCONTROLE = {"coach", "bericht", "notitie", "rekening"}


def _coach(waarde: str | None):
    """The chosen coach, or None for "no coach"; a value that is no person's id is refused."""
    if not waarde:
        return None
    if not str(waarde).isdigit():
        raise ValidationError(_("Kies een coach uit de lijst."))
    return get_user_model().objects.filter(pk=int(waarde)).first()


def _uitvoeren(naam: str, aanvraag: Aanvraag, request) -> None:
    actie = ACTIES.get(naam)
    if actie is None:
        raise ValidationError(_("Onbekende actie."))
    if naam in ZONDER_STATUSCONTROLE:
        actie(aanvraag, request.user, request.POST)
        return
    with zoals_gezien(aanvraag, request.POST.get("status")):
        actie(aanvraag, request.user, request.POST)


def behandelen(request, aanvraag_id):
    vereis_rol(request.user, Rol.DOSSIERBEHANDELAAR_SUBSIDIES)
    aanvraag = get_object_or_404(
        Aanvraag.objects.select_related("oproep__reglement", "aanvrager", "coach"), pk=aanvraag_id
    )
    if request.method == "POST":
        try:
            _uitvoeren(request.POST.get("actie", ""), aanvraag, request)
        except (ValidationError, OngeldigeOvergang) as fout:
            for melding in getattr(fout, "messages", [str(fout)]):
                messages.error(request, melding)
        else:
            messages.success(request, _("Gedaan."))
        return redirect("admin:subsidies_aanvraag_behandelen", aanvraag_id=aanvraag.pk)
    # The thread as the city side reads it (notes and the applicant's answers included); what the
    # applicant wrote since a colleague last looked is counted, then marked read.
    draad = berichten.draad_lezen(aanvraag, request.user, kant=Kant.DIENST)
    context = {
        **admin.site.each_context(request),  # the back office's own header, menu and language
        "berichten": draad.berichten,
        "ongelezen": draad.nieuw,
        "open_vraag": draad.open_vraag,
        "bijlagen": bijlagen.bijlagen_van(aanvraag),
        "title": _("Behandelen: %(titel)s") % {"titel": aanvraag},
        "aanvraag": aanvraag,
        "mogelijk": mogelijke_overgangen(aanvraag),
        "rekening_wijzigbaar": aanvraag.status in REKENING_CORRIGEERBAAR,
        "juryadvies": jury.juryadvies(aanvraag),
        "budget": behandeling.resterend_budget(aanvraag.oproep),
        "totalen": aanvragen.begroting_totalen(aanvraag),
        "afrekening": betalingen.afrekening(aanvraag) if hasattr(aanvraag, "verantwoording") else None,
        "voorschot": betalingen.voorschot_opdracht(aanvraag),
        "coaches": get_user_model()
        .objects.filter(groups__name=Rol.DOSSIERBEHANDELAAR_SUBSIDIES)
        .order_by("naam"),
        "opts": Aanvraag._meta,
        "has_view_permission": True,
    }
    return render(request, "admin/subsidies/aanvraag/behandelen.html", context)


def betaalbestand_maken(model_admin, request):
    """Kept for callers of the subsidies back office: the SEPA file is the kernel's now (one file
    for every chapter's payments, ``core.betalingen.paginas``)."""
    return paginas.betaalbestand_maken(model_admin, request)


def batch_download(request, batch_id):
    return paginas.batch_download(request, batch_id)
