"""The 'Behandelen' page of a recognition in the admin (role erkenningen), after the subsidies
pattern (docs/DESIGN.md §5.6): the whole file read-only, beside only the steps the workflow allows
now. Each step calls a service and says what happened; a refused step shows the service's message
and nothing changes."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.dateparse import parse_date
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from erkenning import secties
from erkenning.models import Erkenning
from erkenning.services import behandeling
from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import vereis_rol
from gelijkekansen.core import berichten, brieven
from gelijkekansen.core.models import Kant, StatusWijziging
from gelijkekansen.core.workflow import OngeldigeOvergang, mogelijke_overgangen, zoals_gezien


@dataclass(frozen=True)
class Actie:
    """``uitvoeren(erkenning, door, post)`` calls the service; ``bevestiging(erkenning)`` says in
    words what happened. ``statuscontrole``: only if the file is still in the status the page
    showed (an old tab, a colleague); a message or a note needs no such check."""

    uitvoeren: Callable
    bevestiging: Callable[[Erkenning], str]
    statuscontrole: bool = True


def _datum(waarde: str | None, veld: str) -> date | None:
    if not waarde:
        return None
    try:
        datum = parse_date(waarde)
    except ValueError:
        datum = None
    if datum is None:
        raise ValidationError(_("%(veld)s: vul een geldige datum in.") % {"veld": veld})
    return datum


def _erkennen(e, u, p):
    return behandeling.erkennen(
        erkenning=e,
        door=u,
        motivering=p.get("tekst", ""),
        geldig_van=_datum(p.get("geldig_van"), _("Erkend vanaf")),
        geldig_tot=_datum(p.get("geldig_tot"), _("Erkend tot en met")),
    )


def _aan_de_vereniging(e: Erkenning) -> str:
    return e.organisatie.naam


ACTIES = {
    "in_behandeling": Actie(
        lambda e, u, p: behandeling.in_behandeling_nemen(erkenning=e, door=u),
        lambda e: _("Je behandelt dit dossier nu. Berichten van de vereniging komen bij jou."),
    ),
    "vraag": Actie(
        lambda e, u, p: behandeling.vraag_stellen(erkenning=e, door=u, tekst=p.get("tekst", "")),
        lambda e: (
            _("Vraag gesteld aan %(naam)s; de verantwoordelijken kregen een e-mail.")
            % {"naam": _aan_de_vereniging(e)}
        ),
        statuscontrole=False,
    ),
    "erkennen": Actie(
        _erkennen,
        lambda e: (
            _("Erkend tot en met %(tot)s. %(naam)s kreeg de beslissingsbrief per e-mail.")
            % {"tot": date_format(e.geldig_tot, "j F Y"), "naam": _aan_de_vereniging(e)}
        ),
    ),
    "weigeren": Actie(
        lambda e, u, p: behandeling.weigeren(erkenning=e, door=u, motivering=p.get("tekst", "")),
        lambda e: (
            _("Geweigerd. %(naam)s kreeg de beslissingsbrief met de redenen per e-mail.")
            % {"naam": _aan_de_vereniging(e)}
        ),
    ),
    "schorsen": Actie(
        lambda e, u, p: behandeling.schorsen(erkenning=e, door=u, reden=p.get("tekst", "")),
        lambda e: _("Geschorst. %(naam)s kreeg een brief met de reden.") % {"naam": _aan_de_vereniging(e)},
    ),
    "opheffen": Actie(
        lambda e, u, p: behandeling.schorsing_opheffen(erkenning=e, door=u, reden=p.get("tekst", "")),
        lambda e: _("De schorsing is opgeheven: %(naam)s is weer erkend.") % {"naam": _aan_de_vereniging(e)},
    ),
    "intrekken": Actie(
        lambda e, u, p: behandeling.intrekken(erkenning=e, door=u, reden=p.get("tekst", "")),
        lambda e: (
            _("De erkenning is ingetrokken. %(naam)s kreeg een brief met de reden.")
            % {"naam": _aan_de_vereniging(e)}
        ),
    ),
    "bericht": Actie(
        lambda e, u, p: berichten.bericht_sturen(dossier=e, door=u, tekst=p.get("tekst", "")),
        lambda e: (
            _("Bericht verstuurd; de verantwoordelijken van %(naam)s kregen een e-mail.")
            % {"naam": _aan_de_vereniging(e)}
        ),
        statuscontrole=False,
    ),
    "notitie": Actie(
        lambda e, u, p: behandeling.notitie_schrijven(erkenning=e, door=u, tekst=p.get("tekst", "")),
        lambda e: _("Interne notitie bewaard. Alleen medewerkers lezen ze."),
        statuscontrole=False,
    ),
}

# When the next step is the association's, the steps column says so instead of staying empty.
WACHT_OP_VERENIGING = {
    Erkenning.Status.CONCEPT: gettext_lazy("De vereniging heeft nog niet ingediend."),
}
BIJ_DE_BERICHTEN = {"bericht", "notitie", "vraag"}


def _uitvoeren(naam: str, erkenning: Erkenning, request) -> str:
    actie = ACTIES.get(naam)
    if actie is None:
        raise ValidationError(_("Onbekende actie."))
    if actie.statuscontrole:
        with zoals_gezien(erkenning, request.POST.get("status")):
            actie.uitvoeren(erkenning, request.user, request.POST)
    else:
        if not request.POST.get("tekst", "").strip():
            raise ValidationError(_("Schrijf eerst je bericht."))
        actie.uitvoeren(erkenning, request.user, request.POST)
    erkenning.refresh_from_db()
    return actie.bevestiging(erkenning)


def behandelen(request, sleutel):
    vereis_rol(request.user, Rol.ERKENNINGEN)
    erkenning = get_object_or_404(
        Erkenning.objects.select_related("organisatie", "aangevraagd_door", "behandelaar"), sleutel=sleutel
    )
    if request.method == "POST":
        try:
            bevestiging = _uitvoeren(request.POST.get("actie", ""), erkenning, request)
        except (ValidationError, OngeldigeOvergang) as fout:
            for melding in getattr(fout, "messages", [str(fout)]):
                messages.error(request, melding)
        else:
            messages.success(request, bevestiging)
        pagina = reverse("admin:erkenning_erkenning_behandelen", args=[erkenning.sleutel])
        return redirect(pagina + ("#berichten" if request.POST.get("actie") in BIJ_DE_BERICHTEN else ""))
    return render(request, "admin/erkenning/erkenning/behandelen.html", _context(request, erkenning))


def _context(request, erkenning: Erkenning) -> dict:
    draad = berichten.draad_lezen(erkenning, request.user, kant=Kant.DIENST)
    geldig_van, geldig_tot = behandeling.standaard_geldigheid()
    return {
        **admin.site.each_context(request),
        "title": _("Behandelen: %(naam)s") % {"naam": erkenning},
        "erkenning": erkenning,
        "berichten": draad.berichten,
        "ongelezen": draad.nieuw,
        "open_vraag": draad.open_vraag,
        **secties.bijlagen_context(erkenning),
        "brieven": brieven.brieven_van(erkenning).order_by("gemaakt_op"),
        "verantwoordelijken": erkenning.organisatie.lidmaatschappen.select_related("user").filter(
            bevestigd_op__isnull=False
        ),
        "andere_erkenningen": erkenning.organisatie.erkenningen.exclude(pk=erkenning.pk),
        "geschiedenis": StatusWijziging.objects.voor(erkenning).select_related("door"),
        "mogelijk": mogelijke_overgangen(erkenning),
        "wacht_op_vereniging": WACHT_OP_VERENIGING.get(erkenning.status),
        "standaard_van": geldig_van,
        "standaard_tot": geldig_tot,
        "rekening_nieuw": bool(erkenning.iban and not erkenning.organisatie.iban),
        "rekening_anders": bool(erkenning.organisatie.iban and erkenning.iban != erkenning.organisatie.iban),
        "opts": Erkenning._meta,
        "has_view_permission": True,
    }
