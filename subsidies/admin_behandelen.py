"""The case handler's 'Behandelen' page in the admin: everything needed to decide, read-only,
beside only the steps the workflow allows now. Each step calls a service and says what happened
("Aanvulling gevraagd aan …; de aanvrager kreeg een e-mail"); a refused step shows the service's
message and nothing changes."""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import vereis_rol
from gelijkekansen.core import berichten, bijlagen
from gelijkekansen.core.getallen import bedrag_lezen, bedrag_tekst
from gelijkekansen.core.models import Kant
from gelijkekansen.core.models.betalingen import BetalingSoort
from gelijkekansen.core.validators import id_lezen
from gelijkekansen.core.workflow import OngeldigeOvergang, mogelijke_overgangen, zoals_gezien
from subsidies import secties
from subsidies.models import Aanvraag
from subsidies.services import aanvragen, behandeling, betalingen, jury
from subsidies.workflow import REKENING_CORRIGEERBAAR


@dataclass(frozen=True)
class Actie:
    """A step of the page: ``uitvoeren(aanvraag, door, post)`` calls the service and returns its
    result; ``bevestiging(aanvraag, resultaat)`` says in words what happened. ``statuscontrole``:
    the step happens only if the file is still in the status the page showed (an old tab or a
    colleague may have moved it on); a coach, a message or a note needs no such check."""

    uitvoeren: Callable
    bevestiging: Callable[[Aanvraag, object], str]
    statuscontrole: bool = True


def _coach(waarde: str | None):
    """The chosen coach, or None for "no coach"; a value that is no person's id is refused."""
    if not waarde:
        return None
    pk = id_lezen(waarde)
    coach = get_user_model().objects.filter(pk=pk).first() if pk else None
    if coach is None:
        raise ValidationError(_("Kies een coach uit de lijst."))
    return coach


def _coach_bevestiging(aanvraag: Aanvraag, _resultaat) -> str:
    if aanvraag.coach is None:
        return _("Dit dossier heeft nu geen coach.")
    return _("%(coach)s is nu coach van dit dossier.") % {"coach": aanvraag.coach}


def _jury_bevestiging(aantal: int) -> str:
    return ngettext(
        "Het dossier ligt nu bij de jury (%(aantal)s jurylid).",
        "Het dossier ligt nu bij de jury (%(aantal)s juryleden).",
        aantal,
    ) % {"aantal": aantal}


def _betaalopdracht(_aanvraag: Aanvraag, betaling) -> str:
    if betaling is None:
        return _("Afgerekend: er moet niets meer betaald of teruggevorderd worden.")
    if betaling.soort == BetalingSoort.TERUGVORDERING:  # never in a SEPA file: the applicant pays
        return _(
            "Afgerekend. De aanvrager moet %(bedrag)s terugbetalen; dat staat op de pagina van het "
            "dossier, met de gestructureerde mededeling %(mededeling)s."
        ) % {"bedrag": bedrag_tekst(betaling.bedrag), "mededeling": betaling.mededeling}
    return _("%(soort)s van %(bedrag)s klaargezet: het gaat mee in het volgende betaalbestand.") % {
        "soort": betaling.get_soort_display(),
        "bedrag": bedrag_tekst(betaling.bedrag),
    }


