"""The legacy import: the recognitions of the five older regulations, from one CSV file.

Columns (UTF-8, comma-separated, header row; see erkenning/README.md):

    oud_reglement   one of OudReglement's codes (etnisch-cultureel, senioren, beperking, holebi,
                    gezondheid): becomes the category (CATEGORIE_VAN_OUD_REGLEMENT)
    oud_kenmerk     the association's reference in that regulation (required, unique per regulation)
    naam            the association's name (required)
    rechtsvorm      a Rechtsvorm code (feitelijke_vereniging, vzw, ...); empty: feitelijke_vereniging
    ondernemingsnummer  empty for a feitelijke vereniging; else a valid Belgian number
    adres, postcode, gemeente, email, telefoon, iban   contact and account (optional)
    ledenaantal     a whole number (optional)
    erkend_sinds    YYYY-MM-DD (required)
    geldig_tot      YYYY-MM-DD, not before erkend_sinds (required); in the past: "verlopen"

Organisations are found again by enterprise number, else by name and postcode (any case), and
created when new. A recognition is found again by its old regulation and reference, so running
the same file twice changes nothing. Each row is applied whole or not at all (a savepoint per
row); a rejected row is reported with its line number and the reason.
"""

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from erkenning.constants import CATEGORIE_VAN_OUD_REGLEMENT, LOPEND, ErkenningStatus, OudReglement
from erkenning.models import Erkenning
from gelijkekansen.core.models import Organisatie, StatusWijziging
from gelijkekansen.core.models.organisaties import OrganisatieSoort, Rechtsvorm

# The organisation's own columns, in the file's order; the others describe the recognition.
ORGANISATIEVELDEN = [
    "naam",
    "rechtsvorm",
    "ondernemingsnummer",
    "adres",
    "postcode",
    "gemeente",
    "email",
    "telefoon",
    "iban",
]
KOLOMMEN = ["oud_reglement", "oud_kenmerk", *ORGANISATIEVELDEN, "ledenaantal", "erkend_sinds", "geldig_tot"]


@dataclass
class Importverslag:
    aangemaakt: int = 0
    bijgewerkt: int = 0
    ongewijzigd: int = 0
    geweigerd: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)

    def regels(self) -> list[str]:
        return [
            _("Nieuw: %(n)s") % {"n": self.aangemaakt},
            _("Bijgewerkt: %(n)s") % {"n": self.bijgewerkt},
            _("Ongewijzigd: %(n)s") % {"n": self.ongewijzigd},
            _("Geweigerd: %(n)s") % {"n": len(self.geweigerd)},
            *(
                _("  regel %(regel)s: %(reden)s") % {"regel": r, "reden": reden}
                for r, reden in self.geweigerd
            ),
        ]


def erkenningen_importeren(regels: Iterable[str], *, vandaag: date | None = None) -> Importverslag:
    vandaag = vandaag or timezone.localdate()
    lezer = csv.DictReader(regels)
    ontbrekend = set(KOLOMMEN) - set(lezer.fieldnames or [])
    if ontbrekend:
        raise ValidationError(_("Deze kolommen ontbreken: %(k)s") % {"k": ", ".join(sorted(ontbrekend))})
    verslag = Importverslag()
    for rij in lezer:
        try:
            with transaction.atomic():
                uitkomst = _rij_toepassen(_gelezen(rij), vandaag)
        except ValidationError as fout:
            verslag.geweigerd.append((lezer.line_num, _reden(fout)))
        else:
            setattr(verslag, uitkomst, getattr(verslag, uitkomst) + 1)
    return verslag


def _reden(fout: ValidationError) -> str:
    if hasattr(fout, "error_dict"):
        return " ".join(f"{veld}: {' '.join(meldingen)}" for veld, meldingen in fout.message_dict.items())
    return " ".join(fout.messages)


def _gelezen(rij: dict) -> dict:
    """The row's values, stripped and checked one by one; the first problem refuses the row."""
    rij = {k: (rij.get(k) or "").strip() for k in KOLOMMEN}
    if rij["oud_reglement"] not in OudReglement.values:
        raise ValidationError(_("Onbekend oud reglement «%(r)s».") % {"r": rij["oud_reglement"]})
    for verplicht in ("oud_kenmerk", "naam", "erkend_sinds", "geldig_tot"):
        if not rij[verplicht]:
            raise ValidationError(_("De kolom %(k)s is leeg.") % {"k": verplicht})
    rij["rechtsvorm"] = rij["rechtsvorm"] or Rechtsvorm.FEITELIJKE_VERENIGING
    if rij["rechtsvorm"] not in Rechtsvorm.values:
        raise ValidationError(_("Onbekende rechtsvorm «%(r)s».") % {"r": rij["rechtsvorm"]})
    rij["erkend_sinds"] = _datum(rij["erkend_sinds"], "erkend_sinds")
    rij["geldig_tot"] = _datum(rij["geldig_tot"], "geldig_tot")
    if rij["geldig_tot"] < rij["erkend_sinds"]:
        raise ValidationError(_("geldig_tot ligt voor erkend_sinds."))
    if rij["ledenaantal"] and not rij["ledenaantal"].isdecimal():
        raise ValidationError(_("ledenaantal is geen geheel getal: «%(w)s».") % {"w": rij["ledenaantal"]})
    rij["ledenaantal"] = int(rij["ledenaantal"]) if rij["ledenaantal"] else None
    return rij


