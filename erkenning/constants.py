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


# Per organisation and category at most one open application and one running recognition. A
# renewal is a new Erkenning, applied for while the old one runs; recognising it ends the old one.
AANVRAAG_OPEN = {ErkenningStatus.CONCEPT, ErkenningStatus.INGEDIEND, ErkenningStatus.IN_BEHANDELING}
LOPEND = {ErkenningStatus.ERKEND, ErkenningStatus.GESCHORST}


class Criterium(models.TextChoices):
    """The checklist of the uniform regulation: the association ticks each criterion and says how
    it meets it; the case handler reads that beside the statutes and the figures."""

    GENT = "gent", _("We zijn actief in Gent en de meeste leden wonen in Gent.")
    DOELGROEP = "doelgroep", _("We werken voor of met de mensen of het thema van de gekozen categorie.")
    WERKING = "werking", _("We organiseren het hele jaar door activiteiten, minstens één keer per maand.")
    OPEN = "open", _("Iedereen uit de doelgroep kan lid worden. We werken zonder winst te maken.")
    BESTUUR = "bestuur", _("Het bestuur wordt door de leden gekozen en legt uit wat het doet.")
    GELIJKE_KANSEN = (
        "gelijke_kansen",
        _("Onze werking draagt bij tot welzijn, gelijke kansen, gezondheid of samenleven in Gent."),
    )


class BijlageSoort(models.TextChoices):
    STATUTEN = "statuten", _("Statuten of huishoudelijk reglement")
    BEWIJS = "bewijs", _("Ander bewijs (activiteitenkalender, jaarverslag, foto's …)")


# The thresholds of the uniform regulation (checked at submission, explained on the start page).
MINIMUM_LEDEN = 10
MINIMUM_BESTUURSLEDEN = 3
MINIMUM_MAANDEN_ACTIEF = 12
# At least half the members live in Ghent.
MINIMUM_AANDEEL_LEDEN_IN_GENT = 0.5
# A recognition runs 5 years from the decision; then the association applies again.
GELDIGHEID_JAREN = 5
# The responsibles are reminded this many days before the recognition ends.
HERINNERING_VOOR_EINDE_DAGEN = 90
