"""Demo data: a Samen Aan Zet call with 40 applications across wijken and every state, a jury,
payments and monitoring answers. Run by `manage.py demo`; safe to run twice."""

import random
from datetime import date, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from gelijkekansen.core.betalingen import diensten
from gelijkekansen.core.models import Doelgroep, Wijk
from subsidies.constants import AanvragerSoort, BegrotingSoort, Doel, Reikwijdte
from subsidies.models import Aanvraag, Begrotingslijn, Criterium, Oproep, Reglement
from subsidies.scenario import naar_status
from subsidies.services import aanvragen, betalingen, jury

OPROEP_TITEL = "Samen Aan Zet 2026-2027"
TITELS = [
    "Buurtfeest Brugse Poort",
    "Soep op het plein",
    "Taalcafé voor nieuwkomers",
    "Samen koken in Rabot",
    "Petanque voor senioren",
    "Regenboogwandeling",
    "Huiswerkklas in de Muide",
    "Buurtmoestuin Ledeberg",
    "Voorleesuurtjes in de bib",
    "Fietsles voor vrouwen",
    "Sportdag Nieuw Gent",
    "Repair café Dampoort",
    "Dansnamiddag Sint-Amandsberg",
    "Filmavond op het Sint-Pietersplein",
    "Kunstatelier voor jongeren",
    "Ontmoetingsontbijt Wondelgem",
    "Buurtgidsen Macharius",
    "Zomerspelen Bloemekenswijk",
    "Verhalenavond Oostakker",
    "Schaakclub in het LDC",
    "Muziek zonder grenzen",
    "Toegankelijke stadswandeling",
    "Digitaal café senioren",
    "Buurtpicknick Gentbrugge",
    "Wijkkrant Zwijnaarde",
    "Vrouwenpraatgroep",
    "Jongerenpodium stedelijk",
    "Kookboek van de wereld",
    "Theater in de wijk",
    "Breicafé Mariakerke",
    "Voetbaltornooi voor iedereen",
    "Samen naar zee",
    "Feest van de buren Drongen",
    "Cultuurbus stedelijk",
    "Tuinieren met statushouders",
    "Klusjesdienst in de buurt",
    "Pride-ontbijt",
    "Praatcafé Nederlands",
    "Speelstraat Ekkergem",
    "Wijkfeest Afsnee",
]
# (status, how many) — together 40
VERDELING = [
    ("concept", 5),
    ("ingediend", 6),
    ("aanvulling_gevraagd", 3),
    ("ontvankelijk", 2),
    ("onontvankelijk", 2),
    ("jury", 8),
    ("goedgekeurd", 4),
    ("afgewezen", 3),
    ("voorschot_betaald", 4),
    ("verantwoording_ingediend", 1),
    ("afgerekend", 1),
    ("afgesloten", 1),
]


def laden(stdout) -> None:
    if Oproep.objects.filter(titel=OPROEP_TITEL).exists():
        return
    rng = random.Random(2026)
    reglement = _reglementen()
    oproep = _oproep(reglement)
    staf = get_user_model().objects.get(email="behandelaar@example.org")
    burgers = [get_user_model().objects.get(email=e) for e in ("burger@example.org", "burger2@example.org")]
    statussen = [s for s, n in VERDELING for _ in range(n)]
    opdrachten = []
    for i, (titel, status) in enumerate(zip(TITELS, statussen, strict=True)):
        aanvrager = burgers[i % 2] if i < 4 else _aanvrager(i)
        aanvraag = _aanvraag(oproep, aanvrager, titel, rng)
        naar_status(aanvraag, status, behandelaar=staf, bij_jury=lambda a: _jury(a, rng))
        if status == "goedgekeurd" and len(opdrachten) < 2:
            # Granted, advance ordered but not paid yet: the file stays "goedgekeurd".
            opdrachten.append(betalingen.voorschot_betalen(aanvraag=aanvraag, door=staf))
        _gesprek(aanvraag, staf, rng)
        if status != "concept" and rng.random() < 0.7:
            _monitoring(aanvraag, rng)
    # One of them already in a SEPA file that waits for the bank's statement (werkbak).
    diensten.betaalbatch_maken(
        door=staf, uitvoeringsdatum=timezone.localdate() + timedelta(days=1), alleen=[opdrachten[0].pk]
    )
    stdout.write(f"  subsidies: {OPROEP_TITEL} met {len(TITELS)} aanvragen")
    _noodfonds(stdout, rng)


