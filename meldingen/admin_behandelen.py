"""The Meldpunt's 'Behandelen' page (DESIGN §5.6): the whole report read-only — story, grounds,
consents, evidence, thread, referrals, after-care, history — beside only the steps the workflow
allows now. Each step calls a service and says what happened; a refused step shows why.

Opening the page is in the audit log (who, which report, when; never its content), and so is
every download of evidence (core.bijlagen.bijlage_antwoord)."""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import vereis_rol
from gelijkekansen.core import berichten, bijlagen
from gelijkekansen.core.audit import audit_registreren
from gelijkekansen.core.models import Kant, StatusWijziging
from gelijkekansen.core.models.audit import AuditActie
from gelijkekansen.core.validators import id_lezen
from gelijkekansen.core.workflow import OngeldigeOvergang, mogelijke_overgangen, zoals_gezien
from meldingen import verwijzer
from meldingen.admin_paginas import code_voor_melder
from meldingen.constants import Instantie, MeldingStatus, StapStatus, Uitkomst
from meldingen.forms import DoorverwijzenForm, MeldpuntBerichtForm, NazorgForm
from meldingen.models import Antwoordsjabloon, Melding
from meldingen.services import behandeling


@dataclass(frozen=True)
class Actie:
    """``uitvoeren(melding, door, post)`` calls the service; ``bevestiging(melding)`` says what
    happened. ``statuscontrole``: only if the report is still in the status the page showed."""

    uitvoeren: Callable
    bevestiging: Callable[[Melding], str]
    statuscontrole: bool = True


def _bericht(melding: Melding, door, post) -> None:
    soort, tekst = post.get("soort"), post.get("tekst", "")
    if soort != "intern" and melding.status == MeldingStatus.AFGESLOTEN:
        # The reporter could not answer: the follow-up page takes no messages once closed.
        raise ValidationError(_("Deze melding is afgesloten. Heropen ze om de melder te schrijven."))
    if soort == "vraag":
        berichten.vraag_stellen(dossier=melding, door=door, tekst=tekst)
    else:
        berichten.bericht_sturen(dossier=melding, door=door, tekst=tekst, intern=soort == "intern")


def _bericht_bevestiging(melding: Melding) -> str:
    if melding.email:
        return _("Bewaard. Een bericht of vraag leest de melder met de code; een e-mail zegt dat er iets is.")
    return _("Bewaard. De melder liet geen e-mailadres achter: die leest het met de ontvangstcode.")


def _verwijzing(melding: Melding, post):
    return get_object_or_404(melding.doorverwijzingen, pk=post.get("verwijzing") or None)


def _stap(melding: Melding, post):
    return get_object_or_404(melding.nazorgstappen, pk=post.get("nazorgstap") or None)


ACTIES = {
    "behandelen": Actie(
        lambda m, u, p: behandeling.in_behandeling_nemen(melding=m, door=u),
        lambda m: _("Je behandelt deze melding nu."),
    ),
    "opgevolgd": Actie(
        lambda m, u, p: behandeling.opgevolgd(melding=m, door=u, reden=p.get("reden", "")),
        lambda m: _("De melding staat op opgevolgd."),
    ),
    "afsluiten": Actie(
        lambda m, u, p: behandeling.afsluiten(melding=m, door=u, reden=p.get("reden", "")),
        lambda m: _("De melding is afgesloten. De contactgegevens worden na de bewaartermijn gewist."),
    ),
    "heropenen": Actie(
        lambda m, u, p: behandeling.heropenen(melding=m, door=u, reden=p.get("reden", "")),
        lambda m: _("De melding is heropend."),
    ),
    "kenmerken": Actie(
        lambda m, u, p: behandeling.kenmerken_wijzigen(
            melding=m, door=u, is_dossier=p.get("is_dossier") == "on", vijfhoek=p.get("vijfhoek") == "on"
        ),
        lambda m: (
            _("Bewaard: %(dossier)s, %(vijfhoek)s.")
            % {
                "dossier": _("dossier") if m.is_dossier else _("melding zonder dossier"),
                "vijfhoek": _("in het Vijfhoeksoverleg") if m.vijfhoek else _("niet in het Vijfhoeksoverleg"),
            }
        ),
        statuscontrole=False,
    ),
    "doorverwijzen": Actie(
        lambda m, u, p: behandeling.doorverwijzen(
            melding=m, door=u, instantie=p.get("instantie", ""), gedeeld=p.get("gedeeld", "")
        ),
        lambda m: _("Doorverwezen. De melder kreeg een bericht."),
    ),
    "uitkomst": Actie(
        lambda m, u, p: behandeling.uitkomst_registreren(
            verwijzing=_verwijzing(m, p), uitkomst=p.get("uitkomst", ""), door=u
        ),
        lambda m: _("De uitkomst van de doorverwijzing is bewaard."),
        statuscontrole=False,
    ),
    "nazorg": Actie(
        lambda m, u, p: behandeling.nazorg_plannen(
            melding=m, door=u, omschrijving=p.get("omschrijving", ""), gepland_op=_datum(p.get("gepland_op"))
        ),
        lambda m: _("De afspraak voor nazorg is bewaard."),
        statuscontrole=False,
    ),
    "nazorg_afronden": Actie(
        lambda m, u, p: behandeling.nazorg_afronden(
            stap=_stap(m, p), status=p.get("status_stap", ""), verslag=p.get("verslag", ""), door=u
        ),
        lambda m: _("De nazorgstap is afgerond."),
        statuscontrole=False,
    ),
    "bericht": Actie(_bericht, _bericht_bevestiging, statuscontrole=False),
}
BIJ_DE_BERICHTEN = {"bericht"}


