"""The kinds of report the portal can generate, each with who may ask for it.

A chapter app registers its kinds with ``@rapport_soort(...)`` in its own ``rapporten.py``;
the function receives the Rapport and a ``voortgang(pct)`` callback and returns
``(bestandsnaam, inhoud)``.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.models import Organisatie, Wijk
from gelijkekansen.core.models.referentie import WIJK_BRON
from gelijkekansen.core.pdf import render_pdf

Maker = Callable[..., tuple[str, bytes]]


@dataclass(frozen=True)
class RapportSoort:
    code: str
    titel: str
    maak: Maker
    mag_aanvragen: Callable[[object], bool]


REGISTER: dict[str, RapportSoort] = {}


def rapport_soort(code: str, *, titel, mag_aanvragen: Callable[[object], bool]):
    def registreer(maak: Maker) -> Maker:
        REGISTER[code] = RapportSoort(code=code, titel=titel, maak=maak, mag_aanvragen=mag_aanvragen)
        return maak

    return registreer


def soort_titel(code: str) -> str:
    soort = REGISTER.get(code)
    return str(soort.titel) if soort else code


def _medewerker(user) -> bool:
    return user.is_authenticated and user.is_staff


@rapport_soort("organisaties-per-wijk", titel=_("Organisaties per wijk"), mag_aanvragen=_medewerker)
def organisaties_per_wijk(rapport, voortgang) -> tuple[str, bytes]:
    wijken = list(Wijk.objects.annotate(aantal=Count("organisatie")).order_by("nummer"))
    voortgang(30)
    stedelijk = Organisatie.objects.filter(wijk__isnull=True).count()
    grootste = max([w.aantal for w in wijken] + [stedelijk, 1])
    rijen = [
        {"naam": w.naam, "aantal": w.aantal, "breedte": round(280 * w.aantal / grootste), "y": 20 * i}
        for i, w in enumerate(wijken)
    ]
    voortgang(60)
    pdf = render_pdf(
        "pdf/organisaties_per_wijk.html",
        {
            "rijen": rijen,
            "stedelijk": stedelijk,
            "totaal": sum(w.aantal for w in wijken) + stedelijk,
            "peildatum": rapport.parameters.get("peildatum") or timezone.localdate().isoformat(),
            "bron": WIJK_BRON,
            "grafiek_hoogte": 20 * len(rijen) + 10,
        },
    )
    voortgang(95)
    return f"organisaties-per-wijk-{rapport.parameters.get('peildatum', 'nu')}.pdf", pdf
