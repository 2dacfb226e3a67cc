"""Demo data: the ~250 associations of the five older regulations, taken over by the legacy
import from the sample file the tests use, and applications in every state of the workflow (made
through the real services, erkenning/scenario.py). Run by `manage.py demo`; safe to run twice
(the import finds every row again; the applications are made once)."""

from django.conf import settings

from erkenning.services.importeren import erkenningen_importeren

VOORBEELD = settings.BASE_DIR / "tests" / "erkenning" / "erkenningen_voorbeeld.csv"

# Pieter De Smet (burger2@) is the contact person of a few associations that apply now, in
# every state; Amina El Idrissi (burger@) has a draft for her neighbourhood group.
AANVRAGEN = [
    ("ingediend", "gezondheid"),
    ("ingediend", "lgbtqia"),
    ("in_behandeling", "gezondheid"),
    ("erkend", "beperking"),
    ("geweigerd", "gezondheid"),
    ("geschorst", "gezondheid"),
    ("ingetrokken", "gezondheid"),
]


def laden(stdout) -> None:
    if not VOORBEELD.is_file():  # an image without the tests: no demo associations
        stdout.write(f"erkenning: {VOORBEELD} ontbreekt, geen demoverenigingen")
        return
    with VOORBEELD.open(encoding="utf-8") as regels:
        verslag = erkenningen_importeren(regels)
    stdout.write("erkenning: " + ", ".join(verslag.regels()[:4]))
    _in_de_gids()
    _aanvragen(stdout)
    _werkingssubsidies(stdout)
    _instappunt(stdout)


def _in_de_gids() -> None:
    """Four in five recognised associations chose to be in the directory, with a few words."""
    from erkenning.models import Vermelding
    from erkenning.workflow import GELDIG
    from gelijkekansen.core import publiek
    from gelijkekansen.core.models import Organisatie

    erkend = Organisatie.objects.filter(erkenningen__status__in=GELDIG, vermelding__isnull=True).distinct()
    Vermelding.objects.bulk_create(
        Vermelding(
            organisatie=organisatie,
            zichtbaar=organisatie.pk % 5 != 0,
            voorstelling=f"{organisatie.naam} brengt mensen samen in Gent. Iedereen is welkom.",
        )
        for organisatie in erkend
    )
    publiek.vernieuwen("gids")  # bulk_create sends no signal


def _aanvragen(stdout) -> None:
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from erkenning import scenario
    from erkenning.models import Erkenning
    from erkenning.services import aanvragen, behandeling
    from gelijkekansen.core.models import Lidmaatschap, Organisatie
    from gelijkekansen.core.models.organisaties import LidmaatschapRol

    mensen = get_user_model().objects.in_bulk(
        ["burger@example.org", "burger2@example.org", "erkenningen@example.org"], field_name="email"
    )
    if len(mensen) < 3 or Erkenning.objects.filter(aangevraagd_door__isnull=False).exists():
        return
    pieter, staf = mensen["burger2@example.org"], mensen["erkenningen@example.org"]
    verenigingen = Organisatie.objects.filter(erkenningen__oud_reglement="senioren").order_by("naam")[
        : len(AANVRAGEN)
    ]
    for (status, categorie), vereniging in zip(AANVRAGEN, verenigingen, strict=True):
        Lidmaatschap.objects.get_or_create(
            user=pieter,
            organisatie=vereniging,
            defaults={
                "rol": LidmaatschapRol.VERANTWOORDELIJKE,
                "bevestigd_op": timezone.now(),
                "bevestigd_door": staf,
            },
        )
        erkenning = aanvragen.erkenning_starten(organisatie=vereniging, categorie=categorie, door=pieter)
        scenario.concept_invullen(erkenning, door=pieter)
        scenario.naar_status(erkenning, status, behandelaar=staf)
        if status == "in_behandeling":
            behandeling.vraag_stellen(
                erkenning=erkenning,
                door=staf,
                tekst="Hoeveel activiteiten rond gezondheid organiseerden jullie vorig jaar?",
            )
    amina = mensen["burger@example.org"]
    buurtwerking = Organisatie.objects.filter(
        lidmaatschappen__user=amina, lidmaatschappen__rol=LidmaatschapRol.VERANTWOORDELIJKE
    ).first()
    if buurtwerking:
        concept = aanvragen.erkenning_starten(
            organisatie=buurtwerking, categorie="etnisch_culturele_minderheden", door=amina
        )
        aanvragen.erkenning_bewaren(
            erkenning=concept,
            door=amina,
            velden={"werking": "Huiswerkklas en een buurtrestaurant op vrijdag.", "ledenaantal": 35},
        )
    stdout.write(f"erkenning: {len(AANVRAGEN) + 1} aanvragen in elke stap")


