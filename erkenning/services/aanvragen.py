"""What an association does: start an application, save it per section, check, submit.

The same experience as a Samen Aan Zet application (subsidies/services/aanvragen.py): every section
saves on its own, only submitting checks completeness, and a save from an old tab never undoes
what the case handler did meanwhile (``velden_wijzigen`` with the draft's state)."""

from dataclasses import dataclass
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from erkenning import brieven as erkenning_brieven
from erkenning import emails
from erkenning.constants import (
    MINIMUM_AANDEEL_LEDEN_IN_GENT,
    MINIMUM_BESTUURSLEDEN,
    MINIMUM_LEDEN,
    MINIMUM_MAANDEN_ACTIEF,
    BijlageSoort,
    Criterium,
)
from erkenning.constants import ErkenningStatus as S
from erkenning.models import Bestuurslid, Erkenning
from gelijkekansen.core import bijlagen, brieven
from gelijkekansen.core.models import Bijlage, Organisatie
from gelijkekansen.core.models.organisaties import LidmaatschapRol
from gelijkekansen.core.workflow import VerouderdeStatus, transition, velden_wijzigen

BEWERKBAAR = {S.CONCEPT}


@dataclass(frozen=True)
class Ontbrekend:
    sectie: str  # the form section where the field lives
    veld: str  # field name, for the link to it
    melding: str


def erkenning_starten(*, organisatie: Organisatie, categorie: str, door) -> Erkenning:
    """A draft for a confirmed responsible; the organisation's account is prefilled."""
    if not is_verantwoordelijke(door, organisatie):
        raise ValidationError(_("Kies een vereniging waarvan je verantwoordelijke bent."))
    erkenning = Erkenning(
        organisatie=organisatie,
        categorie=categorie,
        aangevraagd_door=door,
        iban=organisatie.iban,
        rekeninghouder=organisatie.naam if organisatie.iban else "",
    )
    try:
        with transaction.atomic():
            erkenning.save()
    except IntegrityError as exc:  # the constraint: one open application per category
        raise ValidationError(
            _("%(naam)s heeft al een aanvraag in deze categorie. Je vindt ze bij Mijn dossiers.")
            % {"naam": organisatie.naam}
        ) from exc
    erkenning.doelgroepen.set(organisatie.doelgroepen.all())
    return erkenning


def erkenning_bewaren(*, erkenning: Erkenning, door, velden: dict, doelgroepen=None) -> Erkenning:
    """Save one section of the draft; incomplete is fine until submitting."""
    with transaction.atomic():
        try:
            velden_wijzigen(
                erkenning,
                velden=velden,
                door=door,
                toegestaan_in=BEWERKBAAR,
                audit=False,
                leeg_toegestaan=True,
            )
        except VerouderdeStatus as exc:
            raise PermissionDenied(NIET_MEER_BEWERKBAAR) from exc
        if doelgroepen is not None:
            erkenning.doelgroepen.set(doelgroepen)
    return erkenning


def bestuur_bewaren(*, erkenning: Erkenning, door, leden: list[dict]) -> None:
    with transaction.atomic():
        try:
            velden_wijzigen(erkenning, velden={}, door=door, toegestaan_in=BEWERKBAAR, audit=False)
        except VerouderdeStatus as exc:
            raise PermissionDenied(NIET_MEER_BEWERKBAAR) from exc
        erkenning.bestuursleden.all().delete()
        Bestuurslid.objects.bulk_create(Bestuurslid(erkenning=erkenning, **lid) for lid in leden)


def bijlage_toevoegen(*, erkenning: Erkenning, bestand, soort: str, door) -> Bijlage:
    if erkenning.status not in BEWERKBAAR:
        raise PermissionDenied(NIET_MEER_BEWERKBAAR)
    return bijlagen.bijlage_toevoegen(
        dossier=erkenning, bestand=bestand, door=door, soort=soort, map="erkenning"
    )


def ontbrekend(erkenning: Erkenning) -> list[Ontbrekend]:
    """Everything that stops submission, each with the section and field to fix it."""
    return [
        *_ontbrekend_vereniging(erkenning),
        *_ontbrekend_bestuur(erkenning),
        *_ontbrekend_criteria(erkenning),
        *_ontbrekend_rekening(erkenning),
        *_ontbrekend_bijlagen(erkenning),
    ]


def erkenning_indienen(*, erkenning: Erkenning, door) -> Erkenning:
    """Submit; the receipt is archived with it and mailed. Submitting twice is harmless."""
    if erkenning.status == S.INGEDIEND:
        return erkenning
    if erkenning.status not in BEWERKBAAR:
        raise PermissionDenied(NIET_MEER_BEWERKBAAR)
    if fouten := ontbrekend(erkenning):
        raise ValidationError([f.melding for f in fouten])
    with transaction.atomic():
        transition(
            erkenning,
            van=BEWERKBAAR,
            to=S.INGEDIEND,
            door=door,
            reden=gettext_noop("Ingediend"),
            velden={"ingediend_op": timezone.now()},
            na_commit=[lambda: emails.ingediend(erkenning)],
        )
        if brieven.brief_van(erkenning, erkenning_brieven.ONTVANGSTBEWIJS) is None:
            erkenning_brieven.ontvangstbewijs_maken(erkenning, door=door)
    return erkenning