def _datum(waarde: str, kolom: str) -> date:
    try:
        return date.fromisoformat(waarde)
    except ValueError:
        raise ValidationError(
            _("%(k)s is geen datum als 2024-01-31: «%(w)s».") % {"k": kolom, "w": waarde}
        ) from None


def _rij_toepassen(rij: dict, vandaag: date) -> str:
    organisatie, organisatie_gewijzigd = _organisatie(rij)
    status = ErkenningStatus.ERKEND if rij["geldig_tot"] >= vandaag else ErkenningStatus.VERLOPEN
    velden = {
        "organisatie": organisatie,
        "categorie": CATEGORIE_VAN_OUD_REGLEMENT[rij["oud_reglement"]],
        "ledenaantal": rij["ledenaantal"],
        "geldig_van": rij["erkend_sinds"],
        "geldig_tot": rij["geldig_tot"],
    }
    erkenning = Erkenning.objects.filter(
        oud_reglement=rij["oud_reglement"], oud_kenmerk=rij["oud_kenmerk"]
    ).first()
    if status == ErkenningStatus.ERKEND:
        _niet_dubbel(organisatie, velden["categorie"], erkenning)
    if erkenning is None:
        erkenning = Erkenning.objects.create(
            oud_reglement=rij["oud_reglement"], oud_kenmerk=rij["oud_kenmerk"], status=status, **velden
        )
        _geschiedenis(erkenning, van="", naar=status)
        return "aangemaakt"
    gewijzigd = [naam for naam, waarde in velden.items() if getattr(erkenning, naam) != waarde]
    if erkenning.status in (ErkenningStatus.ERKEND, ErkenningStatus.VERLOPEN) and erkenning.status != status:
        _geschiedenis(erkenning, van=erkenning.status, naar=status)
        erkenning.status = status
        gewijzigd.append("status")
    if not gewijzigd:
        return "bijgewerkt" if organisatie_gewijzigd else "ongewijzigd"
    for naam in gewijzigd:
        setattr(erkenning, naam, velden.get(naam, getattr(erkenning, naam)))
    erkenning.save(update_fields=[*gewijzigd, "gewijzigd"])
    return "bijgewerkt"


def _niet_dubbel(organisatie: Organisatie, categorie: str, erkenning: Erkenning | None) -> None:
    """An association runs one recognition per category: a second valid row for it is refused."""
    andere = (
        Erkenning.objects.filter(organisatie=organisatie, categorie=categorie, status__in=LOPEND)
        .exclude(pk=getattr(erkenning, "pk", None))
        .first()
    )
    if andere is not None:
        raise ValidationError(
            _("%(naam)s is al erkend in deze categorie (kenmerk %(kenmerk)s): deze regel is dubbel.")
            % {"naam": organisatie.naam, "kenmerk": andere.oud_kenmerk or andere.nummer}
        )


def _organisatie(rij: dict) -> tuple[Organisatie, bool]:
    """Found by enterprise number, else by name and postcode; its details updated from the row.
    Returns the organisation and whether it was created or changed."""
    kandidaat = Organisatie(
        soort=OrganisatieSoort.VERENIGING, **{naam: rij[naam] for naam in ORGANISATIEVELDEN}
    )
    # Checked and compacted (enterprise number, IBAN) as stored; uniqueness is what we look up next.
    kandidaat.full_clean(validate_unique=False, validate_constraints=False)
    if kandidaat.ondernemingsnummer:
        bestaand = Organisatie.objects.filter(ondernemingsnummer=kandidaat.ondernemingsnummer).first()
    else:
        bestaand = Organisatie.objects.filter(naam__iexact=rij["naam"], postcode=rij["postcode"]).first()
    organisatie = bestaand or kandidaat
    gewijzigd = bestaand is None
    for naam in ORGANISATIEVELDEN:
        nieuw = getattr(kandidaat, naam)
        if naam == "iban" and bestaand is not None and bestaand.iban:
            continue  # an account the portal knows (perhaps confirmed since) beats an old file's
        if nieuw and getattr(organisatie, naam) != nieuw:
            setattr(organisatie, naam, nieuw)
            gewijzigd = True
    if gewijzigd:
        organisatie.save()
    return organisatie, gewijzigd


def _geschiedenis(erkenning: Erkenning, *, van: str, naar: str) -> None:
    """The import's step in the history: where the recognition comes from."""
    StatusWijziging.objects.create(
        content_type=ContentType.objects.get_for_model(Erkenning),
        object_id=str(erkenning.pk),
        van=van,
        naar=naar,
        reden=_("Overgenomen uit het %(reglement)s (kenmerk %(kenmerk)s)")
        % {"reglement": erkenning.get_oud_reglement_display(), "kenmerk": erkenning.oud_kenmerk},
    )
