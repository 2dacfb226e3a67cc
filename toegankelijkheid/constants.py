"""The words of the accessibility action plans (policy note §3): three plans per legislature, each
evaluated every year, with actions in three domains under eleven result areas."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PlanStatus(models.TextChoices):
    ONTWERP = "ontwerp", _("Ontwerp")
    GEPUBLICEERD = "gepubliceerd", _("Gepubliceerd")
    AFGESLOTEN = "afgesloten", _("Afgesloten")


class ActieStatus(models.TextChoices):
    GEPLAND = "gepland", _("Gepland")
    LOPEND = "lopend", _("Lopend")
    GEREALISEERD = "gerealiseerd", _("Gerealiseerd")
    UITGESTELD = "uitgesteld", _("Uitgesteld")
    GESCHRAPT = "geschrapt", _("Geschrapt")


# The public pages' cached fragments (core/publiek.py) are of this source.
PUBLIEK = "toegankelijkheid"

# A finished or dropped action is not carried over to the next plan.
AFGEROND = {ActieStatus.GEREALISEERD, ActieStatus.GESCHRAPT}


class UpdateStatus(models.TextChoices):
    INGEDIEND = "ingediend", _("Wacht op goedkeuring")
    GOEDGEKEURD = "goedgekeurd", _("Goedgekeurd")
    AFGEWEZEN = "afgewezen", _("Afgewezen")


class EvaluatieStatus(models.TextChoices):
    CONCEPT = "concept", _("Concept")
    GEPUBLICEERD = "gepubliceerd", _("Gepubliceerd")


class AdviesStatus(models.TextChoices):
    CONCEPT = "concept", _("Concept")
    INGEDIEND = "ingediend", _("Ingediend")
    BEANTWOORD = "beantwoord", _("Beantwoord")


class Standpunt(models.TextChoices):
    """The city's position on one point of an advice (the nazorgtraject of policy note §2.9.1)."""

    AANVAARD = "aanvaard", _("Aanvaard")
    GEDEELTELIJK = "gedeeltelijk", _("Gedeeltelijk aanvaard")
    NIET_AANVAARD = "niet_aanvaard", _("Niet aanvaard")


# The seed gives no term; the advisory councils' regulations usually ask an answer within two
# months. One place to change it.
ANTWOORDTERMIJN_DAGEN = 60

# An action without an approved update for this long: its responsible person is reminded, and
# after twice as long the team.
STIL_NA_DAGEN = 90


# The three domains and eleven result areas of the 2020-2021 plan (policy note §3.2), in the
# reader's language; the rows (data migration 0002) keep the Dutch names for areas added later.
DOMEIN_NAMEN = {
    "infrastructuur": _("Toegankelijke infrastructuur"),
    "communicatie": _("Toegankelijke communicatie"),
    "dienstverlening": _("Toegankelijke dienstverlening"),
}
RESULTAATSGEBIED_NAMEN = {
    1: _("We nemen een voorbeeldrol op in het verder toegankelijk maken van onze eigen stadsgebouwen"),
    2: _("We verhogen de toegankelijkheid van winkels en horeca"),
    3: _("We verhogen de toegankelijkheid van Gentse evenementen en cultuur"),
    4: _("We verhogen het comfort van het Gents openbaar domein"),
    5: _(
        "We promoten GOLLD (Gentse Ontwerpen LevensLoopbestendig Design) in het nieuw en bestaand Gents woonaanbod"
    ),
    6: _("We voorzien in rolstoeltoegankelijk en genderinclusief publiek sanitair in Gent"),
    7: _("We verhogen de toegankelijkheid van duurzame vervoersmodi"),
    8: _("We verzamelen toegankelijkheidsdata en stellen deze ter beschikking van de eindgebruiker"),
    9: _("We overbruggen taaldrempels met een effectief en modern aanbod van ondersteunende instrumenten"),
    10: _(
        "De Dienst Welzijn en Gelijke Kansen ondersteunt stadsdiensten op het vlak van diversiteit en gelijke kansen"
    ),
    11: _("De Stad verhoogt de toegankelijkheid van haar producten"),
}