def _noodfonds(stdout, rng: random.Random) -> None:
    """The corona emergency fund of 2020 (policy note §4.4): a flat €1,000 for the recognised
    associations, five medium partners, two in three accepted (one in five with private rent) and
    paid in one SEPA file; Pieter De Smet's associations still have to accept theirs."""
    from subsidies.models import Noodfondsronde
    from subsidies.services import noodfonds

    staf = get_user_model().objects.get(email="behandelaar@example.org")
    erkend = list(noodfonds.in_aanmerking().order_by("naam"))
    if Noodfondsronde.objects.exists() or not erkend:
        return
    ronde = Noodfondsronde.objects.create(titel="Noodfonds corona sociaal-cultureel middenveld 2020")
    middelgroot = {o.pk: Decimal(rng.choice([2500, 3500, 5000])) for o in rng.sample(erkend, 5)}
    noodfonds.toekennen(ronde=ronde, door=staf, organisaties=erkend, middelgroot=middelgroot)
    pieter = get_user_model().objects.get(email="burger2@example.org")
    for steun in ronde.steunen.select_related("organisatie").exclude(
        organisatie__lidmaatschappen__user=pieter
    ):
        if steun.organisatie.iban and rng.random() < 0.66:
            door = _eerste_verantwoordelijke(steun.organisatie, staf)
            noodfonds.aanvaarden(steun=steun, door=door, huur=rng.random() < 0.2)
    noodfonds.uitbetalen(ronde=ronde, door=staf, uitvoeringsdatum=timezone.localdate() + timedelta(days=1))
    stdout.write(f"  subsidies: noodfonds corona aan {len(erkend)} erkende verenigingen")


def _eerste_verantwoordelijke(organisatie, staf):
    """Its confirmed responsible; an imported association has none on the portal yet, so its
    contact person gets an account (without a password: nobody logs in with it)."""
    from gelijkekansen.core.models import Lidmaatschap
    from gelijkekansen.core.models.organisaties import LidmaatschapRol

    bestaand = organisatie.lidmaatschappen.filter(
        rol=LidmaatschapRol.VERANTWOORDELIJKE, bevestigd_op__isnull=False
    ).first()
    if bestaand:
        return bestaand.user
    persoon, _ = get_user_model().objects.get_or_create(
        email=f"contact-{organisatie.pk}@vereniging.example", defaults={"naam": f"Contact {organisatie.naam}"}
    )
    Lidmaatschap.objects.get_or_create(
        user=persoon,
        organisatie=organisatie,
        defaults={
            "rol": LidmaatschapRol.VERANTWOORDELIJKE,
            "bevestigd_op": timezone.now(),
            "bevestigd_door": staf,
        },
    )
    return persoon


def _reglementen() -> Reglement:
    Reglement.objects.update_or_create(
        code="noodfonds-corona",
        defaults={
            "naam": "Noodfonds corona sociaal-cultureel middenveld",
            "max_bedrag": Decimal("1000"),
            "voorschot_pct": 100,
            "samenvatting": "Een forfaitaire tegemoetkoming voor erkende verenigingen die door corona inkomsten verloren.",
            "actief": False,
        },
    )
    Reglement.objects.update_or_create(
        code="sociaal-innovatiefonds",
        defaults={
            "naam": "Sociaal Innovatiefonds",
            "max_bedrag": Decimal("100000"),
            "voorschot_pct": 60,
            "samenvatting": "Om de 2 jaar € 824.000 voor vernieuwende antwoorden op maatschappelijke uitdagingen.",
        },
    )
    reglement, _ = Reglement.objects.update_or_create(
        code="samen-aan-zet",
        defaults={
            "naam": "Samen Aan Zet",
            "rechtsgrond": "Subsidiereglement Samen Aan Zet (van kracht sinds 1 februari 2020)",
            "max_bedrag": Decimal("5000"),
            "voorschot_pct": 80,
            "samenvatting": "Geld voor initiatieven die ontmoeten, samenleven en emancipatie bevorderen, in een wijk of in heel Gent.",
        },
    )
    return reglement


