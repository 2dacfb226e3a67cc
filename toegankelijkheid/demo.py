"""Demo data: the Actieplan Toegankelijkheid 2020-2021 with about twenty actions from the policy
note (§3.2), updates approved by the team, a published evaluation, the 2022-2023 plan with the
carried-over actions, and two answered advices of the SAPH. Made through the real services; run
once (a second run finds the plans and stops)."""

from datetime import date

from django.contrib.auth import get_user_model
from django.utils import timezone

from gelijkekansen.core.models import Lidmaatschap, Organisatie
from gelijkekansen.core.models.organisaties import LidmaatschapRol, OrganisatieSoort, Rechtsvorm
from toegankelijkheid import scenario
from toegankelijkheid.models import Actie, Actieplan, Resultaatsgebied
from toegankelijkheid.services import adviezen, evaluaties, plannen, voortgang

DIENSTEN = {
    "facility": "Facility Management",
    "welzijn": "Dienst Welzijn en Gelijke Kansen",
    "economie": "Dienst Economie",
    "cultuur": "Dienst Cultuur",
    "wegen": "Dienst Wegen, Bruggen en Waterlopen",
    "wonen": "Dienst Wonen",
    "mobiliteit": "Mobiliteitsbedrijf",
    "communicatie": "Dienst Communicatie",
    "publiekszaken": "Dienst Publiekszaken",
    "groen": "Groendienst",
}
ADVIESRADEN = [
    "SAPH (Stedelijke Adviesraad voor Personen met een Handicap)",
    "Stedelijke Seniorenraad",
    "AdRem (adviesraad etnisch-culturele diversiteit)",
    "Klankbordgroep ervaringsdeskundigen toegankelijkheid",
]

# (result area, service, title, what, final status, progress in 2021)
ACTIES = [
    (
        1,
        "facility",
        "Bestektekst toegankelijkheid",
        "Een standaardtekst voor bestekken, zodat elk nieuwbouw- en renovatiedossier van de stad de eisen voor toegankelijkheid bevat.",
        "gerealiseerd",
        100,
    ),
    (
        1,
        "facility",
        "Stadsgebouwen screenen",
        "We screenen de stadsgebouwen met publiek op toegankelijkheid en zetten de resultaten als open data online.",
        "lopend",
        60,
    ),
    (
        2,
        "economie",
        "Toegankelijke winkels en horeca",
        "Handelaars en horeca krijgen advies en een premie om hun zaak toegankelijk te maken.",
        "lopend",
        40,
    ),
    (
        3,
        "cultuur",
        "Toegankelijke evenementen",
        "Een checklist en advies voor organisatoren van evenementen zoals de Gentse Feesten.",
        "gerealiseerd",
        100,
    ),
    (
        3,
        "cultuur",
        "Toegankelijke toeristische wandelroute",
        "Met Toerisme Vlaanderen en Inter werken we een wandelroute uit die iedereen kan volgen.",
        "lopend",
        70,
    ),
    (
        4,
        "wegen",
        "Comfortabele voetpaden",
        "Nieuwe en vernieuwde voetpaden zijn breed en vlak genoeg voor een rolstoel of rollator.",
        "lopend",
        50,
    ),
    (
        4,
        "groen",
        "Toegankelijke speelinfrastructuur",
        "Meer speeltoestellen in de speelzones die kinderen met een beperking ook kunnen gebruiken.",
        "lopend",
        30,
    ),
    (
        4,
        "groen",
        "Rustbanken langs wandelwegen",
        "Om de 200 meter een bank met leuning op de belangrijke wandelwegen.",
        "uitgesteld",
        10,
    ),
    (
        5,
        "wonen",
        "GOLLD bekendmaken",
        "We promoten GOLLD (levensloopbestendig ontwerpen) bij bouwheren en architecten.",
        "lopend",
        45,
    ),
    (
        6,
        "facility",
        "Standaard voor genderinclusief sanitair",
        "Standaarden voor toegankelijk, genderinclusief en gezinsvriendelijk publiek sanitair.",
        "gerealiseerd",
        100,
    ),
    (
        6,
        "facility",
        "Meer rolstoeltoegankelijke openbare toiletten",
        "Nieuwe openbare toiletten in de binnenstad volgen de nieuwe standaard.",
        "gepland",
        0,
    ),
    (
        7,
        "mobiliteit",
        "Toegankelijke haltes",
        "Samen met De Lijn maken we de drukste haltes toegankelijk.",
        "lopend",
        35,
    ),
    (
        8,
        "facility",
        "Toegankelijkheidsdata als open data",
        "De gegevens over toegankelijkheid van gebouwen en routes zijn open data.",
        "lopend",
        55,
    ),
    (
        9,
        "welzijn",
        "Digitale communicatiewaaier",
        "Een digitale waaier die medewerkers toegang geeft tot instrumenten om taaldrempels te overbruggen.",
        "gerealiseerd",
        100,
    ),
    (
        9,
        "welzijn",
        "Beeldwoordenboek",
        "Een beeldwoordenboek maakt de communicatie aan het loket makkelijker.",
        "gerealiseerd",
        100,
    ),
    (
        9,
        "welzijn",
        "Videotolken",
        "Dienstverleners gebruiken vaker videotolken voor Vlaamse Gebarentaal en anderstaligen.",
        "lopend",
        65,
    ),
    (
        9,
        "communicatie",
        "Genderinclusieve communicatie",
        "Een genderinclusieve communicatie en registratie binnen de stad.",
        "geschrapt",
        20,
    ),
    (
        10,
        "welzijn",
        "Begeleidingen gelijkekansenmethodiek",
        "Minstens 2 begeleidingen per jaar, elk met een actieplan van de dienst.",
        "lopend",
        50,
    ),
    (
        11,
        "publiekszaken",
        "Proceswandelingen met ervaringsdeskundigen",
        "Met de customer journey screenen we stadsproducten in het Stadskantoor en de wijkkantoren.",
        "lopend",
        40,
    ),
    (
        11,
        "welzijn",
        "Redelijke aanpassingen standaard vermelden",
        "Elke communicatie over activiteiten vermeldt hoe je een redelijke aanpassing vraagt, zoals een tolk Vlaamse Gebarentaal.",
        "gepland",
        0,
    ),
]