def _datum(waarde):
    datum = parse_date(waarde or "") if waarde else None
    if datum is None:
        raise ValidationError(_("Vul een geldige datum in."))
    return datum


def _uitvoeren(naam: str, melding: Melding, request) -> str:
    actie = ACTIES.get(naam)
    if actie is None:
        raise ValidationError(_("Onbekende actie."))
    if actie.statuscontrole:
        with zoals_gezien(melding, request.POST.get("status")):
            actie.uitvoeren(melding, request.user, request.POST)
    else:
        actie.uitvoeren(melding, request.user, request.POST)
    melding.refresh_from_db()
    return actie.bevestiging(melding)


def behandelen(request, sleutel):
    vereis_rol(request.user, Rol.MELDPUNT)
    melding = get_object_or_404(
        Melding.objects.zichtbaar_voor(request.user).select_related("wijk"), pk=sleutel
    )
    pagina = reverse("admin:meldingen_melding_behandelen", args=[melding.pk])
    if request.method == "POST":
        try:
            bevestiging = _uitvoeren(request.POST.get("actie", ""), melding, request)
        except (ValidationError, OngeldigeOvergang) as fout:
            for tekst in getattr(fout, "messages", [str(fout)]):
                messages.error(request, tekst)
        else:
            messages.success(request, bevestiging)
        return redirect(pagina + ("#berichten" if request.POST.get("actie") in BIJ_DE_BERICHTEN else ""))
    audit_registreren(
        wie=request.user, wat=AuditActie.BEKEKEN, obj=melding, request=request, pagina="behandelen"
    )
    return render(request, "admin/meldingen/melding/behandelen.html", _context(request, melding))


def _context(request, melding: Melding) -> dict:
    draad = berichten.draad_lezen(melding, request.user, kant=Kant.DIENST)
    gronden = list(melding.gronden.all())
    toestemmingen = {t.instantie: t for t in melding.toestemmingen.all()}
    voorstellen = verwijzer.voorstellen(
        soort=melding.soort, gronden={g.code for g in gronden}, levensdomein=melding.levensdomein
    )
    sjabloon = Antwoordsjabloon.objects.filter(actief=True, pk=id_lezen(request.GET.get("sjabloon"))).first()
    return {
        **admin.site.each_context(request),
        "title": _("Melding %(nummer)s") % {"nummer": melding.nummer},
        "melding": melding,
        "gronden": gronden,
        "berichten": draad.berichten,
        "ongelezen": draad.nieuw,
        "open_vraag": draad.open_vraag,
        "bewijsstukken": bijlagen.bijlagen_van(melding),
        "doorverwijzingen": melding.doorverwijzingen.select_related("door"),
        "nazorgstappen": melding.nazorgstappen.select_related("door"),
        "toestemmingen": [(code, label, toestemmingen.get(code)) for code, label in Instantie.choices],
        "voorstellen": [
            {
                "voorstel": v,
                "toestemming": bool(toestemmingen.get(v.instantie) and toestemmingen[v.instantie].geldig),
            }
            for v in voorstellen
        ],
        "mogelijk": mogelijke_overgangen(melding),
        "verwijsbaar": melding.status
        in {MeldingStatus.IN_BEHANDELING, MeldingStatus.DOORVERWEZEN, MeldingStatus.HEROPEND},
        "open": melding.status not in {MeldingStatus.NIEUW, MeldingStatus.AFGESLOTEN},
        "doorverwijzen_form": DoorverwijzenForm(
            initial={"instantie": voorstellen[0].instantie} if voorstellen else None
        ),
        "bericht_form": MeldpuntBerichtForm(initial={"tekst": sjabloon.tekst} if sjabloon else None),
        "nazorg_form": NazorgForm(),
        "sjablonen": Antwoordsjabloon.objects.filter(actief=True),
        "uitkomsten": Uitkomst.choices,
        "stap_keuzes": [c for c in StapStatus.choices if c[0] != StapStatus.GEPLAND],
        "geschiedenis": _geschiedenis(melding),
        "opts": Melding._meta,
        "has_view_permission": True,
        "code_voor_melder": code_voor_melder(request, melding),
    }


def _geschiedenis(melding: Melding) -> list[dict]:
    labels = dict(MeldingStatus.choices)
    return [
        {
            "tijdstip": w.tijdstip,
            "van": labels.get(w.van, w.van),
            "naar": labels.get(w.naar, w.naar),
            "door": w.door,
            "reden": w.reden,
        }
        for w in StatusWijziging.objects.voor(melding).select_related("door")
    ]
