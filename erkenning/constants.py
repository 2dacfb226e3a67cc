"""The words of the uniform recognition (policy note §5.2): one regulation for the five groups
the service recognised under five older regulations."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Categorie(models.TextChoices):
    ETNISCH_CULTURELE_MINDERHEDEN = "etnisch_culturele_minderheden", _("Etnisch-culturele minderheden")
    SENIOREN = "senioren", _("Senioren")
    BEPERKING = "beperking", _("Personen met een beperking en sociale voorzieningen")
    LGBTQIA = "lgbtqia", _("LGBTQIA+")
    GEZONDHEID = "gezondheid", _("Gezondheid")


class OudReglement(models.TextChoices):
    """The five recognition regulations the uniform one replaces (4 target groups, 1 theme)."""

    ETNISCH_CULTUREEL = "etnisch-cultureel", _("Erkenningsreglement etnisch-culturele minderheden")
    SENIOREN = "senioren", _("Erkenningsreglement seniorenverenigingen")
    BEPERKING = "beperking", _("Erkenningsreglement personen met een beperking en sociale voorzieningen")
    HOLEBI = "holebi", _("Erkenningsreglement LGBTQ+-verenigingen")
    GEZONDHEID = "gezondheid", _("Erkenningsreglement thema gezondheid")


# Each old regulation becomes one category of the uniform recognition.
CATEGORIE_VAN_OUD_REGLEMENT = {
    OudReglement.ETNISCH_CULTUREEL: Categorie.ETNISCH_CULTURELE_MINDERHEDEN,
    OudReglement.SENIOREN: Categorie.SENIOREN,
    OudReglement.BEPERKING: Categorie.BEPERKING,
    OudReglement.HOLEBI: Categorie.LGBTQIA,
    OudReglement.GEZONDHEID: Categorie.GEZONDHEID,
}


class ErkenningStatus(models.TextChoices):
    CONCEPT = "concept", _("Concept")
    INGEDIEND = "ingediend", _("Ingediend")
    IN_BEHANDELING = "in_behandeling", _("In behandeling")
    ERKEND = "erkend", _("Erkend")
    GEWEIGERD = "geweigerd", _("Geweigerd")
    GESCHORST = "geschorst", _("Geschorst")
    INGETROKKEN = "ingetrokken", _("Ingetrokken")
    VERLOPEN = "verlopen", _("Verlopen")
