from django.db import models
from django.utils.translation import gettext_lazy as _

# Payments live in the kernel (core.Betaling); their kinds and states are the kernel's.
from gelijkekansen.core.models.betalingen import BetalingSoort as BetalingSoort
from gelijkekansen.core.models.betalingen import BetalingStatus as BetalingStatus

# The official text of the regulation on stad.gent. The seed names the regulation (Samen Aan Zet,
# 1 February 2020) but gives no address: this is the city's short link to its page. A URL field
# on Reglement (one per regulation, in the admin) would need a migration.
REGLEMENT_URL = "https://stad.gent/samenaanzet"


class AanvraagStatus(models.TextChoices):
    CONCEPT = "concept", _("Concept")
    INGEDIEND = "ingediend", _("Ingediend")
    AANVULLING_GEVRAAGD = "aanvulling_gevraagd", _("Aanvulling gevraagd")
    ONTVANKELIJK = "ontvankelijk", _("Ontvankelijk")
    ONONTVANKELIJK = "onontvankelijk", _("Niet ontvankelijk")
    JURY = "jury", _("Bij de jury")
    GOEDGEKEURD = "goedgekeurd", _("Goedgekeurd")
    AFGEWEZEN = "afgewezen", _("Afgewezen")
    VOORSCHOT_BETAALD = "voorschot_betaald", _("Voorschot betaald")
    VERANTWOORDING_INGEDIEND = "verantwoording_ingediend", _("Verantwoording ingediend")
    AFGEREKEND = "afgerekend", _("Afgerekend")
    AFGESLOTEN = "afgesloten", _("Afgesloten")
    INGETROKKEN = "ingetrokken", _("Ingetrokken")


class AanvragerSoort(models.TextChoices):
    BURGER = "burger", _("Een burger")
    FEITELIJKE_VERENIGING = "feitelijke_vereniging", _("Een groep of bewonersgroep (feitelijke vereniging)")
    VZW = "vzw", _("Een vzw")
    ERKENDE_VERENIGING = "erkende_vereniging", _("Een erkende vereniging")


class Doel(models.TextChoices):
    ONTMOETEN = "ontmoeten", _("Ontmoeten")
    SAMENLEVEN = "samenleven", _("Samenleven")
    EMANCIPATIE = "emancipatie", _("Emancipatie")


class Reikwijdte(models.TextChoices):
    WIJK = "wijk", _("In een of meer wijken")
    STEDELIJK = "stedelijk", _("In heel Gent (stedelijk)")


class Advies(models.TextChoices):
    JA = "ja", _("Ja")
    MISSCHIEN = "misschien", _("Misschien")
    NEE = "nee", _("Nee")


class BegrotingSoort(models.TextChoices):
    KOST = "kost", _("Kost")
    INKOMST = "inkomst", _("Inkomst")


class BijlageSoort(models.TextChoices):
    """``core.Bijlage.soort`` of Samen Aan Zet's attachments."""

    AANVRAAG = "", _("Bij de aanvraag")
    VERANTWOORDING = "verantwoording", _("Bewijs bij de verantwoording")


# Shown on the payment section during a completion and given by the service that refuses the save.
REKENING_NA_INDIENEN = _(
    "Na het indienen past alleen de dossierbehandelaar je rekeningnummer aan. Stuur je coach een "
    "bericht met het nieuwe nummer."
)
