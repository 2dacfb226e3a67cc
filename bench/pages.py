"""The pages `make bench` loads, one line each. A chapter app adds its key pages here.

``persona`` names a user of ``PERSONAS`` (made by a seeder in bench/seeds/); ``None`` is an
anonymous visitor. ``p95_doel_ms`` is the issue's latency target, checked in the table.
A ``{naam}`` in a path (e.g. a seeded UUID) is filled in from ``PADDELEN`` when the path is
first used, i.e. after seeding; a seeder exports the functions that look them up.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from bench.seeds import core, meldingen, subsidies


@dataclass(frozen=True)
class Pagina:
    sjabloon: str  # the path, possibly with {naam} placeholders of PADDELEN
    persona: str | None = None
    p95_doel_ms: float | None = None
    # A form sent again and again (POST) instead of a page asked (GET): the function gives the
    # fields; ``status`` is the answer that means it worked (a redirect after a saved form).
    formulier: Callable[[], dict[str, str]] | None = None
    status: int = 200

    @cached_property
    def pad(self) -> str:
        """The path to request; placeholders are looked up once, on the seeded database."""
        if "{" not in self.sjabloon:
            return self.sjabloon
        return self.sjabloon.format_map(
            {naam: f() for naam, f in PADDELEN.items() if f"{{{naam}}}" in self.sjabloon}
        )


PLAFOND = "/bench/hallo/"  # the ceiling every other page is compared with; always measured first

PAGINAS: list[Pagina] = [
    Pagina(PLAFOND),
    Pagina("/"),
    Pagina("/health/"),
    Pagina("/mijn/", "burger"),
    Pagina("/admin/core/organisatie/", "admin"),
    Pagina("/admin/core/statuswijziging/", "admin"),
    # Samen Aan Zet (subsidies), 10,000 applications
    Pagina("/subsidies/", p95_doel_ms=100),
    Pagina("/subsidies/aanvragen/{burger_aanvraag}/", "burger", p95_doel_ms=100),
    Pagina("/admin/subsidies/aanvraag/", "behandelaar", p95_doel_ms=100),
    Pagina("/admin/subsidies/aanvraag/?status=ingediend", "behandelaar", p95_doel_ms=100),
    Pagina("/admin/subsidies/aanvraag/?q={burger_nummer}", "behandelaar", p95_doel_ms=100),
    Pagina("/admin/subsidies/aanvraag/?q=buurt", "behandelaar", p95_doel_ms=100),
    Pagina("/verenigingen/", p95_doel_ms=50),
    Pagina("/verenigingen/?categorie=senioren&q=samen", p95_doel_ms=50),
    # Accessibility action plans (600 actions in 3 plans), anonymous
    Pagina("/toegankelijkheid/", p95_doel_ms=30),
    Pagina("/toegankelijkheid/plannen/2024-2025/", p95_doel_ms=30),
    Pagina("/toegankelijkheid/plannen/2024-2025/acties/?domein=infrastructuur&status=lopend", p95_doel_ms=30),
    # Meldpunt discriminatie (100,000 reports over 2018-2025): the figures, public (a cached
    # fragment) and internal (computed on each request); the work list; the anonymous form, sent.
    Pagina("/melden/cijfers/?jaar=2024", p95_doel_ms=300),
    Pagina("/admin/meldingen/melding/cijfers/?jaar=2024", "meldpunt", p95_doel_ms=300),
    Pagina("/admin/meldingen/melding/", "meldpunt", p95_doel_ms=100),
    Pagina("/admin/meldingen/melding/?status=nieuw&soort=discriminatie", "meldpunt", p95_doel_ms=100),
    Pagina("/melden/", formulier=meldingen.formulier, status=302),
]

# persona -> e-mail of a seeded user
PERSONAS: dict[str, str] = {**core.PERSONAS, **subsidies.PERSONAS, **meldingen.PERSONAS}

# placeholder in a path -> function returning its value on the seeded database
PADDELEN: dict[str, Callable[[], str]] = {**subsidies.PADDELEN}