def laden(stdout) -> None:
    if Actieplan.objects.exists():
        return
    mensen = get_user_model().objects.in_bulk(
        ["toegankelijkheid@example.org", "dienst@example.org", "adviesraad@example.org"], field_name="email"
    )
    if len(mensen) < 3:
        return
    team, dienst_lid, raadslid = (
        mensen[e] for e in ["toegankelijkheid@example.org", "dienst@example.org", "adviesraad@example.org"]
    )
    diensten = {code: _organisatie(naam, OrganisatieSoort.STADSDIENST) for code, naam in DIENSTEN.items()}
    raden = [_organisatie(naam, OrganisatieSoort.ADVIESRAAD) for naam in ADVIESRADEN]
    _lid(dienst_lid, diensten["facility"], team)
    _lid(raadslid, raden[0], team)
    eerste = _eerste_plan(diensten, team, dienst_lid)
    tweede = _tweede_plan(eerste, team)
    _adviezen(eerste, raden[0], raadslid, team)
    stdout.write(
        f"toegankelijkheid: 2 actieplannen ({eerste.acties.count()} + {tweede.acties.count()} acties), een evaluatie en 2 adviezen"
    )


def _organisatie(naam: str, soort: str) -> Organisatie:
    return Organisatie.objects.get_or_create(
        naam=naam, defaults={"soort": soort, "rechtsvorm": Rechtsvorm.OVERHEID}
    )[0]


def _lid(user, organisatie, bevestiger) -> None:
    Lidmaatschap.objects.update_or_create(
        user=user,
        organisatie=organisatie,
        defaults={"rol": LidmaatschapRol.LID, "bevestigd_op": timezone.now(), "bevestigd_door": bevestiger},
    )


