"""What applicants do: start a draft, save it per section, check, submit, answer, withdraw."""

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from gelijkekansen.core import berichten, bijlagen, brieven
from gelijkekansen.core.getallen import bedrag_tekst
from gelijkekansen.core.models import Bijlage, Organisatie
from gelijkekansen.core.models.organisaties import LidmaatschapRol
from gelijkekansen.core.workflow import VerouderdeStatus, transition, velden_wijzigen, vergrendelen
from subsidies import brieven as subsidies_brieven
from subsidies import emails
from subsidies.constants import (
    REKENING_NA_INDIENEN,
    AanvragerSoort,
    BegrotingSoort,
    BijlageSoort,
    Doel,
    Reikwijdte,
)
from subsidies.constants import AanvraagStatus as S
from subsidies.models import Aanvraag, Begrotingslijn, Monitoring, Oproep
from subsidies.models.aanvragen import verantwoordelijke_lezen
from subsidies.workflow import BEWERKBAAR, NIET_BESLIST

MET_ORGANISATIE = {AanvragerSoort.VZW, AanvragerSoort.ERKENDE_VERENIGING}


@dataclass(frozen=True)
class Ontbrekend:
    sectie: str  # the form section where the field lives
    veld: str  # field name, for the link to it
    melding: str


def aanvraag_starten(
    *, oproep: Oproep, door, aanvrager_soort: str, organisatie: Organisatie | None = None
) -> Aanvraag:
    if not oproep.is_open():
        raise ValidationError(_("Deze oproep is gesloten. Je kunt geen nieuwe aanvraag meer starten."))
    if aanvrager_soort in MET_ORGANISATIE:
        if organisatie is None or not _is_verantwoordelijke(door, organisatie):
            raise ValidationError(_("Kies een organisatie waarvan je verantwoordelijke bent."))
    else:
        organisatie = None
    aanvraag = Aanvraag(
        oproep=oproep, aanvrager=door, aanvrager_soort=aanvrager_soort, organisatie=organisatie
    )
    if organisatie:  # a known organisation: its account is prefilled
        aanvraag.iban, aanvraag.rekeninghouder = organisatie.iban, organisatie.naam
    aanvraag.save()
    return aanvraag


def aanvraag_bewaren(*, aanvraag: Aanvraag, door, velden: dict, doelgroepen=None, wijken=None) -> Aanvraag:
    """Save one section of the draft. Incomplete is fine here; only submitting checks completeness.

    Only this section's fields are written, under the row lock, and only while the file is still
    the applicant's to edit: a save from an old tab never undoes a decision made meanwhile. The
    account number is the citizen's only in the draft: after submission the case handler
    corrects it (``behandeling.rekening_corrigeren``, audited with a reason)."""
    _controleer_bewerkbaar(aanvraag)
    if aanvraag.status != S.CONCEPT and {"iban", "rekeninghouder"} & set(velden):
        raise PermissionDenied(REKENING_NA_INDIENEN)
    with transaction.atomic():
        try:
            velden_wijzigen(
                aanvraag,
                velden=velden,
                door=door,
                toegestaan_in=BEWERKBAAR,
                # A draft is the citizen's own; once submitted (a completion), what changes is audited.
                audit=aanvraag.status != S.CONCEPT,
                leeg_toegestaan=True,
            )
        except VerouderdeStatus as exc:
            raise PermissionDenied(_NIET_MEER_BEWERKBAAR) from exc
        if doelgroepen is not None:
            aanvraag.doelgroepen.set(doelgroepen)
        if wijken is not None:
            aanvraag.wijken.set(wijken)
    return aanvraag


def begroting_bewaren(
    *, aanvraag: Aanvraag, door, lijnen: list[dict], gevraagd_bedrag, andere_subsidies: str
) -> None:
    _controleer_bewerkbaar(aanvraag)
    with transaction.atomic():
        try:
            velden_wijzigen(
                aanvraag,
                velden={"gevraagd_bedrag": gevraagd_bedrag, "andere_subsidies": andere_subsidies},
                door=door,
                toegestaan_in=BEWERKBAAR,
                audit=False,
                leeg_toegestaan=True,
            )
        except VerouderdeStatus as exc:
            raise PermissionDenied(_NIET_MEER_BEWERKBAAR) from exc
        aanvraag.begrotingslijnen.all().delete()
        Begrotingslijn.objects.bulk_create(Begrotingslijn(aanvraag=aanvraag, **lijn) for lijn in lijnen)


def begroting_totalen(aanvraag: Aanvraag) -> dict[str, Decimal]:
    kosten = sum(
        (lijn.bedrag for lijn in aanvraag.begrotingslijnen.all() if lijn.soort == BegrotingSoort.KOST),
        Decimal(0),
    )
    inkomsten = sum(
        (lijn.bedrag for lijn in aanvraag.begrotingslijnen.all() if lijn.soort == BegrotingSoort.INKOMST),
        Decimal(0),
    )
    return {"kosten": kosten, "inkomsten": inkomsten, "tekort": kosten - inkomsten}