ACTIES = {
    "coach": Actie(
        lambda a, u, p: behandeling.coach_toewijzen(aanvraag=a, door=u, coach=_coach(p.get("coach"))),
        _coach_bevestiging,
        statuscontrole=False,
    ),
    "rekening": Actie(
        lambda a, u, p: behandeling.rekening_corrigeren(
            aanvraag=a,
            door=u,
            iban=p.get("iban", ""),
            rekeninghouder=p.get("rekeninghouder", ""),
            reden=p.get("tekst", ""),
        ),
        lambda a, r: (
            _("Rekening aangepast naar %(iban)s. De wijziging en je reden staan in het auditlogboek.")
            % {"iban": a.iban_leesbaar}
        ),
        statuscontrole=False,
    ),
    "aanvulling": Actie(
        lambda a, u, p: behandeling.aanvulling_vragen(aanvraag=a, door=u, vraag=p.get("tekst", "")),
        lambda a, r: (
            _("Aanvulling gevraagd aan %(aanvrager)s; de aanvrager kreeg een e-mail.")
            % {"aanvrager": a.aanvrager}
        ),
    ),
    "ontvankelijk": Actie(
        lambda a, u, p: behandeling.ontvankelijk_verklaren(aanvraag=a, door=u),
        lambda a, r: _("Het dossier is ontvankelijk. Stuur het nu naar de jury."),
    ),
    "onontvankelijk": Actie(
        lambda a, u, p: behandeling.onontvankelijk_verklaren(aanvraag=a, door=u, reden=p.get("tekst", "")),
        lambda a, r: (
            _("Niet ontvankelijk verklaard. %(aanvrager)s kreeg de beslissingsbrief met je reden per e-mail.")
            % {"aanvrager": a.aanvrager}
        ),
    ),
    "jury": Actie(
        lambda a, u, p: behandeling.naar_jury(aanvraag=a, door=u),
        lambda a, r: _jury_bevestiging(a.oproep.juryleden.count()),
    ),
    "goedkeuren": Actie(
        lambda a, u, p: behandeling.aanvraag_goedkeuren(
            aanvraag=a, door=u, bedrag=bedrag_lezen(p.get("bedrag")), motivering=p.get("tekst", "")
        ),
        lambda a, r: (
            _("Goedgekeurd voor %(bedrag)s. %(aanvrager)s kreeg de beslissingsbrief per e-mail.")
            % {"bedrag": bedrag_tekst(a.toegekend_bedrag), "aanvrager": a.aanvrager}
        ),
    ),
    "afwijzen": Actie(
        lambda a, u, p: behandeling.aanvraag_afwijzen(aanvraag=a, door=u, motivering=p.get("tekst", "")),
        lambda a, r: (
            _("Afgewezen. %(aanvrager)s kreeg de beslissingsbrief met de redenen per e-mail.")
            % {"aanvrager": a.aanvrager}
        ),
    ),
    "voorschot": Actie(lambda a, u, p: betalingen.voorschot_betalen(aanvraag=a, door=u), _betaalopdracht),
    "afrekenen": Actie(lambda a, u, p: betalingen.aanvraag_afrekenen(aanvraag=a, door=u), _betaalopdracht),
    "afsluiten": Actie(
        lambda a, u, p: betalingen.aanvraag_afsluiten(aanvraag=a, door=u),
        lambda a, r: _("Het dossier is afgesloten."),
    ),
    "bericht": Actie(
        lambda a, u, p: berichten.bericht_sturen(dossier=a, door=u, tekst=p.get("tekst", "")),
        lambda a, r: _("Bericht verstuurd; %(aanvrager)s kreeg een e-mail.") % {"aanvrager": a.aanvrager},
        statuscontrole=False,
    ),
    "notitie": Actie(
        lambda a, u, p: behandeling.notitie_schrijven(aanvraag=a, door=u, tekst=p.get("tekst", "")),
        lambda a, r: _("Interne notitie bewaard. Alleen medewerkers lezen ze."),
        statuscontrole=False,
    ),
}


# When the next step is the applicant's, the steps column says so instead of staying empty.
WACHT_OP_AANVRAGER = {
    Aanvraag.Status.CONCEPT: gettext_lazy("De aanvrager heeft nog niet ingediend."),
    Aanvraag.Status.AANVULLING_GEVRAAGD: gettext_lazy("Wacht op het antwoord van de aanvrager op je vraag."),
    Aanvraag.Status.VOORSCHOT_BETAALD: gettext_lazy(
        "Wacht op de verantwoording van de aanvrager na de activiteit."
    ),
}
# Messages and notes belong to the thread: after one, the page opens there again.
BIJ_DE_BERICHTEN = {"bericht", "notitie"}