def _eerste_plan(diensten, team, dienst_lid) -> Actieplan:
    plan = Actieplan.objects.create(
        slug="2020-2021",
        titel="Actieplan Toegankelijkheid 2020-2021",
        begin=date(2020, 1, 1),
        einde=date(2021, 12, 31),
        inleiding="Het eerste van drie actieplannen bij het Charter «Werken aan een toegankelijk Gent, nog voor de eerste stap».",
        samenvatting=(
            "De stad wil dat iedereen overal binnen kan, alles kan lezen en goed geholpen wordt.\n\n"
            "In dit plan staan 20 acties. Ze gaan over gebouwen en straten, over taal en over de loketten van de stad."
        ),
    )
    gebieden = {g.nummer: g for g in Resultaatsgebied.objects.all()}
    for nummer, (gebied, dienst, titel, wat, _s, _p) in enumerate(ACTIES, 1):
        Actie.objects.create(
            actieplan=plan,
            nummer=nummer,
            resultaatsgebied=gebieden[gebied],
            trekker=diensten[dienst],
            titel=titel,
            wat=wat,
            begin=plan.begin,
            einde=plan.einde,
            indicator="Aantal gerealiseerde onderdelen",
            streefwaarde="Alle onderdelen",
        )
    plannen.plan_publiceren(plan=plan, door=team)
    for actie, (_g, _d, _t, _w, status, pct) in zip(plan.acties.order_by("nummer"), ACTIES, strict=True):
        _updates(actie, status, pct, team)
    evaluatie = evaluaties.evaluatie_maken(plan=plan, jaar=2021, door=team)
    scenario.naar_status(
        evaluatie,
        "gepubliceerd",
        door=team,
        conclusies="Veel acties liepen vertraging op door corona. De acties rond taal zijn bijna allemaal klaar. De niet afgewerkte acties gaan mee naar het volgende plan.",
    )
    return plan


def _updates(actie: Actie, status: str, pct: int, team) -> None:
    """A first step in 2020 and the state of the end of 2021, approved by the team."""
    if status in ("gepland",):
        return
    stappen = (
        [(date(2020, 9, 15), "lopend", max(5, pct // 2))] if status in ("lopend", "gerealiseerd") else []
    )
    stappen.append((date(2021, 11, 30), status, pct))
    for datum, stap_status, stap_pct in stappen:
        update = voortgang.update_indienen(
            actie=actie,
            door=team,
            datum=datum,
            actie_status=stap_status,
            voortgang=stap_pct,
            tekst=f"Stand van zaken: {stap_pct}% klaar."
            if stap_status != "geschrapt"
            else "Geschrapt: dit nemen we op in het HR-beleid.",
        )
        scenario.naar_status(update, "goedgekeurd", door=team)


def _tweede_plan(eerste: Actieplan, team) -> Actieplan:
    tweede = Actieplan.objects.create(
        slug="2022-2023",
        titel="Actieplan Toegankelijkheid 2022-2023",
        begin=date(2022, 1, 1),
        einde=date(2023, 12, 31),
        samenvatting="Het tweede plan gaat verder met wat nog niet klaar was. De adviesraden gaven er advies over.",
    )
    plannen.acties_overnemen(van=eerste, naar=tweede, door=team)
    plannen.plan_publiceren(plan=tweede, door=team)
    plannen.plan_afsluiten(plan=eerste, door=team)
    return tweede


def _adviezen(plan: Actieplan, raad, raadslid, team) -> None:
    actie = plan.acties.get(nummer=8)
    for titel, over_actie, punten in [
        (
            "Advies over het actieplan 2020-2021",
            None,
            [
                "Betrek ervaringsdeskundigen bij elke screening.",
                "Maak de samenvatting ook in Vlaamse Gebarentaal.",
            ],
        ),
        (
            "Advies over de rustbanken",
            actie,
            ["Plaats de banken ook in de wijken, niet alleen in de binnenstad."],
        ),
    ]:
        advies = adviezen.advies_bewaren(
            advies=None,
            door=raadslid,
            velden={
                "adviesraad": raad,
                "actieplan": plan,
                "actie": over_actie,
                "evaluatie": None,
                "titel": titel,
                "inleiding": "",
            },
            punten=punten,
        )
        scenario.naar_status(advies, "beantwoord", door=team, lid=raadslid)
