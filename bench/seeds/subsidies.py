"""Seeds Samen Aan Zet at the issue's volume: one call with 10,000 applications in every state.

Bench data, not a workflow replay: every field is set directly and inserted with ``bulk_create``,
but consistently (submitted files have ``ingediend_op``, granted ones ``toegekend_bedrag`` and a
decision date, paid ones a payment with a valid Belgian OGM). Applicants are core's citizens and
the responsible persons of core's organisations; the bench citizen owns five files, one of each
stage, so /mijn/ and the detail page look like a real applicant's.
"""

import random
import uuid
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import pairwise

from bench.seeds.core import BURGER

BEHANDELAAR = "bench-behandelaar@example.org"
JURY = [f"bench-jury{i}@example.org" for i in range(1, 6)]
PERSONAS = {"behandelaar": BEHANDELAAR}

STANDAARD: dict[str, int] = {"aanvragen": 10_000}

VERSIE = 1  # bump when the rows below change, so existing bench databases are seeded again

BATCH = 2_000
MONITORING_DEEL = 0.35  # share of submitted files whose applicant answered the questionnaire
JURYLEDEN_PER_AANVRAAG = 3

# (status, weight in %): a call well under way, with every state of subsidies/workflow.py.
VERDELING = [
    ("concept", 15),
    ("ingediend", 12),
    ("aanvulling_gevraagd", 5),
    ("ontvankelijk", 6),
    ("onontvankelijk", 4),
    ("jury", 12),
    ("goedgekeurd", 8),
    ("afgewezen", 10),
    ("voorschot_betaald", 12),
    ("verantwoording_ingediend", 5),
    ("afgerekend", 3),
    ("afgesloten", 5),
    ("ingetrokken", 3),
]
# How far along the main path each status is (older files are further along).
STAP = {
    "concept": 0,
    "ingediend": 1,
    "aanvulling_gevraagd": 1,
    "ingetrokken": 1,
    "ontvankelijk": 2,
    "onontvankelijk": 2,
    "jury": 3,
    "goedgekeurd": 4,
    "afgewezen": 4,
    "voorschot_betaald": 5,
    "verantwoording_ingediend": 6,
    "afgerekend": 7,
    "afgesloten": 8,
}
# The bench citizen's own files; the detail page of bench/pages.py shows the "voorschot_betaald" one.
BURGER_STATUSSEN = ["concept", "ingediend", "jury", "voorschot_betaald", "afgesloten"]
BURGER_DETAIL = "voorschot_betaald"
BURGER_PAD = ["concept", "ingediend", "ontvankelijk", "jury", "goedgekeurd", "voorschot_betaald"]

ACTIVITEITEN = ["Buurtfeest", "Soep op het plein", "Taalcafé", "Samen koken", "Petanque", "Huiswerkklas"]
ACTIVITEITEN += ["Buurtmoestuin", "Voorleesuurtje", "Fietsles", "Sportdag", "Repair café", "Dansnamiddag"]
ACTIVITEITEN += [
    "Filmavond",
    "Kunstatelier",
    "Ontmoetingsontbijt",
    "Verhalenavond",
    "Breicafé",
    "Speelstraat",
]
KOSTEN = ["Huur zaal", "Tenten en stoelen", "Eten en drinken", "Materiaal", "Vervoer", "Affiches en flyers"]
INKOMSTEN = ["Bijdrage deelnemers", "Sponsoring buurtwinkel", "Eigen inbreng"]
PLAATSEN = ["Pierkespark", "Buurtcentrum", "Wijkschool", "Sint-Pietersplein", "LDC", "Parochiezaal"]
CRITERIA = ["Brengt mensen samen", "Bereikt kwetsbare groepen", "Haalbaar en goed begroot"]


def _uuid(rng: random.Random) -> uuid.UUID:
    # Deterministic ids: the same seed gives the same URLs on every machine.
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _bedrag(rng: random.Random, laag: int, hoog: int, stap: int = 50) -> Decimal:
    return Decimal(rng.randrange(laag, hoog + 1, stap))