def _uitvoeren(naam: str, aanvraag: Aanvraag, request) -> str:
    actie = ACTIES.get(naam)
    if actie is None:
        raise ValidationError(_("Onbekende actie."))
    if not actie.statuscontrole:
        resultaat = actie.uitvoeren(aanvraag, request.user, request.POST)
    else:
        with zoals_gezien(aanvraag, request.POST.get("status")):
            resultaat = actie.uitvoeren(aanvraag, request.user, request.POST)
    return actie.bevestiging(aanvraag, resultaat)


def behandelen(request, aanvraag_id):
    vereis_rol(request.user, Rol.DOSSIERBEHANDELAAR_SUBSIDIES)
    aanvraag = get_object_or_404(
        Aanvraag.objects.select_related("oproep__reglement", "aanvrager", "coach", "organisatie"),
        pk=aanvraag_id,
    )
    if request.method == "POST":
        try:
            bevestiging = _uitvoeren(request.POST.get("actie", ""), aanvraag, request)
        except (ValidationError, OngeldigeOvergang) as fout:
            for melding in getattr(fout, "messages", [str(fout)]):
                messages.error(request, melding)
        else:
            messages.success(request, bevestiging)
        pagina = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
        return redirect(pagina + ("#berichten" if request.POST.get("actie") in BIJ_DE_BERICHTEN else ""))
    return render(request, "admin/subsidies/aanvraag/behandelen.html", _context(request, aanvraag))


def _context(request, aanvraag: Aanvraag) -> dict:
    # The thread as the city side reads it (notes and the applicant's answers included); what the
    # applicant wrote since a colleague last looked is counted, then marked read.
    draad = berichten.draad_lezen(aanvraag, request.user, kant=Kant.DIENST)
    betaallijst = list(aanvraag.betalingen)
    return {
        **admin.site.each_context(request),  # the back office's own header, menu and language
        "title": _("Behandelen: %(titel)s") % {"titel": aanvraag},
        "aanvraag": aanvraag,
        "berichten": draad.berichten,
        "ongelezen": draad.nieuw,
        "open_vraag": draad.open_vraag,
        "bijlagen": bijlagen.bijlagen_van(aanvraag),
        "begrotingslijnen": aanvraag.begrotingslijnen.all(),
        "totalen": aanvragen.begroting_totalen(aanvraag),
        "verantwoordelijken": aanvraag.organisatie.lidmaatschappen.select_related("user").filter(
            bevestigd_op__isnull=False
        )
        if aanvraag.organisatie_id
        else [],
        "geschiedenis": secties.geschiedenis(aanvraag, betaallijst),
        "betalingen": betaallijst,
        "mogelijk": mogelijke_overgangen(aanvraag),
        "rekening_wijzigbaar": aanvraag.status in REKENING_CORRIGEERBAAR,
        "juryadvies": jury.juryadvies(aanvraag),
        "enveloppen": behandeling.enveloppen(aanvraag),
        "afrekening": betalingen.afrekening(aanvraag) if hasattr(aanvraag, "verantwoording") else None,
        "voorschot": betalingen.voorschot_opdracht(aanvraag),
        "voorschot_bedrag": betalingen.voorschot_bedrag(aanvraag) if aanvraag.toegekend_bedrag else None,
        "wacht_op_aanvrager": WACHT_OP_AANVRAGER.get(aanvraag.status),
        "voorschot_terug": aanvraag.status == Aanvraag.Status.VOORSCHOT_BETAALD
        and betalingen.voorschot_teruggestort(aanvraag),
        "coaches": get_user_model()
        .objects.filter(groups__name=Rol.DOSSIERBEHANDELAAR_SUBSIDIES)
        .order_by("naam"),
        "opts": Aanvraag._meta,
        "has_view_permission": True,
    }