def _oproep(reglement: Reglement) -> Oproep:
    oproep = Oproep.objects.create(
        reglement=reglement,
        titel=OPROEP_TITEL,
        open_vanaf=timezone.now() - timedelta(days=120),
        deadline=timezone.now() + timedelta(days=60),
        budget_wijkgericht=Decimal("60000"),
        budget_stedelijk=Decimal("30000"),
        jury_deadline=date.today() + timedelta(days=20),
    )
    for i, (naam, uitleg) in enumerate(
        [
            ("Brengt mensen samen", "Ontmoeten mensen elkaar die dat anders niet doen?"),
            ("Bereikt kwetsbare groepen", "Doen mensen mee die vaak uit de boot vallen?"),
            ("Haalbaar en goed begroot", "Kan het initiatief doorgaan met dit budget?"),
        ]
    ):
        Criterium.objects.create(oproep=oproep, naam=naam, uitleg=uitleg, max_score=5, volgorde=i)
    oproep.juryleden.add(
        *[_jurylid(e) for e in ("jury@example.org", "jurylid2@example.org", "jurylid3@example.org")]
    )
    return oproep


def _jurylid(email: str):
    user = get_user_model().objects.filter(email=email).first()
    if user is None:  # extra jury members for a realistic panel; the demo password is set by the command
        from django.conf import settings

        user = get_user_model().objects.create_user(
            email=email, password=settings.DEMO_PASSWORD, naam=email.split("@")[0].title()
        )
        user.groups.add(Group.objects.get(name="jury"))
    return user


def _aanvrager(i: int):
    user, _ = get_user_model().objects.get_or_create(
        email=f"aanvrager{i:02d}@example.org", defaults={"naam": f"Aanvrager {i:02d}"}
    )
    return user


def _aanvraag(oproep: Oproep, aanvrager, titel: str, rng: random.Random) -> Aanvraag:
    stedelijk = "stedelijk" in titel.lower() or rng.random() < 0.25
    kost = Decimal(rng.randrange(400, 4800, 50))
    aanvraag = Aanvraag.objects.create(
        oproep=oproep,
        aanvrager=aanvrager,
        aanvrager_soort=rng.choice(
            [AanvragerSoort.BURGER, AanvragerSoort.FEITELIJKE_VERENIGING, AanvragerSoort.VZW]
        ),
        tweede_verantwoordelijke="Jan Peeters (jan.peeters@example.org)",
        titel=titel,
        samenvatting=f"{titel}: een initiatief waar Gentenaars elkaar ontmoeten.",
        doelen=rng.sample(list(Doel.values), rng.randint(1, 2)),
        reikwijdte=Reikwijdte.STEDELIJK if stedelijk else Reikwijdte.WIJK,
        plaats="Gent",
        startdatum=date.today() + timedelta(days=rng.randint(-60, 90)),
        verwachte_deelnemers=rng.randint(15, 300),
        gevraagd_bedrag=kost - Decimal(100),
        iban="BE71096123456769",
        rekeninghouder=aanvrager.naam or "Aanvrager",
    )
    aanvraag.einddatum = aanvraag.startdatum
    aanvraag.save()
    aanvraag.doelgroepen.set(rng.sample(list(Doelgroep.objects.all()), 2))
    if not stedelijk:
        aanvraag.wijken.set([rng.choice(list(Wijk.objects.all()))])
    Begrotingslijn.objects.create(
        aanvraag=aanvraag, soort=BegrotingSoort.KOST, omschrijving="Materiaal en huur", bedrag=kost
    )
    Begrotingslijn.objects.create(
        aanvraag=aanvraag, soort=BegrotingSoort.INKOMST, omschrijving="Eigen bijdrage", bedrag=Decimal(100)
    )
    return aanvraag


