"""The words of the Meldpunt discriminatie (policy note §2.1, §2.3): what happened, where, who
reports, what the person wants, and where a report may go with consent."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Soort(models.TextChoices):
    DISCRIMINATIE = "discriminatie", _("Discriminatie")
    HAATMISDRIJF = "haatmisdrijf", _("Haatmisdrijf (geweld, bedreiging of vernieling uit haat)")
    HAATSPRAAK_ONLINE = "haatspraak_online", _("Haatspraak online")
    SEKSUELE_INTIMIDATIE = "seksuele_intimidatie", _("Seksuele intimidatie")
    ETHNIC_PROFILING = "ethnic_profiling", _("Ethnic profiling (controle door je afkomst of uiterlijk)")
    ANDERE = "andere", _("Iets anders")


class Levensdomein(models.TextChoices):
    WERK = "werk", _("Werk en sollicitaties")
    GOEDEREN_DIENSTEN = "goederen_diensten", _("Winkels, diensten en horeca")
    HUISVESTING = "huisvesting", _("Huren of kopen van een woning")
    ONDERWIJS = "onderwijs", _("School en opleiding")
    WELZIJN = "welzijn", _("Welzijn en gezondheidszorg")
    OPENBAAR_VERVOER = "openbaar_vervoer", _("Openbaar vervoer (De Lijn)")
    MEDIA_ONLINE = "media_online", _("Media, internet en sociale media")
    POLITIE_JUSTITIE = "politie_justitie", _("Politie en justitie")
    UITGAANSLEVEN = "uitgaansleven", _("Uitgaan en nachtleven")
    SAMENLEVING = "samenleving", _("Op straat of in de buurt")
    ANDERE = "andere", _("Ergens anders")


class Rol(models.TextChoices):
    SLACHTOFFER = "slachtoffer", _("Het overkwam mij")
    GETUIGE = "getuige", _("Ik zag of hoorde het")
    ORGANISATIE = "organisatie", _("Ik meld voor iemand anders, vanuit een organisatie")


class Wens(models.TextChoices):
    REGISTREREN = "registreren", _("Alleen laten weten dat dit gebeurd is")
    HULP = "hulp", _("Hulp en nazorg krijgen")
    DOORVERWIJZEN = "doorverwijzen", _("Dat het Meldpunt mijn melding doorgeeft aan wie er iets aan kan doen")


class Kanaal(models.TextChoices):
    WEB = "web", _("Website")
    SMS = "sms", _("Sms (8989)")
    TELEFOON = "telefoon", _("Telefoon")
    LOKET = "loket", _("Aan het loket")
    PARTNER = "partner", _("Via een partnerorganisatie")


class MeldingStatus(models.TextChoices):
    NIEUW = "nieuw", _("Nieuw")
    IN_BEHANDELING = "in_behandeling", _("In behandeling")
    DOORVERWEZEN = "doorverwezen", _("Doorverwezen")
    OPGEVOLGD = "opgevolgd", _("Opgevolgd")
    AFGESLOTEN = "afgesloten", _("Afgesloten")
    HEROPEND = "heropend", _("Heropend")


class Instantie(models.TextChoices):
    """Where a report may be referred to (with the reporter's consent for each one)."""

    UNIA = "unia", _("Unia")
    VMRI = "vmri", _("Vlaams Mensenrechteninstituut")
    IGVM = "igvm", _("Instituut voor de gelijkheid van vrouwen en mannen")
    POLITIE = "politie", _("Politie")
    MELDPUNT_HOLEBI = "meldpunt_holebi", _("Meldpunt homo- en transfobie")


class Uitkomst(models.TextChoices):
    LOPEND = "lopend", _("Nog bezig")
    BEHANDELD = "behandeld", _("Behandeld door de instantie")
    NIET_BEVOEGD = "niet_bevoegd", _("Instantie niet bevoegd")
    GEEN_GEVOLG = "geen_gevolg", _("Geen gevolg")


class StapStatus(models.TextChoices):
    GEPLAND = "gepland", _("Gepland")
    GEDAAN = "gedaan", _("Gedaan")
    GESCHRAPT = "geschrapt", _("Niet doorgegaan")


ONBEKENDE_GROND = "weet_ik_niet"  # a ground the reporter may choose besides the 19 criteria
# The ground that always concerns LGBTQIA+ people. "Geslacht" also covers gender identity and
# expression, but as well pregnancy and motherhood: the router cannot tell, staff add the Meldpunt
# homo- en transfobie themselves for a trans person.
LGBTQIA_GRONDEN = frozenset({"seksuele_orientatie"})

# The 19 protected criteria (gelijkekansen/core/data/beschermde_criteria.csv) and "weet ik niet",
# in the reader's language; the Grond rows keep the code, the law and the competent body.
GROND_NAMEN = {
    "nationaliteit": _("Nationaliteit"),
    "zogenaamd_ras": _("Zogenaamd ras"),
    "huidskleur": _("Huidskleur"),
    "afkomst": _("Afkomst"),
    "nationale_of_etnische_afstamming": _("Nationale of etnische afstamming"),
    "leeftijd": _("Leeftijd"),
    "seksuele_orientatie": _("Seksuele oriëntatie"),
    "burgerlijke_staat": _("Burgerlijke staat"),
    "geboorte": _("Geboorte"),
    "vermogen": _("Vermogen (hoeveel geld of bezit je hebt)"),
    "geloof_of_levensbeschouwing": _("Geloof of levensbeschouwing"),
    "politieke_overtuiging": _("Politieke overtuiging"),
    "syndicale_overtuiging": _("Lid van een vakbond"),
    "taal": _("Taal"),
    "gezondheidstoestand": _("Gezondheid, nu of later"),
    "handicap": _("Handicap"),
    "fysieke_of_genetische_eigenschap": _("Uiterlijk of erfelijke eigenschap"),
    "sociale_afkomst": _("Sociale afkomst of positie"),
    "geslacht": _("Geslacht, zwangerschap, genderidentiteit of genderexpressie"),
    ONBEKENDE_GROND: _("Ik weet het niet"),
}
PUBLIEK = "meldingen-cijfers"  # the public figures fragment (core.publiek)

# What the status means for the reporter, in plain words (follow-up page).
STATUS_UITLEG = {
    MeldingStatus.NIEUW: _("We kregen je melding. Een medewerker leest ze binnenkort."),
    MeldingStatus.IN_BEHANDELING: _("Een medewerker van het Meldpunt werkt aan je melding."),
    MeldingStatus.DOORVERWEZEN: _("We gaven je melding door, zoals je toeliet. Hieronder staat aan wie."),
    MeldingStatus.OPGEVOLGD: _(
        "We deden wat we konden met je melding. Je kunt ons nog altijd een bericht sturen."
    ),
    MeldingStatus.AFGESLOTEN: _(
        "Je melding is afgesloten. Ze telt mee in de cijfers. Gebeurde er iets nieuws? Doe een nieuwe melding."
    ),
    MeldingStatus.HEROPEND: _("We bekijken je melding opnieuw."),
}