def _afronden(bedrag: Decimal, op: int) -> Decimal:
    return -(-bedrag // op) * op  # up to a multiple of ``op``


def _ids_reserveren(model, aantal: int) -> list[int]:
    """Ids from the table's own sequence, so a payment's OGM (derived from its id) is set on insert."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            [model._meta.db_table, aantal],
        )
        return [rij[0] for rij in cursor.fetchall()]


def _tijden_terugzetten(model, objecten: list, tijden: list[dict]) -> None:
    """``bulk_create`` stamps auto_now(_add) fields "now"; put the seeded moments back."""
    for obj, waarden in zip(objecten, tijden, strict=True):
        for veld, waarde in waarden.items():
            setattr(obj, veld, waarde)
    if objecten:
        model.objects.bulk_update(objecten, list(tijden[0]), batch_size=1_000)


def seed(aantallen: dict[str, int]) -> None:
    from django.contrib.auth.models import Group
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from django.utils import timezone

    from gelijkekansen.accounts.models import User
    from gelijkekansen.accounts.roles import Rol
    from gelijkekansen.core.betalingen.betaalbestanden import ogm_voor_betaling
    from gelijkekansen.core.models import (
        Bericht,
        Betaalbatch,
        Betaling,
        Doelgroep,
        Draad,
        Kant,
        Lidmaatschap,
        StatusWijziging,
        Wijk,
    )
    from gelijkekansen.core.models.organisaties import LidmaatschapRol, Rechtsvorm
    from subsidies.constants import (
        AanvragerSoort,
        Advies,
        BegrotingSoort,
        BetalingSoort,
        BetalingStatus,
        Doel,
        Reikwijdte,
    )
    from subsidies.models import (
        Aanvraag,
        Begrotingslijn,
        Beoordeling,
        Criterium,
        Monitoring,
        Oproep,
        Reglement,
        Score,
        Verantwoording,
    )
    from subsidies.models.monitoring import HoeGehoord
    from subsidies.workflow import TOEGEKEND

    rng = random.Random(2027)  # same data on every machine, so runs compare
    nu = timezone.now()
    burger = User.objects.get(email=BURGER)
    wachtwoord = burger.password  # core's one hash: nobody logs in with a form

    # --- personas: a case handler (staff, role group) and the jury of the call ---
    behandelaar = User.objects.create(
        email=BEHANDELAAR, naam="Bench Behandelaar", is_staff=True, password=wachtwoord
    )
    behandelaar.groups.add(Group.objects.get(name=Rol.DOSSIERBEHANDELAAR_SUBSIDIES))
    juryleden = User.objects.bulk_create(
        [User(email=e, naam=f"Bench Jurylid {i}", password=wachtwoord) for i, e in enumerate(JURY, 1)]
    )
    jury_groep = Group.objects.get(name=Rol.JURY)
    User.groups.through.objects.bulk_create(
        [User.groups.through(user=j, group=jury_groep) for j in juryleden]
    )
    coaches = [behandelaar.pk, *User.objects.filter(
        is_staff=True, groups__name=Rol.DOSSIERBEHANDELAAR_SUBSIDIES
    ).exclude(pk=behandelaar.pk).values_list("pk", flat=True)]  # fmt: skip

    # --- the regulation and its call, open for 330 days and for 35 more ---
    reglement = Reglement.objects.create(
        code="samen-aan-zet",
        naam="Samen Aan Zet",
        samenvatting="Geld voor initiatieven die mensen in Gent samenbrengen: ontmoeten, samenleven, emancipatie.",
        max_bedrag=Decimal("5000.00"),
        voorschot_pct=80,
    )
    open_vanaf = nu - timedelta(days=330)
    oproep = Oproep.objects.create(
        id=_uuid(rng),
        reglement=reglement,
        titel=f"Samen Aan Zet {open_vanaf.year}-{open_vanaf.year + 1}",
        open_vanaf=open_vanaf,
        deadline=nu + timedelta(days=35),
        budget_wijkgericht=Decimal(0),  # set below, once the grants are known
        budget_stedelijk=Decimal(0),
        jury_deadline=(nu + timedelta(days=50)).date(),
    )
    oproep.juryleden.set(juryleden)
    criteria = Criterium.objects.bulk_create(
        [Criterium(oproep=oproep, naam=naam, max_score=5, volgorde=i) for i, naam in enumerate(CRITERIA)]
    )

    # --- who applies: citizens alone, or the responsible person of an organisation ---
    burgers = list(
        User.objects.filter(is_staff=False, email__endswith="@bench.example.org").values_list("pk", flat=True)
    )
    burger_organisaties = list(
        Lidmaatschap.objects.filter(user=burger, rol=LidmaatschapRol.VERANTWOORDELIJKE).values_list(
            "organisatie_id", "organisatie__rechtsvorm"
        )
    )
    verantwoordelijken: dict[str, list[tuple[int, int]]] = {"vzw": [], "feitelijk": [], "andere": []}
    for user_id, organisatie_id, rechtsvorm in (
        Lidmaatschap.objects.filter(rol=LidmaatschapRol.VERANTWOORDELIJKE)
        .exclude(
            organisatie_id__in=[o for o, _ in burger_organisaties]
        )  # only the bench citizen's files reach /mijn/
        .values_list("user_id", "organisatie_id", "organisatie__rechtsvorm")
    ):
        soort = {Rechtsvorm.VZW: "vzw", Rechtsvorm.FEITELIJKE_VERENIGING: "feitelijk"}.get(
            rechtsvorm, "andere"
        )
        verantwoordelijken[soort].append((user_id, organisatie_id))
    wijken = list(Wijk.objects.values_list("pk", "naam"))
    doelgroepen = list(Doelgroep.objects.values_list("pk", flat=True))

    statussen = [s for s, gewicht in VERDELING for _ in range(gewicht)]
    n = aantallen["aanvragen"]
    plan = BURGER_STATUSSEN + [rng.choice(statussen) for _ in range(max(0, n - len(BURGER_STATUSSEN)))]

    aanvragen, tijden, wijk_links, doelgroep_links, lijnen = [], [], [], [], []
    for i, status in enumerate(plan):
        van_burger = i < len(BURGER_STATUSSEN)
        stap = STAP[status]
        soort = rng.choices(list(AanvragerSoort.values), weights=[40, 30, 25, 5])[0]
        organisatie_id = None
        if van_burger:
            aanvrager_id = burger.pk
            if i < len(burger_organisaties):  # two of the five for the citizen's organisations
                organisatie_id, rechtsvorm = burger_organisaties[i]
                soort = (
                    AanvragerSoort.VZW
                    if rechtsvorm == Rechtsvorm.VZW
                    else AanvragerSoort.FEITELIJKE_VERENIGING
                )
            else:
                soort = AanvragerSoort.BURGER
        elif soort == AanvragerSoort.BURGER:
            aanvrager_id = rng.choice(burgers)
        else:
            bron = {"vzw": "vzw", "feitelijke_vereniging": "feitelijk"}.get(soort, "andere")
            aanvrager_id, organisatie_id = rng.choice(
                verantwoordelijken[bron] or verantwoordelijken["andere"]
            )

        # Older files are further along: the start is at least 25 days per step before today.
        ruimte = (nu - timedelta(days=25 * stap) - open_vanaf).total_seconds()
        aangemaakt = open_vanaf + timedelta(seconds=rng.uniform(0, max(ruimte, 3600)))
        ingediend_op = beslist_op = None
        if status != "concept":
            ingediend_op = aangemaakt + timedelta(hours=rng.uniform(1, 240))
        if stap >= 4 or status == "onontvankelijk":
            beslist_op = ingediend_op + timedelta(
                days=rng.uniform(5, 20) if stap == 2 else rng.uniform(30, 45)
            )
        gewijzigd = max(t for t in (aangemaakt, ingediend_op, beslist_op) if t) + timedelta(hours=1)
        if stap >= 5:  # advance, final report, settlement: the file moved on after the decision
            gewijzigd = min(beslist_op + timedelta(days=10 * (stap - 4)), nu)

        gevraagd = _bedrag(rng, 250, 5000)
        activiteit = rng.choice(ACTIVITEITEN)
        reikwijdte = Reikwijdte.WIJK if rng.random() < 0.8 else Reikwijdte.STEDELIJK
        gekozen_wijken = rng.sample(wijken, rng.choice([1, 1, 1, 2])) if reikwijdte == Reikwijdte.WIJK else []
        startdatum = (aangemaakt + timedelta(days=rng.randint(40, 120))).date()
        aanvraag = Aanvraag(
            id=_uuid(rng),
            oproep=oproep,
            aanvrager_id=aanvrager_id,
            aanvrager_soort=soort,
            organisatie_id=organisatie_id,
            tweede_verantwoordelijke="Sam Peeters (sam.peeters@example.org)"
            if soort == AanvragerSoort.FEITELIJKE_VERENIGING
            else "",
            status=status,
            titel=f"{activiteit} {gekozen_wijken[0][1] if gekozen_wijken else 'in heel Gent'}",
            samenvatting=f"{activiteit} waar buren en nieuwe Gentenaars elkaar leren kennen.",
            doelen=rng.sample(list(Doel.values), rng.randint(1, 2)),
            reikwijdte=reikwijdte,
            plaats=rng.choice(PLAATSEN),
            startdatum=startdatum,
            einddatum=startdatum + timedelta(days=rng.choice([0, 0, 1, 30])),
            verwachte_deelnemers=rng.randrange(10, 300),
            toegankelijkheid="Rolstoeltoegankelijk, gratis, uitnodiging in eenvoudige taal.",
            gevraagd_bedrag=gevraagd,
            toegekend_bedrag=(gevraagd * Decimal(rng.choice(["1", "1", "1", "0.9", "0.8"]))).quantize(
                Decimal("1")
            )
            if status in TOEGEKEND
            else None,
            iban="BE71096123456769",
            rekeninghouder="Bench Burger" if van_burger else "Rekeninghouder Bench",
            coach_id=rng.choice(coaches) if stap >= 1 and rng.random() < 0.7 else None,
            motivering="Past goed in het reglement; de begroting is haalbaar." if beslist_op else "",
            ingediend_op=ingediend_op,
            beslist_op=beslist_op,
        )
        aanvragen.append(aanvraag)
        tijden.append({"aangemaakt": aangemaakt, "gewijzigd": gewijzigd})
        wijk_links += [Aanvraag.wijken.through(aanvraag_id=aanvraag.pk, wijk_id=w) for w, _ in gekozen_wijken]
        doelgroep_links += [
            Aanvraag.doelgroepen.through(aanvraag_id=aanvraag.pk, doelgroep_id=d)
            for d in rng.sample(doelgroepen, rng.randint(1, 3))
        ]
        # Two costs that together exceed the request, and sometimes an income that makes up the rest.
        inkomst = _bedrag(rng, 50, 500) if rng.random() < 0.5 else Decimal(0)
        kost1 = (gevraagd * Decimal("0.6")).quantize(Decimal("0.01"))
        lijnen += [
            Begrotingslijn(aanvraag=aanvraag, soort=BegrotingSoort.KOST, omschrijving=k, bedrag=b)
            for k, b in zip(rng.sample(KOSTEN, 2), [kost1, gevraagd - kost1 + inkomst], strict=True)
        ]
        if inkomst:
            lijnen.append(
                Begrotingslijn(
                    aanvraag=aanvraag,
                    soort=BegrotingSoort.INKOMST,
                    omschrijving=rng.choice(INKOMSTEN),
                    bedrag=inkomst,
                )
            )
    Aanvraag.objects.bulk_create(aanvragen, batch_size=BATCH)
    _tijden_terugzetten(Aanvraag, aanvragen, tijden)
    Aanvraag.wijken.through.objects.bulk_create(wijk_links, batch_size=BATCH)
    Aanvraag.doelgroepen.through.objects.bulk_create(doelgroep_links, batch_size=BATCH)
    Begrotingslijn.objects.bulk_create(lijnen, batch_size=BATCH)

    # The call's two envelopes: what was granted, with some room left.
    toegekend = {Reikwijdte.WIJK: Decimal(0), Reikwijdte.STEDELIJK: Decimal(0)}
    for a in aanvragen:
        toegekend[a.reikwijdte] += a.toegekend_bedrag or 0
    oproep.budget_wijkgericht = _afronden(toegekend[Reikwijdte.WIJK] * Decimal("1.2"), 1000)
    oproep.budget_stedelijk = _afronden(toegekend[Reikwijdte.STEDELIJK] * Decimal("1.2"), 1000)
    oproep.save(update_fields=["budget_wijkgericht", "budget_stedelijk"])

    # --- the jury: three of the five members per file from the jury stage on ---
    beoordelingen, beoordeling_tijden, scores = [], [], []
    for a in aanvragen:
        if STAP[a.status] < 3 or a.status in ("onontvankelijk", "ingetrokken"):
            continue
        for jurylid in rng.sample(juryleden, JURYLEDEN_PER_AANVRAAG):
            conflict = rng.random() < 0.03
            klaar = not conflict and (a.status != "jury" or rng.random() < 0.5)
            verklaard = a.ingediend_op + timedelta(days=rng.uniform(10, 15))
            beoordeling = Beoordeling(
                aanvraag=a,
                jurylid=jurylid,
                belangenconflict=conflict,
                advies=rng.choice(list(Advies.values)) if klaar else "",
                motivering="Sterk idee, goed bereik in de wijk." if klaar else "",
                ingediend_op=verklaard + timedelta(days=rng.uniform(0, 10)) if klaar else None,
            )
            beoordelingen.append(beoordeling)
            beoordeling_tijden.append({"verklaard_op": verklaard})
            if klaar:
                scores += [
                    Score(beoordeling=beoordeling, criterium=c, punten=rng.randint(1, 5)) for c in criteria
                ]
    Beoordeling.objects.bulk_create(beoordelingen, batch_size=BATCH)
    _tijden_terugzetten(Beoordeling, beoordelingen, beoordeling_tijden)
    Score.objects.bulk_create(scores, batch_size=BATCH)

    # --- final reports, and payments in monthly SEPA batches ---
    verantwoordingen, verantwoording_tijden = [], []
    for a in aanvragen:
        if STAP[a.status] >= 6:
            kosten = a.gevraagd_bedrag * Decimal(rng.choice(["0.8", "0.9", "1", "1", "1.1"]))
            verantwoordingen.append(
                Verantwoording(
                    aanvraag=a,
                    wat_gebeurde="Het ging goed: veel buren kwamen voor het eerst.",
                    deelnemers_bereikt=rng.randrange(10, 300),
                    echte_kosten=kosten.quantize(Decimal("0.01")),
                    echte_inkomsten=_bedrag(rng, 0, 300),
                )
            )
            verantwoording_tijden.append({"ingediend_op": min(a.beslist_op + timedelta(days=60), nu)})
    Verantwoording.objects.bulk_create(verantwoordingen, batch_size=BATCH)
    _tijden_terugzetten(Verantwoording, verantwoordingen, verantwoording_tijden)

    batches = Betaalbatch.objects.bulk_create(
        [
            Betaalbatch(door=behandelaar, uitvoeringsdatum=(nu - timedelta(days=30 * m)).date())
            for m in range(12, -1, -1)  # oldest first; the last one still has to go out
        ]
    )
    _tijden_terugzetten(
        Betaalbatch, batches, [{"aangemaakt": nu - timedelta(days=30 * m + 2)} for m in range(12, -1, -1)]
    )

    def betaling(a: Aanvraag, soort: str, bedrag: Decimal, aangemaakt: datetime) -> None:
        batch = next((b for b in batches if b.uitvoeringsdatum >= aangemaakt.date()), None)
        if batch is batches[-1] or batch is None:  # not sent yet
            status = rng.choice([BetalingStatus.TE_BETALEN, BetalingStatus.IN_BATCH])
            batch = batch if status == BetalingStatus.IN_BATCH else None
        else:
            status = BetalingStatus.BETAALD
        if soort == BetalingSoort.TERUGVORDERING:
            batch, status = None, BetalingStatus.TE_BETALEN  # reclaims are not in SEPA credit transfers
        betalingen.append(
            Betaling(
                content_type=aanvraag_type,
                object_id=str(a.pk),
                referentie=a.nummer,
                soort=soort,
                bedrag=bedrag,
                status=status,
                batch=batch,
                betaald_op=batch.uitvoeringsdatum if status == BetalingStatus.BETAALD else None,
            )
        )
        betaling_tijden.append({"aangemaakt": aangemaakt})

    betalingen, betaling_tijden = [], []
    aanvraag_type = ContentType.objects.get_for_model(Aanvraag)
    verantwoording_van = {v.aanvraag_id: v for v in verantwoordingen}
    for a in aanvragen:
        if STAP[a.status] < 5:
            continue
        voorschot = (a.toegekend_bedrag * reglement.voorschot_pct / 100).quantize(Decimal("0.01"))
        betaling(a, BetalingSoort.VOORSCHOT, voorschot, a.beslist_op + timedelta(days=rng.uniform(2, 8)))
        if STAP[a.status] >= 7:
            v = verantwoording_van[a.pk]
            saldo = min(a.toegekend_bedrag, max(v.echte_kosten - v.echte_inkomsten, Decimal(0))) - voorschot
            if saldo:
                soort = BetalingSoort.SALDO if saldo > 0 else BetalingSoort.TERUGVORDERING
                betaling(a, soort, abs(saldo), min(a.beslist_op + timedelta(days=75), nu))
    for pk, b, t in zip(_ids_reserveren(Betaling, len(betalingen)), betalingen, betaling_tijden, strict=True):
        b.pk = pk
        b.mededeling = ogm_voor_betaling(pk, jaar=t["aangemaakt"].year)
    Betaling.objects.bulk_create(betalingen, batch_size=BATCH)
    _tijden_terugzetten(Betaling, betalingen, betaling_tijden)

    # --- the anonymous monitoring questionnaire (no link back to the file) ---
    ingediend = [a for a in aanvragen if a.ingediend_op]
    beantwoord = rng.sample(ingediend, round(len(ingediend) * MONITORING_DEEL))
    Aanvraag.objects.filter(pk__in=[a.pk for a in beantwoord]).update(monitoring_ingevuld=True)
    monitoring = [
        Monitoring(
            oproep=oproep,
            aanvrager_soort=a.aanvrager_soort,
            reikwijdte=a.reikwijdte,
            eerste_aanvraag=rng.choice([True, True, False, None]),
            hoe_gehoord=rng.choice([*HoeGehoord.values, ""]),
            begeleid=rng.choice([True, False, False, None]),
        )
        for a in beantwoord
    ]
    Monitoring.objects.bulk_create(monitoring, batch_size=BATCH)
    _tijden_terugzetten(Monitoring, monitoring, [{"ingevuld_op": a.ingediend_op.date()} for a in beantwoord])
    Monitoring.bereikte_groepen.through.objects.bulk_create(
        [
            Monitoring.bereikte_groepen.through(monitoring_id=m.pk, doelgroep_id=d)
            for m in monitoring
            for d in rng.sample(doelgroepen, rng.randint(1, 3))
        ],
        batch_size=BATCH,
    )

    # --- the bench citizen's files: a history and a conversation, as the detail page shows them ---
    aanvraag_type = ContentType.objects.get_for_model(Aanvraag)
    wijzigingen, wijziging_tijden, berichten = [], [], []
    for a in aanvragen[: len(BURGER_STATUSSEN)]:
        if a.status in BURGER_PAD:
            pad = BURGER_PAD[: BURGER_PAD.index(a.status) + 1]
        else:  # afgesloten
            pad = [*BURGER_PAD, "verantwoording_ingediend", "afgerekend", "afgesloten"]
        tijd = a.ingediend_op or nu
        for van, naar in pairwise(pad):
            wijzigingen.append(
                StatusWijziging(
                    content_type=aanvraag_type,
                    object_id=str(a.pk),
                    van=van,
                    naar=naar,
                    door=burger if naar == "ingediend" else behandelaar,
                )
            )
            wijziging_tijden.append({"tijdstip": tijd})
            tijd = min(tijd + timedelta(days=12), nu)
        if a.status != "concept":
            draad = Draad.objects.create(content_type=aanvraag_type, object_id=str(a.pk))
            for j, (afzender, kant, tekst) in enumerate(
                [
                    (burger, Kant.BURGER, "Mogen we de tenten al in de week voor het feest ophalen?"),
                    (
                        behandelaar,
                        Kant.DIENST,
                        "Ja, dat kan. Laat het de uitleendienst een week vooraf weten.",
                    ),
                ]
            ):
                moment = a.ingediend_op + timedelta(days=3 + j)
                berichten.append(
                    Bericht(
                        draad=draad,
                        kant=kant,
                        afzender=afzender,
                        tekst=tekst,
                        verstuurd_op=moment,
                        gelezen_op=moment,
                    )
                )
    StatusWijziging.objects.bulk_create(wijzigingen)
    _tijden_terugzetten(StatusWijziging, wijzigingen, wijziging_tijden)
    Bericht.objects.bulk_create(berichten)

    # Fresh planner statistics, as a production table has them: otherwise the first minutes of a
    # run measure plans for an empty table (until autovacuum gets round to it).
    with connection.cursor() as cursor:
        for model in [Aanvraag, Begrotingslijn, Beoordeling, Score, Betaling, Monitoring, StatusWijziging]:
            cursor.execute(f"ANALYZE {model._meta.db_table}")


def burger_aanvraag() -> str:
    """The id of the bench citizen's file on the detail page (pages.py ``{burger_aanvraag}``)."""
    from subsidies.models import Aanvraag

    return str(
        Aanvraag.objects.filter(aanvrager__email=BURGER, status=BURGER_DETAIL)
        .order_by("aangemaakt")
        .values_list("pk", flat=True)[0]
    )


def burger_nummer() -> str:
    """The reference (SAZ-XXXXXXXX) of that file, for the work list's search (``{burger_nummer}``)."""
    from subsidies.models import Aanvraag

    return Aanvraag.objects.get(pk=burger_aanvraag()).nummer


# Placeholders of bench/pages.py that only exist once this seed ran.
PADDELEN = {"burger_aanvraag": burger_aanvraag, "burger_nummer": burger_nummer}


def wissen() -> None:
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection

    from gelijkekansen.accounts.models import User
    from gelijkekansen.core.models import Betaalbatch, Betaling, Draad, StatusWijziging
    from subsidies.models import Aanvraag, Monitoring, Oproep, Reglement

    # The payments are the kernel's, linked by type + id: only those of applications go, then the
    # files left empty.
    aanvraag_type = ContentType.objects.get_for_model(Aanvraag)
    Betaling.objects.filter(content_type=aanvraag_type).delete()
    Betaalbatch.objects.filter(betalingen=None).delete()
    # Reglement and Oproep are the roots: CASCADE empties applications, lines, jury and the M2M
    # tables hanging on them.
    tabellen = [Reglement, Oproep, Aanvraag, Oproep.juryleden.through, Monitoring]
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(m._meta.db_table for m in tabellen)} RESTART IDENTITY CASCADE")
    StatusWijziging.objects.filter(content_type=aanvraag_type).delete()
    Draad.objects.filter(content_type=aanvraag_type).delete()  # the threads, with their messages
    User.objects.filter(email__in=[BEHANDELAAR, *JURY]).delete()


def tellen() -> dict[str, int]:
    from gelijkekansen.core.models import Betaling
    from subsidies.models import Aanvraag, Begrotingslijn, Beoordeling, Monitoring

    modellen = [Aanvraag, Begrotingslijn, Beoordeling, Betaling, Monitoring]
    return {m._meta.model_name: m.objects.count() for m in modellen}
