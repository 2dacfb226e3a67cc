"""Seed the bench database: ``python bench/seed.py [--aantal organisaties=1000] [--schaal 0.1]``.

Creates and migrates ``gelijkekansen_bench`` when needed and runs the seeders of bench/seeds/
whose counts changed. Counts: defaults from each seeder, then ``BENCH_AANTAL_<NAAM>`` env
variables, then ``--aantal``; ``--schaal`` multiplies them all (a quick run on a laptop).
"""

import argparse
import os
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import omgeving


def aantallen_bepalen(standaard: dict[str, int], opgegeven: list[str], schaal: float) -> dict[str, int]:
    aantallen = {k: int(os.environ.get(f"BENCH_AANTAL_{k.upper()}", n)) for k, n in standaard.items()}
    for paar in opgegeven:
        sleutel, _, waarde = paar.partition("=")
        if sleutel not in aantallen:
            raise SystemExit(f"bench: onbekend aantal {sleutel!r}; bekend: {', '.join(aantallen)}")
        aantallen[sleutel] = int(waarde)
    return {k: max(1, round(n * schaal)) for k, n in aantallen.items()}


def seed_argumenten(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--aantal", action="append", default=[], metavar="NAAM=N", help="override one count")
    parser.add_argument("--schaal", type=float, default=1.0, help="multiply every count (e.g. 0.1)")
    parser.add_argument("--opnieuw", action="store_true", help="seed again even when already seeded")


def seeden(args: argparse.Namespace) -> dict[str, int]:
    """Start Django on the bench database and seed it; returns the counts asked for."""
    omgeving.django_starten()
    from bench.seeds import seeds_uitvoeren, standaard_aantallen

    aantallen = aantallen_bepalen(standaard_aantallen(), args.aantal, args.schaal)
    seeds_uitvoeren(aantallen, opnieuw=args.opnieuw)
    from django.core.cache import caches

    caches["default"].clear()  # the bench's own Redis database (both aliases): no old fragment is measured
    return aantallen


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    seed_argumenten(parser)
    seeden(parser.parse_args())
