"""The pages `make bench` loads, one line each. A chapter app adds its key pages here.

``persona`` names a user of ``PERSONAS`` (made by a seeder in bench/seeds/); ``None`` is an
anonymous visitor. ``p95_doel_ms`` is the issue's latency target, checked in the table.
"""

from dataclasses import dataclass

from bench.seeds import core


@dataclass(frozen=True)
class Pagina:
    pad: str
    persona: str | None = None
    p95_doel_ms: float | None = None


PLAFOND = "/bench/hallo/"  # the ceiling every other page is compared with; always measured first

PAGINAS: list[Pagina] = [
    Pagina(PLAFOND),
    Pagina("/"),
    Pagina("/health/"),
    Pagina("/mijn/", "burger"),
    Pagina("/admin/core/organisatie/", "admin"),
    Pagina("/admin/core/statuswijziging/", "admin"),
    # e.g. Pagina("/subsidies/", "burger", p95_doel_ms=100),
]

# persona -> e-mail of a seeded user
PERSONAS: dict[str, str] = {**core.PERSONAS}
