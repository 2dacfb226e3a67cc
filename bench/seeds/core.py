"""Seeds the shared kernel at scale: users with roles, organisations in every wijk, logs, reports.

Fast on two cores because nothing goes through ``save()``: one password hash for everybody,
``bulk_create`` in batches, and timestamps spread over two years with one UPDATE per table
(``auto_now_add`` would otherwise stamp every row "now" and make date filters meaningless).
"""

import random
from datetime import timedelta

# Personas of bench/pages.py; their rows are made here because they hang on this seed's data.
BURGER = "bench-burger@example.org"
ADMIN = "bench-admin@example.org"
PERSONAS = {"burger": BURGER, "admin": ADMIN}

STANDAARD: dict[str, int] = {
    "gebruikers": 20_000,
    "organisaties": 5_000,
    "statuswijzigingen": 50_000,
    "auditevents": 50_000,
    "rapporten": 2_000,
}

VERSIE = 1  # bump when the rows below change, so existing bench databases are seeded again

MEDEWERKERS = 50  # staff with a role; they sign audit events, reports and status changes
BATCH = 2_000
VOORNAMEN = ["An", "Bram", "Chloë", "Dries", "Elif", "Fatima", "Gert", "Hanne", "Ibrahim", "Jana", "Lien"]
VOORNAMEN += ["Mohamed", "Nora", "Omar", "Pieter", "Sara", "Youssef"]
ACHTERNAMEN = ["Peeters", "Janssens", "Maes", "Jacobs", "De Smet", "Claes", "Yilmaz", "El Amrani", "Wouters"]
VOORVOEGSELS = ["Vzw", "Buurtwerk", "Feitelijke vereniging", "Bewonersgroep", "Vrienden van", "Huis van"]
THEMAS = ["Samen", "Ontmoeting", "Taal", "Sport", "Cultuur", "Zorg", "Jeugd", "Senioren", "Kookclub"]
POSTCODES = ["9000", "9030", "9031", "9032", "9040", "9041", "9042", "9050", "9051", "9052"]


def _ondernemingsnummer(n: int) -> str:
    # Belgian check digits (97 - first eight digits mod 97), so the numbers pass the model's validator.
    basis = 2_000_000 + n
    return f"{basis:08d}{97 - basis % 97:02d}"


def _tijden_spreiden(tabel: str, kolom: str) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        # Deterministic per row, spread over 730 days (in seconds); table names are our own.
        spreiding = "(abs(hashtext(ctid::text)) % 63072000) * interval '1 second'"
        cursor.execute(f"UPDATE {tabel} SET {kolom} = now() - {spreiding}")  # noqa: S608