def _jury(aanvraag: Aanvraag, rng: random.Random) -> None:
    """The demo's jurors score (jury@ keeps work to do)."""
    for jurylid in aanvraag.oproep.juryleden.exclude(email="jury@example.org"):  # jury@ still has work to do
        beoordeling = jury.belangenconflict_verklaren(
            aanvraag=aanvraag, jurylid=jurylid, conflict=rng.random() < 0.1
        )
        if not beoordeling.belangenconflict:
            punten = {c.pk: rng.randint(2, 5) for c in aanvraag.oproep.criteria.all()}
            # A motivation per criterion (required for a low score); no draw: the rest stays the same.
            toelichtingen = {pk: DEMO_TOELICHTING[min(p, 4)] for pk, p in punten.items()}
            jury.beoordeling_indienen(
                beoordeling=beoordeling,
                punten=punten,
                toelichtingen=toelichtingen,
                advies=rng.choice(["ja", "ja", "misschien", "nee"]),
                motivering="Goed uitgewerkt voorstel.",
            )


DEMO_TOELICHTING = {
    2: "Zwak punt: het plan zegt niet hoe de doelgroep bereikt wordt.",
    3: "In orde, maar weinig concreet.",
    4: "Sterk uitgewerkt.",
}


def _monitoring(aanvraag: Aanvraag, rng: random.Random) -> None:
    aanvragen.monitoring_invullen(
        aanvraag=aanvraag,
        antwoorden={
            "eerste_aanvraag": rng.random() < 0.6,
            "hoe_gehoord": rng.choice(["vereniging", "stad", "buurtwerk", "vrienden"]),
            "begeleid": rng.random() < 0.4,
        },
        bereikte_groepen=rng.sample(list(Doelgroep.objects.all()), 2),
    )


def _gesprek(aanvraag: Aanvraag, staf, rng: random.Random) -> None:
    """A quote as attachment, and for some files a conversation: a question answered, messages
    both ways and an internal note the applicant never sees (core.berichten, core.bijlagen)."""
    from django.core.files.base import ContentFile

    from gelijkekansen.core import berichten
    from gelijkekansen.core.uploads import valideer_upload
    from subsidies.constants import AanvraagStatus as S
    from subsidies.services import behandeling

    offerte = valideer_upload(
        ContentFile(f"Offerte {aanvraag.titel}: huur en materiaal.\n".encode(), name="offerte.txt")
    )
    aanvragen.bijlage_toevoegen(aanvraag=aanvraag, bestand=offerte, door=aanvraag.aanvrager)
    if aanvraag.status == S.CONCEPT or rng.random() < 0.5:
        return
    if aanvraag.status == S.INGEDIEND:  # completed once already: the answer is in the thread
        behandeling.aanvulling_vragen(aanvraag=aanvraag, door=staf, vraag="Wie helpt er mee op de dag zelf?")
        aanvragen.aanvulling_beantwoorden(
            aanvraag=aanvraag, door=aanvraag.aanvrager, antwoord="Drie buren en de jeugdbeweging helpen mee."
        )
    berichten.bericht_sturen(
        dossier=aanvraag,
        door=aanvraag.aanvrager,
        tekst="Mogen we de tenten al in de week voor het feest ophalen?",
    )
    berichten.bericht_sturen(
        dossier=aanvraag, door=staf, tekst="Ja, dat kan. Laat het de uitleendienst een week vooraf weten."
    )
    behandeling.notitie_schrijven(
        aanvraag=aanvraag, door=staf, tekst="Vorig jaar ook een aanvraag; toen vlot verantwoord."
    )
