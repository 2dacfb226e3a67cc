"""Registry of per-app seeders for the bench database.

Each chapter app adds one module here (``bench/seeds/<app>.py``) with ``STANDAARD`` (its default
counts), ``VERSIE`` (bump it when the seeder makes other rows), ``seed(aantallen)``, ``wissen()``
and ``tellen()``, and one line in ``SEEDS``. Order
matters: a seeder may use the rows of those before it (organisations, users), so when one has to
run again, every seeder after it runs again too.

A seeder is skipped when the ``bench_seed`` table says it already ran with the same counts.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from bench.seeds import core, erkenning, meldingen, subsidies, toegankelijkheid


@dataclass(frozen=True)
class Seed:
    naam: str
    standaard: dict[str, int]
    versie: int
    seed: Callable[[dict[str, int]], None]
    wissen: Callable[[], None]
    tellen: Callable[[], dict[str, int]]

    @classmethod
    def uit(cls, module: ModuleType) -> "Seed":
        naam = module.__name__.rsplit(".", 1)[-1]
        return cls(naam, module.STANDAARD, module.VERSIE, module.seed, module.wissen, module.tellen)


SEEDS: list[Seed] = [
    Seed.uit(core),
    Seed.uit(subsidies),
    Seed.uit(erkenning),
    Seed.uit(toegankelijkheid),
    Seed.uit(meldingen),
]

# The issue's target volumes, for the chapter apps' seeders when they arrive: copy your line into
# your module's STANDAARD. ("meldingen" are discrimination reports, not the core Rapport.)
ISSUE_AANTALLEN: dict[str, dict[str, int]] = {
    "subsidies": {"aanvragen": 10_000},
    "meldingen": {"meldingen": 100_000},
    "vrijwilligers": {"vrijwilligers": 10_000, "vacatures": 1_000},
    "signalen": {"signalen": 2_000},
    "toegankelijkheid": {"actieplannen": 3, "acties": 300},
}


def standaard_aantallen() -> dict[str, int]:
    return {sleutel: n for seed in SEEDS for sleutel, n in seed.standaard.items()}


def _markering_lezen(naam: str) -> dict | None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE IF NOT EXISTS bench_seed "
            "(naam text PRIMARY KEY, aantallen jsonb NOT NULL, klaar timestamptz NOT NULL DEFAULT now())"
        )
        cursor.execute("SELECT aantallen FROM bench_seed WHERE naam = %s", [naam])
        rij = cursor.fetchone()
    if not rij:
        return None
    # Django's psycopg 3 backend hands jsonb back as text (JSONField decodes it itself).
    return json.loads(rij[0]) if isinstance(rij[0], str) else rij[0]


def _markering_schrijven(naam: str, markering: dict[str, int]) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO bench_seed (naam, aantallen) VALUES (%s, %s) "
            "ON CONFLICT (naam) DO UPDATE SET aantallen = EXCLUDED.aantallen, klaar = now()",
            [naam, json.dumps(markering)],
        )


def seeds_uitvoeren(aantallen: dict[str, int], *, opnieuw: bool = False) -> list[str]:
    """Run the seeders whose counts changed (or all with ``opnieuw``); returns what ran."""
    import time

    from django.db import transaction

    gedaan = []
    for seed in SEEDS:
        gevraagd = {sleutel: aantallen[sleutel] for sleutel in seed.standaard}
        if not opnieuw and _markering_lezen(seed.naam) == {**gevraagd, "versie": seed.versie}:
            print(f"bench: seed {seed.naam} al aanwezig {gevraagd}")
            continue
        opnieuw = True  # the seeders after this one build on its rows
        begin = time.monotonic()
        with transaction.atomic():
            seed.wissen()
            seed.seed(gevraagd)
            _markering_schrijven(seed.naam, {**gevraagd, "versie": seed.versie})
        print(f"bench: seed {seed.naam} {gevraagd} in {time.monotonic() - begin:.0f} s")
        gedaan.append(seed.naam)
    if gedaan:
        _opruimen()
    return gedaan


def _opruimen() -> None:
    """What autovacuum does in production a while after a bulk load: statistics and visibility
    maps. Without it the first runs measure seq scans where the live database has index scans."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


def tellingen() -> dict[str, int]:
    return {naam: n for seed in SEEDS for naam, n in seed.tellen().items()}