def ontbrekend(aanvraag: Aanvraag) -> list[Ontbrekend]:
    """Everything that stops submission, each with the section and field to fix it."""
    return [
        *_ontbrekend_initiatief(aanvraag),
        *_ontbrekend_begroting(aanvraag),
        *_ontbrekend_betaling(aanvraag),
    ]


def aanvraag_indienen(*, aanvraag: Aanvraag, door) -> Aanvraag:
    """Submit (or resubmit after a completion request). Submitting twice is harmless."""
    if aanvraag.status == S.INGEDIEND:
        return aanvraag
    _controleer_bewerkbaar(aanvraag)
    if aanvraag.status == S.CONCEPT and not aanvraag.oproep.is_open():
        raise ValidationError(
            _(
                "De deadline van deze oproep is voorbij. Je aanvraag is bewaard als concept, maar je kunt ze "
                "niet meer indienen. Neem contact op met de dienst als je denkt dat dit niet klopt."
            )
        )
    if fouten := ontbrekend(aanvraag):
        raise ValidationError([f.melding for f in fouten])
    eerste_keer = aanvraag.status == S.CONCEPT
    with transaction.atomic():
        transition(
            aanvraag,
            van=BEWERKBAAR,
            to=S.INGEDIEND,
            door=door,
            reden=gettext_noop("Ingediend")
            if eerste_keer
            else gettext_noop("Aangevuld en opnieuw ingediend"),
            velden={"ingediend_op": aanvraag.ingediend_op or timezone.now()},
            na_commit=[lambda: emails.aanvraag_ingediend(aanvraag)] if eerste_keer else [],
        )
        # The receipt proves the first submission, archived with it (a completion keeps it).
        if brieven.brief_van(aanvraag, subsidies_brieven.ONTVANGSTBEWIJS) is None:
            subsidies_brieven.ontvangstbewijs_maken(aanvraag, door=door)
    return aanvraag


def aanvraag_intrekken(*, aanvraag: Aanvraag, door, reden: str = "") -> Aanvraag:
    if aanvraag.status not in NIET_BESLIST:
        raise ValidationError(_("Over deze aanvraag is al beslist. Intrekken kan niet meer."))
    transition(
        aanvraag,
        van=NIET_BESLIST,
        to=S.INGETROKKEN,
        door=door,
        reden=reden or gettext_noop("Ingetrokken door de aanvrager"),
    )
    return aanvraag


def aanvulling_beantwoorden(*, aanvraag: Aanvraag, door, antwoord: str) -> Aanvraag:
    """The applicant's answer to the open completion request: an answer in the file's thread,
    linked to the question (the case handler reads it there), and the file is submitted again."""
    with transaction.atomic():
        try:
            vergrendelen(aanvraag, van=S.AANVULLING_GEVRAAGD)
        except VerouderdeStatus as exc:
            raise ValidationError(_("Er is geen open vraag om aan te vullen.")) from exc
        if berichten.open_vraag(aanvraag) is None:
            raise ValidationError(_("Er is geen open vraag om aan te vullen."))
        berichten.vraag_beantwoorden(dossier=aanvraag, door=door, tekst=antwoord)
        return aanvraag_indienen(aanvraag=aanvraag, door=door)


def bijlage_toevoegen(*, aanvraag: Aanvraag, bestand, door, voor_verantwoording: bool = False) -> Bijlage:
    """An attachment of the application (core.Bijlage), or proof with the final report."""
    return bijlagen.bijlage_toevoegen(
        dossier=aanvraag,
        bestand=bestand,
        door=door,
        soort=BijlageSoort.VERANTWOORDING if voor_verantwoording else BijlageSoort.AANVRAAG,
        map="subsidies",
    )


def monitoring_invullen(*, aanvraag: Aanvraag, antwoorden: dict, bereikte_groepen=()) -> None:
    """Store the voluntary answers apart from the file: the record does not point back to it."""
    if aanvraag.monitoring_ingevuld:
        return
    with transaction.atomic():
        monitoring = Monitoring.objects.create(
            oproep=aanvraag.oproep,
            aanvrager_soort=aanvraag.aanvrager_soort,
            reikwijdte=aanvraag.reikwijdte,
            **antwoorden,
        )
        monitoring.bereikte_groepen.set(bereikte_groepen)
        Aanvraag.objects.filter(pk=aanvraag.pk).update(monitoring_ingevuld=True)
    aanvraag.monitoring_ingevuld = True


# --- helpers ------------------------------------------------------------------------------------


