"""Samen Aan Zet's letters, archived by the kernel's Brieven (core/brieven.py): the receipt at
submission and the decision letter at the decision, each rendered once in the applicant's
language on the city's letterhead. Downloads serve the archived file.

Files submitted or decided before letters were archived get theirs once, on the first download,
from the data of that moment (``achteraf``): a data migration cannot render them (WeasyPrint, the
templates and the model's methods are not available to historical models), and most old files are
never downloaded again.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from gelijkekansen.core import brieven
from gelijkekansen.core.models import Brief, StatusWijziging
from subsidies.constants import AanvraagStatus as S
from subsidies.models import Aanvraag

ONTVANGSTBEWIJS = "ontvangstbewijs"
BESLISSING = "beslissingsbrief"  # as the audit log called the download before letters were archived
BESLISSINGEN = {S.GOEDGEKEURD, S.AFGEWEZEN, S.ONONTVANKELIJK}


def ontvangstbewijs_maken(aanvraag: Aanvraag, *, door=None, achteraf: bool = False) -> Brief:
    from subsidies.services.aanvragen import begroting_totalen

    taal = _taal(aanvraag)
    with translation.override(taal):
        hoofd = _briefhoofd(
            aanvraag,
            betreft=_("Ontvangstbewijs van je aanvraag %(nummer)s") % {"nummer": aanvraag.nummer},
            datum=aanvraag.ingediend_op,
            persoon=aanvraag.coach,
        )
    return brieven.brief_maken(
        dossier=aanvraag,
        soort=ONTVANGSTBEWIJS,
        template="pdf/subsidies_ontvangstbewijs.html",
        context={"aanvraag": aanvraag, "totalen": begroting_totalen(aanvraag)},
        briefhoofd=hoofd,
        taal=taal,
        naam=f"ontvangstbewijs-{aanvraag.nummer}.pdf",
        door=door,
        achteraf=achteraf,
    )


def beslissingsbrief_maken(aanvraag: Aanvraag, *, door, achteraf: bool = False) -> Brief:
    """Called by the decision step itself (services.behandeling._beslissen), after the status and
    amount are saved and inside its transaction: the letter states exactly what was decided."""
    taal = _taal(aanvraag)
    reglement = aanvraag.oproep.reglement
    with translation.override(taal):
        hoofd = _briefhoofd(
            aanvraag,
            betreft=_("Beslissing over uw aanvraag %(nummer)s") % {"nummer": aanvraag.nummer},
            datum=aanvraag.beslist_op,
            persoon=door,
            ondertekenen=True,
        )
    voorschot = None
    if aanvraag.toegekend_bedrag:  # as services.betalingen.voorschot_betalen computes it
        pct = Decimal(reglement.voorschot_pct) / 100
        voorschot = (aanvraag.toegekend_bedrag * pct).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return brieven.brief_maken(
        dossier=aanvraag,
        soort=BESLISSING,
        template="pdf/subsidies_beslissing.html",
        context={"aanvraag": aanvraag, "reglement": reglement, "voorschot": voorschot},
        briefhoofd=hoofd,
        taal=taal,
        naam=f"beslissing-{aanvraag.nummer}.pdf",
        door=door,
        achteraf=achteraf,
    )


def archiefbrief(aanvraag: Aanvraag, soort: str) -> Brief | None:
    """The archived letter, or None when the file has none (yet): not submitted, not decided. A
    file from before the archive gets its letter now, once (the row lock keeps it to one)."""
    if brief := brieven.brief_van(aanvraag, soort):
        return brief
    if (soort == ONTVANGSTBEWIJS and not aanvraag.ingediend_op) or (
        soort == BESLISSING and (not aanvraag.beslist_op or aanvraag.status == S.INGETROKKEN)
    ):
        return None
    with transaction.atomic():
        vergrendeld = (
            Aanvraag.objects.select_for_update().select_related("oproep__reglement").get(pk=aanvraag.pk)
        )
        if brief := brieven.brief_van(vergrendeld, soort):
            return brief
        if soort == ONTVANGSTBEWIJS:
            return ontvangstbewijs_maken(vergrendeld, achteraf=True)
        return beslissingsbrief_maken(vergrendeld, door=_beslisser(vergrendeld), achteraf=True)


def _briefhoofd(aanvraag: Aanvraag, *, betreft: str, datum, persoon, ondertekenen: bool = False):
    aanvrager = aanvraag.aanvrager
    adres = []
    if organisatie := aanvraag.organisatie:
        adres = [
            organisatie.naam,
            organisatie.adres,
            f"{organisatie.postcode} {organisatie.gemeente}".strip(),
        ]
    else:
        adres = [aanvrager.email]
    naam = getattr(persoon, "naam", "") if persoon is not None else ""
    return brieven.Briefhoofd(
        referentie=aanvraag.nummer,
        datum=timezone.localdate(datum) if datum else timezone.localdate(),
        betreft=betreft,
        ontvanger=aanvrager.naam or aanvrager.email,
        ontvanger_adres=[regel for regel in adres if regel],
        rechtsgrond=aanvraag.oproep.reglement.rechtsgrond_tekst,
        contactpersoon=naam,
        ondertekenaar=naam if ondertekenen else "",
        ondertekenaar_functie=_("Dossierbehandelaar Samen Aan Zet") if ondertekenen and naam else "",
    )


def _taal(aanvraag: Aanvraag) -> str:
    return aanvraag.aanvrager.voorkeurstaal or "nl"


def _beslisser(aanvraag: Aanvraag):
    stap = StatusWijziging.objects.voor(aanvraag).filter(naar__in=BESLISSINGEN).last()
    return stap.door if stap else None