def concept_verwijderen(*, erkenning: Erkenning, door) -> None:
    """A draft the association no longer wants: gone, with its attachments (nothing was decided)."""
    with transaction.atomic():
        try:
            velden_wijzigen(erkenning, velden={}, door=door, toegestaan_in=BEWERKBAAR, audit=False)
        except VerouderdeStatus as exc:
            raise PermissionDenied(NIET_MEER_BEWERKBAAR) from exc
        bijlagen.bijlagen_van(erkenning).delete()
        erkenning.delete()


def is_verantwoordelijke(user, organisatie: Organisatie) -> bool:
    # Only a confirmed responsible person acts for the organisation (core.services_organisaties).
    return organisatie.lidmaatschappen.filter(
        user=user, rol=LidmaatschapRol.VERANTWOORDELIJKE, bevestigd_op__isnull=False
    ).exists()


NIET_MEER_BEWERKBAAR = gettext_lazy(
    "Deze aanvraag is ingediend en kan niet meer gewijzigd worden. Wil je iets aanpassen? "
    "Stuur een bericht naar de dienst."
)


# --- what is missing, per section ---------------------------------------------------------------


def _maanden_tussen(begin: date, einde: date) -> int:
    return (einde.year - begin.year) * 12 + einde.month - begin.month - (einde.day < begin.day)


def _ontbrekend_vereniging(e: Erkenning) -> list[Ontbrekend]:
    fouten = []
    if not e.werking.strip():
        fouten.append(Ontbrekend("vereniging", "werking", _("Vertel wat jullie vereniging doet.")))
    if not e.doelgroepen.exists():
        fouten.append(Ontbrekend("vereniging", "doelgroepen", _("Kies voor wie jullie vereniging werkt.")))
    if not e.actief_sinds:
        fouten.append(Ontbrekend("vereniging", "actief_sinds", _("Vul in sinds wanneer jullie actief zijn.")))
    elif _maanden_tussen(e.actief_sinds, timezone.localdate()) < MINIMUM_MAANDEN_ACTIEF:
        fouten.append(
            Ontbrekend(
                "vereniging",
                "actief_sinds",
                _("Jullie moeten minstens een jaar actief zijn. Vraag dan de erkenning aan."),
            )
        )
    fouten += _ontbrekend_leden(e)
    return fouten


def _ontbrekend_leden(e: Erkenning) -> list[Ontbrekend]:
    if not e.ledenaantal:
        return [Ontbrekend("vereniging", "ledenaantal", _("Vul in hoeveel leden jullie hebben."))]
    if e.ledenaantal < MINIMUM_LEDEN:
        return [
            Ontbrekend(
                "vereniging",
                "ledenaantal",
                _("Een erkende vereniging heeft minstens %(aantal)s leden.") % {"aantal": MINIMUM_LEDEN},
            )
        ]
    if e.leden_in_gent is None:
        return [Ontbrekend("vereniging", "leden_in_gent", _("Vul in hoeveel leden in Gent wonen."))]
    if e.leden_in_gent > e.ledenaantal:
        return [
            Ontbrekend(
                "vereniging", "leden_in_gent", _("Er wonen meer leden in Gent dan jullie leden hebben.")
            )
        ]
    if e.leden_in_gent < e.ledenaantal * MINIMUM_AANDEEL_LEDEN_IN_GENT:
        return [Ontbrekend("vereniging", "leden_in_gent", _("Minstens de helft van de leden woont in Gent."))]
    return []


def _ontbrekend_bestuur(e: Erkenning) -> list[Ontbrekend]:
    if e.bestuursleden.count() < MINIMUM_BESTUURSLEDEN:
        return [
            Ontbrekend(
                "bestuur",
                "bestuur",
                _("Vul minstens %(aantal)s bestuursleden in.") % {"aantal": MINIMUM_BESTUURSLEDEN},
            )
        ]
    return []


def _ontbrekend_criteria(e: Erkenning) -> list[Ontbrekend]:
    return [
        Ontbrekend(
            "criteria",
            c.value,
            _("Leg uit hoe jullie voldoen aan: %(criterium)s") % {"criterium": c.label},
        )
        for c in Criterium
        if not (e.criteria or {}).get(c.value, "").strip()
    ]


def _ontbrekend_rekening(e: Erkenning) -> list[Ontbrekend]:
    fouten = []
    if not e.iban:
        fouten.append(Ontbrekend("rekening", "iban", _("Vul het rekeningnummer van de vereniging in.")))
    if not e.rekeninghouder:
        fouten.append(Ontbrekend("rekening", "rekeninghouder", _("Vul de naam van de rekeninghouder in.")))
    return fouten


def _ontbrekend_bijlagen(e: Erkenning) -> list[Ontbrekend]:
    if not bijlagen.bijlagen_van(e).filter(soort=BijlageSoort.STATUTEN).exists():
        return [
            Ontbrekend(
                "bijlagen",
                "bestand",
                _("Voeg jullie statuten toe (of het huishoudelijk reglement als jullie geen vzw zijn)."),
            )
        ]
    return []
