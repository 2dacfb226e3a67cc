"""The letters of a recognition, archived by the kernel's Brieven (core/brieven.py): the receipt at
submission, the decision (erkend or geweigerd) at the decision, and a letter at each suspension or
withdrawal, rendered once in the recipient's language inside the step's transaction."""

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from erkenning.constants import ErkenningStatus as S
from erkenning.models import Erkenning
from gelijkekansen.core import brieven
from gelijkekansen.core.models import Brief

ONTVANGSTBEWIJS = "ontvangstbewijs"
BESLISSING = "beslissingsbrief"
# A recognition may be suspended more than once: each letter is its own kind (schorsing-1, -2 …).
SCHORSING = "schorsing"
INTREKKING = "intrekking"
RECHTSGROND = "Reglement voor de erkenning en subsidiëring van verenigingen (uniform erkenningsreglement)"


def ontvangstbewijs_maken(erkenning: Erkenning, *, door=None) -> Brief:
    taal = _taal(erkenning, door)
    with translation.override(taal):
        hoofd = _briefhoofd(
            erkenning, betreft=_("Ontvangstbewijs van je aanvraag %(nummer)s") % {"nummer": erkenning.nummer}
        )
    return _maken(erkenning, ONTVANGSTBEWIJS, "pdf/erkenning_ontvangstbewijs.html", hoofd, taal, door)


def beslissingsbrief_maken(erkenning: Erkenning, *, door) -> Brief:
    taal = _taal(erkenning, door)
    with translation.override(taal):
        hoofd = _briefhoofd(
            erkenning,
            betreft=_("Beslissing over de erkenning van %(naam)s") % {"naam": erkenning.organisatie.naam},
            ondertekenaar=door,
        )
    return _maken(erkenning, BESLISSING, "pdf/erkenning_beslissing.html", hoofd, taal, door)


def statusbrief_maken(erkenning: Erkenning, *, door, reden: str) -> Brief:
    """The letter of a suspension or a withdrawal, with its reason."""
    taal = _taal(erkenning, door)
    if erkenning.status == S.GESCHORST:
        soort = (
            f"{SCHORSING}-{brieven.brieven_van(erkenning).filter(soort__startswith=SCHORSING).count() + 1}"
        )
        betreft = _("Schorsing van de erkenning van %(naam)s")
    else:
        soort, betreft = INTREKKING, _("Intrekking van de erkenning van %(naam)s")
    with translation.override(taal):
        hoofd = _briefhoofd(
            erkenning, betreft=betreft % {"naam": erkenning.organisatie.naam}, ondertekenaar=door
        )
    context = {"reden": reden}
    return _maken(erkenning, soort, "pdf/erkenning_status.html", hoofd, taal, door, context)


def _maken(erkenning, soort, template, hoofd, taal, door, context=None) -> Brief:
    return brieven.brief_maken(
        dossier=erkenning,
        soort=soort,
        template=template,
        context={"erkenning": erkenning, **(context or {})},
        briefhoofd=hoofd,
        taal=taal,
        naam=f"{soort}-{erkenning.nummer}.pdf",
        door=door,
    )


def _briefhoofd(erkenning: Erkenning, *, betreft: str, ondertekenaar=None) -> brieven.Briefhoofd:
    organisatie = erkenning.organisatie
    adres = [organisatie.adres, f"{organisatie.postcode} {organisatie.gemeente}".strip()]
    naam = getattr(ondertekenaar, "naam", "") if ondertekenaar is not None else ""
    return brieven.Briefhoofd(
        referentie=erkenning.nummer,
        datum=timezone.localdate(),
        betreft=betreft,
        ontvanger=organisatie.naam,
        ontvanger_adres=[regel for regel in adres if regel],
        rechtsgrond=RECHTSGROND,
        contactpersoon=getattr(erkenning.behandelaar, "naam", ""),
        ondertekenaar=naam,
        ondertekenaar_functie=_("Dossierbehandelaar erkenningen") if naam else "",
    )


def _taal(erkenning: Erkenning, door) -> str:
    aanvrager = erkenning.aangevraagd_door
    return getattr(aanvrager, "voorkeurstaal", "") or "nl"