def _werkingssubsidies(stdout) -> None:
    """Last grant year computed, scaled to its €1M envelope and approved (payment orders given);
    the next, with the envelope doubled to €2M (policy note §4.3), open: most reports in, some not.
    (Loaded on 1 December 2026 these are 2026 and 2027.)"""
    import random
    from datetime import date
    from decimal import Decimal

    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from erkenning.models import Jaarverslag, Subsidiejaar
    from erkenning.services import werking
    from erkenning.workflow import GELDIG
    from gelijkekansen.core.models import Organisatie

    if Subsidiejaar.objects.exists():
        return
    staf = get_user_model().objects.filter(email="erkenningen@example.org").first()
    rng = random.Random(2026)
    erkend = list(Organisatie.objects.filter(erkenningen__status__in=GELDIG).distinct().order_by("pk"))
    # Last year's reports came in before its 31 March; the demo replays them today, so that year is
    # open until today and gets its real deadline once approved.
    open_jaar = timezone.localdate().year + 1
    vorig = Subsidiejaar.objects.create(
        jaar=open_jaar - 1, envelop=Decimal("1000000"), deadline_jaarverslag=timezone.localdate()
    )
    nieuw = Subsidiejaar.objects.create(
        jaar=open_jaar, envelop=Decimal("2000000"), deadline_jaarverslag=date(open_jaar, 3, 31)
    )
    for jaar, aandeel in ((vorig, 1.0), (nieuw, 0.7)):
        for organisatie in erkend[: int(len(erkend) * aandeel)]:
            verslag = Jaarverslag.objects.create(subsidiejaar=jaar, organisatie=organisatie)
            activiteiten = rng.randint(4, 60)
            werking.jaarverslag_bewaren(
                verslag=verslag,
                door=staf,
                velden={
                    "activiteiten": "Wekelijkse ontmoetingen, een uitstap en een feest.",
                    "aantal_activiteiten": activiteiten,
                    "aantal_deelnemers": activiteiten * rng.randint(8, 40),
                    "inkomsten": Decimal(rng.randint(500, 9000)),
                    "uitgaven": Decimal(rng.randint(800, 12000)),
                },
            )
            werking.jaarverslag_indienen(verslag=verslag, door=staf)
    werking.werkingssubsidies_berekenen(subsidiejaar_id=vorig.pk)
    werking.subsidiejaar_goedkeuren(subsidiejaar=vorig, door=staf)
    Subsidiejaar.objects.filter(pk=vorig.pk).update(deadline_jaarverslag=date(vorig.jaar, 3, 31))
    vorig.refresh_from_db()
    stdout.write(
        f"erkenning: werkingssubsidies {vorig.jaar} berekend (schaal {vorig.schaal}) en goedgekeurd, {nieuw.jaar} open"
    )


# The services an instappunt question is routed to (policy note §5.3: finance, legal, logistics,
# infrastructure — the neighbourhood secretariats of Ontmoeten en Verbinden among them).
DIENSTEN = [
    ("Dienst Financiën – subsidieloket", "subsidieloket@stad.gent.example"),
    ("Juridische Dienst", "juridisch@stad.gent.example"),
    ("Uitleendienst Feestelijkheden", "uitleendienst@stad.gent.example"),
    ("Ontmoeten en Verbinden – buurtsecretariaten", "buurtsecretariaten@stad.gent.example"),
    ("IN-Gent – ondersteuningspunt verenigingen", "verenigingen@in-gent.example"),
]


def _instappunt(stdout) -> None:
    from django.contrib.auth import get_user_model

    from erkenning.models import Ondersteuningsvraag
    from erkenning.services import instappunt
    from gelijkekansen.core.models import Organisatie
    from gelijkekansen.core.models.organisaties import OrganisatieSoort, Rechtsvorm

    diensten = [
        Organisatie.objects.get_or_create(
            naam=naam,
            defaults={
                "soort": OrganisatieSoort.STADSDIENST,
                "rechtsvorm": Rechtsvorm.OVERHEID,
                "email": email,
            },
        )[0]
        for naam, email in DIENSTEN
    ]
    mensen = get_user_model().objects.in_bulk(
        ["burger2@example.org", "erkenningen@example.org"], field_name="email"
    )
    if len(mensen) < 2 or Ondersteuningsvraag.objects.exists():
        return
    pieter, staf = mensen["burger2@example.org"], mensen["erkenningen@example.org"]
    verenigingen = list(Organisatie.objects.filter(lidmaatschappen__user=pieter).order_by("naam")[:3])
    vragen = [
        ("infrastructuur", "We zoeken een zaal voor 60 mensen op zaterdag, in Ledeberg of Gentbrugge."),
        ("logistiek", "Kunnen we 40 stoelen en een geluidsinstallatie lenen voor ons buurtfeest?"),
        ("juridisch", "Moeten we een vzw worden als we een subsidie krijgen? Wat verandert er dan?"),
    ]
    for vereniging, (onderwerp, tekst) in zip(verenigingen, vragen, strict=False):
        vraag = instappunt.vraag_stellen(
            organisatie=vereniging, door=pieter, onderwerp=onderwerp, vraag=tekst
        )
        if onderwerp == "logistiek":
            instappunt.doorsturen(vraag=vraag, door=staf, dienst=diensten[2])
        if onderwerp == "juridisch":
            instappunt.doorsturen(vraag=vraag, door=staf, dienst=diensten[1])
            instappunt.beantwoorden(
                vraag=vraag,
                door=staf,
                antwoord="Nee, dat hoeft niet: een feitelijke vereniging kan ook een subsidie krijgen. Met twee "
                "verantwoordelijken tekenen jullie samen. Een vzw beschermt wel jullie eigen geld; de Juridische "
                "Dienst helpt jullie graag op een zitdag.",
            )
    stdout.write("erkenning: 5 stadsdiensten en 3 vragen aan het instappunt")