def _is_verantwoordelijke(user, organisatie: Organisatie) -> bool:
    # Only a confirmed responsible person acts for the organisation (core.services_organisaties).
    return organisatie.lidmaatschappen.filter(
        user=user, rol=LidmaatschapRol.VERANTWOORDELIJKE, bevestigd_op__isnull=False
    ).exists()


_NIET_MEER_BEWERKBAAR = gettext_lazy(
    "Deze aanvraag is ingediend en kan niet meer gewijzigd worden. Wil je iets aanpassen? "
    "Stuur een bericht naar je coach."
)


def _controleer_bewerkbaar(aanvraag: Aanvraag) -> None:
    if aanvraag.status not in BEWERKBAAR:
        raise PermissionDenied(_NIET_MEER_BEWERKBAAR)


def _ontbrekend_initiatief(a: Aanvraag) -> list[Ontbrekend]:
    fouten = []
    verplicht = [
        ("titel", _("Geef je initiatief een titel.")),
        ("samenvatting", _("Leg kort uit wat je wilt doen.")),
        ("reikwijdte", _("Kies of je initiatief in een wijk of in heel Gent plaatsvindt.")),
        ("plaats", _("Vul in waar het initiatief plaatsvindt.")),
        ("startdatum", _("Vul de startdatum in.")),
        ("einddatum", _("Vul de einddatum in.")),
        ("verwachte_deelnemers", _("Vul in hoeveel deelnemers je verwacht.")),
    ]
    fouten += [Ontbrekend("initiatief", veld, melding) for veld, melding in verplicht if not getattr(a, veld)]
    if not a.doelen or not set(a.doelen) <= set(Doel.values):
        fouten.append(
            Ontbrekend(
                "initiatief", "doelen", _("Kies minstens één doel: ontmoeten, samenleven of emancipatie.")
            )
        )
    if not a.doelgroepen.exists():
        fouten.append(Ontbrekend("initiatief", "doelgroepen", _("Kies voor wie het initiatief is.")))
    if a.reikwijdte == Reikwijdte.WIJK and not a.wijken.exists():
        fouten.append(
            Ontbrekend("initiatief", "wijken", _("Kies in welke wijk of wijken het initiatief plaatsvindt."))
        )
    if a.startdatum and a.einddatum and a.einddatum < a.startdatum:
        fouten.append(Ontbrekend("initiatief", "einddatum", _("De einddatum ligt voor de startdatum.")))
    if a.aanvrager_soort == AanvragerSoort.FEITELIJKE_VERENIGING:
        fouten += _ontbrekend_tweede_verantwoordelijke(a)
    return fouten


def _ontbrekend_tweede_verantwoordelijke(a: Aanvraag) -> list[Ontbrekend]:
    # The second person confirms by e-mail: without a valid address there is nobody to ask.
    naam, email = verantwoordelijke_lezen(a.tweede_verantwoordelijke)
    if not naam:
        return [
            Ontbrekend(
                "initiatief",
                "tweede_verantwoordelijke_naam",
                _("Een groep zonder vzw heeft twee verantwoordelijken. Vul de naam van de tweede in."),
            )
        ]
    try:
        validate_email(email)
    except ValidationError:
        return [
            Ontbrekend(
                "initiatief",
                "tweede_verantwoordelijke_email",
                _("Vul het e-mailadres van de tweede verantwoordelijke in. Zo kan die bevestigen."),
            )
        ]
    return []


def _ontbrekend_begroting(a: Aanvraag) -> list[Ontbrekend]:
    totalen = begroting_totalen(a)
    if totalen["kosten"] == 0:
        return [Ontbrekend("begroting", "begroting", _("Vul minstens één kost in."))]
    if not a.gevraagd_bedrag:
        return [Ontbrekend("begroting", "gevraagd_bedrag", _("Vul in hoeveel je vraagt."))]
    maximum = a.oproep.reglement.max_bedrag
    if a.gevraagd_bedrag > maximum:
        return [
            Ontbrekend(
                "begroting",
                "gevraagd_bedrag",
                _("Je vraagt meer dan het maximum van %(max)s.") % {"max": bedrag_tekst(maximum)},
            )
        ]
    if a.gevraagd_bedrag > totalen["tekort"]:
        return [
            Ontbrekend(
                "begroting",
                "gevraagd_bedrag",
                _("Je vraagt meer dan je kosten min je inkomsten (%(tekort)s). Pas het bedrag aan.")
                % {"tekort": bedrag_tekst(totalen["tekort"])},
            )
        ]
    return []


def _ontbrekend_betaling(a: Aanvraag) -> list[Ontbrekend]:
    fouten = []
    if not a.iban:
        fouten.append(Ontbrekend("betaling", "iban", _("Vul het rekeningnummer in.")))
    if not a.rekeninghouder:
        fouten.append(Ontbrekend("betaling", "rekeninghouder", _("Vul de naam van de rekeninghouder in.")))
    return fouten