def seed(aantallen: dict[str, int]) -> None:
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone

    from gelijkekansen.accounts.models import User
    from gelijkekansen.core.models import (
        AuditEvent,
        Doelgroep,
        Lidmaatschap,
        Organisatie,
        Rapport,
        StatusWijziging,
        Wijk,
    )
    from gelijkekansen.core.models.audit import AuditActie
    from gelijkekansen.core.models.organisaties import LidmaatschapRol, OrganisatieSoort, Rechtsvorm
    from gelijkekansen.core.models.rapporten import RapportStatus, parameters_sleutel

    rng = random.Random(2026)  # same data on every machine, so runs compare
    nu = timezone.now()
    wachtwoord = make_password("bench-niet-geheim")  # hashed once: PBKDF2 per user would take minutes

    # --- users: personas, staff with roles, citizens ---
    gebruikers = [
        User(email=ADMIN, naam="Bench Admin", is_staff=True, is_superuser=True, password=wachtwoord),
        User(email=BURGER, naam="Bench Burger", password=wachtwoord),
    ]
    for i in range(aantallen["gebruikers"] - len(gebruikers)):
        gebruikers.append(
            User(
                email=f"gebruiker{i:06d}@bench.example.org",
                naam=f"{rng.choice(VOORNAMEN)} {rng.choice(ACHTERNAMEN)}",
                is_staff=i < MEDEWERKERS,
                password=wachtwoord,
                date_joined=nu - timedelta(days=rng.randrange(1500)),
            )
        )
    gebruikers = User.objects.bulk_create(gebruikers, batch_size=BATCH)
    admin, burger = gebruikers[0], gebruikers[1]
    medewerkers = gebruikers[2 : 2 + MEDEWERKERS]
    burgers = gebruikers[2 + MEDEWERKERS :]
    groepen = list(Group.objects.all())
    User.groups.through.objects.bulk_create(
        [User.groups.through(user=m, group=groepen[i % len(groepen)]) for i, m in enumerate(medewerkers)]
    )

    # --- organisations: 90% in one of the 25 wijken, the rest city-wide ---
    wijken = list(Wijk.objects.all())
    soorten, rechtsvormen = list(OrganisatieSoort.values), list(Rechtsvorm.values)
    organisaties = []
    for i in range(aantallen["organisaties"]):
        wijk = rng.choice(wijken) if rng.random() < 0.9 else None
        rechtsvorm = rng.choice(rechtsvormen)
        organisaties.append(
            Organisatie(
                naam=f"{rng.choice(VOORVOEGSELS)} {rng.choice(THEMAS)} {wijk or 'Gent'} {i:05d}",
                soort=rng.choice(soorten),
                rechtsvorm=rechtsvorm,
                ondernemingsnummer=""
                if rechtsvorm == Rechtsvorm.FEITELIJKE_VERENIGING
                else _ondernemingsnummer(i),
                adres=f"{rng.choice(THEMAS)}straat {rng.randrange(1, 200)}",
                postcode=rng.choice(POSTCODES),
                wijk=wijk,
                email=f"info{i:05d}@vereniging.example.org",
            )
        )
    organisaties = Organisatie.objects.bulk_create(organisaties, batch_size=BATCH)
    doelgroepen = list(Doelgroep.objects.all())
    Organisatie.doelgroepen.through.objects.bulk_create(
        [
            Organisatie.doelgroepen.through(organisatie=o, doelgroep=d)
            for o in organisaties
            for d in rng.sample(doelgroepen, rng.randint(1, 3))
        ],
        batch_size=BATCH,
    )

    # --- memberships: one responsible and up to three members per organisation ---
    paren: set[tuple[int, int]] = set()
    lidmaatschappen = []

    def lid(user: User, organisatie: Organisatie, rol: str) -> None:
        if (user.pk, organisatie.pk) not in paren:
            paren.add((user.pk, organisatie.pk))
            lidmaatschappen.append(Lidmaatschap(user=user, organisatie=organisatie, rol=rol))

    for i, organisatie in enumerate(organisaties[:5]):  # the citizen persona: a full "Mijn dossiers"
        lid(burger, organisatie, LidmaatschapRol.VERANTWOORDELIJKE if i < 2 else LidmaatschapRol.LID)
    for organisatie in organisaties:
        lid(rng.choice(burgers), organisatie, LidmaatschapRol.VERANTWOORDELIJKE)
        for _ in range(rng.randint(0, 3)):
            lid(rng.choice(burgers), organisatie, LidmaatschapRol.LID)
    Lidmaatschap.objects.bulk_create(lidmaatschappen, batch_size=BATCH)

    # --- reports (bulk_create skips save(), so the idempotency key is set here) ---
    statussen = [RapportStatus.KLAAR] * 8 + [RapportStatus.MISLUKT, RapportStatus.WACHTEND]
    rapporten = []
    for i in range(aantallen["rapporten"]):
        parameters = {"bench": i}
        status = rng.choice(statussen)
        rapporten.append(
            Rapport(
                soort="organisaties-per-wijk",
                parameters=parameters,
                sleutel=parameters_sleutel(parameters),
                status=status,
                voortgang=100 if status == RapportStatus.KLAAR else 0,
                fout="bench: gesimuleerde fout" if status == RapportStatus.MISLUKT else "",
                aangevraagd_door=rng.choice([admin, *medewerkers]),
            )
        )
    rapporten = Rapport.objects.bulk_create(rapporten, batch_size=BATCH)

    # --- workflow history and audit log: the two tables that grow fastest in production ---
    rapport_type = ContentType.objects.get_for_model(Rapport)
    stappen = [(v, n) for v, naar in Rapport.TRANSITIONS.items() for n in naar]
    StatusWijziging.objects.bulk_create(
        (
            StatusWijziging(
                content_type=rapport_type,
                object_id=str(rapporten[i % len(rapporten)].pk),
                van=(stap := rng.choice(stappen))[0],
                naar=stap[1],
                door=rng.choice(medewerkers),
                reden="" if rng.random() < 0.7 else "Bench: reden van de overgang.",
            )
            for i in range(aantallen["statuswijzigingen"])
        ),
        batch_size=BATCH,
    )
    organisatie_type = ContentType.objects.get_for_model(Organisatie)
    acties = list(AuditActie.values)
    AuditEvent.objects.bulk_create(
        (
            AuditEvent(
                wie=rng.choice(medewerkers),
                wat=rng.choice(acties),
                content_type=organisatie_type,
                object_id=str((o := rng.choice(organisaties)).pk),
                object_omschrijving=o.naam,
            )
            for _ in range(aantallen["auditevents"])
        ),
        batch_size=BATCH,
    )
    for model, kolom in [
        (Organisatie, "aangemaakt"),
        (Rapport, "aangemaakt"),
        (StatusWijziging, "tijdstip"),
        (AuditEvent, "wanneer"),
    ]:
        _tijden_spreiden(model._meta.db_table, kolom)


def wissen() -> None:
    from django.contrib.sessions.models import Session
    from django.db import connection

    from gelijkekansen.accounts.models import User
    from gelijkekansen.core.models import AuditEvent, Lidmaatschap, Organisatie, Rapport, StatusWijziging

    modellen = [User, Organisatie, Lidmaatschap, Organisatie.doelgroepen.through, Rapport, StatusWijziging]
    tabellen = ", ".join(m._meta.db_table for m in [*modellen, AuditEvent, Session])
    with connection.cursor() as cursor:
        # CASCADE also empties the chapter apps' tables that point at users or organisations.
        cursor.execute(f"TRUNCATE {tabellen} RESTART IDENTITY CASCADE")


def tellen() -> dict[str, int]:
    from gelijkekansen.accounts.models import User
    from gelijkekansen.core.models import AuditEvent, Lidmaatschap, Organisatie, Rapport, StatusWijziging

    modellen = [User, Organisatie, Lidmaatschap, StatusWijziging, AuditEvent, Rapport]
    return {m._meta.model_name: m.objects.count() for m in modellen}
