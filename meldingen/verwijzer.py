"""Which body is competent for a report, suggested from what happened, the grounds and the life
domain (since March 2023 Unia, the Vlaams Mensenrechteninstituut and the IGVM share the work).
Staff confirm: the suggestion is advice, and a referral still needs the reporter's consent.

- gender (geslacht) → IGVM
- LGBTQIA+ (sexual orientation, gender identity) → also the Meldpunt homo- en transfobie
- Flemish competences (rental housing, education, De Lijn, welfare, nightlife) → VMRI
- employment, goods and services, media, police, hate speech and hate crime → Unia
- a crime (hate crime) → police
- nothing of the above → Unia, which handles every other ground and domain; but language
  outside the Flemish competences has no competent body: nothing is suggested, the Meldpunt
  follows up itself
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from meldingen.constants import LGBTQIA_GRONDEN, Instantie, Levensdomein, Soort

VLAAMSE_DOMEINEN = frozenset(
    {
        Levensdomein.HUISVESTING,
        Levensdomein.ONDERWIJS,
        Levensdomein.OPENBAAR_VERVOER,
        Levensdomein.WELZIJN,
        Levensdomein.UITGAANSLEVEN,
    }
)
FEDERALE_DOMEINEN = frozenset(
    {
        Levensdomein.WERK,
        Levensdomein.GOEDEREN_DIENSTEN,
        Levensdomein.MEDIA_ONLINE,
        Levensdomein.POLITIE_JUSTITIE,
    }
)


@dataclass(frozen=True)
class Voorstel:
    instantie: Instantie
    reden: Promise


def voorstellen(*, soort: str, gronden: set[str], levensdomein: str) -> list[Voorstel]:
    """The competent bodies, most specific first, each once with the first reason that led to it."""
    kandidaten: list[Voorstel] = []
    if soort == Soort.HAATMISDRIJF:
        kandidaten.append(
            Voorstel(Instantie.POLITIE, _("een haatmisdrijf is strafbaar: aangifte bij de politie"))
        )
    if "geslacht" in gronden or soort == Soort.SEKSUELE_INTIMIDATIE:
        kandidaten.append(Voorstel(Instantie.IGVM, _("discriminatie op grond van geslacht")))
    if gronden & LGBTQIA_GRONDEN:
        kandidaten.append(Voorstel(Instantie.MELDPUNT_HOLEBI, _("het gaat om LGBTQIA+-personen")))
    andere_gronden = gronden - {"geslacht"}
    if levensdomein in VLAAMSE_DOMEINEN and (andere_gronden or not gronden):
        kandidaten.append(
            Voorstel(
                Instantie.VMRI, _("een Vlaamse bevoegdheid (wonen, onderwijs, De Lijn, welzijn, uitgaan)")
            )
        )
    if soort in (Soort.HAATSPRAAK_ONLINE, Soort.HAATMISDRIJF):
        kandidaten.append(Voorstel(Instantie.UNIA, _("haatspraak en haatmisdrijven volgt Unia op")))
    # Language is protected by Flemish law only: no federal body is competent for it.
    federale_gronden = andere_gronden - {"taal"}
    if levensdomein in FEDERALE_DOMEINEN and (federale_gronden or not gronden):
        kandidaten.append(Voorstel(Instantie.UNIA, _("werk, goederen en diensten, media of politie")))
    if soort == Soort.ETHNIC_PROFILING:
        kandidaten.append(Voorstel(Instantie.UNIA, _("controle door de politie op grond van afkomst")))
    if not kandidaten and gronden != {"taal"}:
        kandidaten.append(Voorstel(Instantie.UNIA, _("Unia behandelt de andere gronden en domeinen")))
    gezien: set[str] = set()
    return [v for v in kandidaten if not (v.instantie in gezien or gezien.add(v.instantie))]
