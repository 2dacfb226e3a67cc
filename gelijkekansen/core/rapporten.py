"""The kinds of report the portal can generate, each with who may ask for it.

A chapter app registers its kinds with ``@rapport_soort(...)`` in its own ``rapporten.py``;
the function receives the Rapport and a ``voortgang(pct)`` callback and returns
``(bestandsnaam, inhoud)``.

A kind may take parameters: ``formulier`` is a form class that ``core:rapport-aanvragen`` binds
from the POST (the page's own filter); its cleaned values are stored JSON-safe
(``parameters_uit``: ISO dates, ids) in ``Rapport.parameters``, next to ``peildatum``, so the same
choice on the same day gives the same report. An invalid choice goes back to ``pagina`` (a URL
name) with the choice in the query string, where the page shows the form's errors.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from django import forms
from django.db.models import Count, Model, QuerySet
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
    formulier: type[forms.Form] | None = None
    pagina: str | None = None  # URL name of the page whose form this is
    op_aanvraag: bool = True  # offered on the staff's page; False: the app makes it (a publication)


REGISTER: dict[str, RapportSoort] = {}


def rapport_soort(
    code: str,
    *,
    titel,
    mag_aanvragen: Callable[[object], bool],
    formulier: type[forms.Form] | None = None,
    pagina: str | None = None,
    op_aanvraag: bool = True,
):
    if formulier is not None and pagina is None:
        raise ValueError(f"rapport {code}: a formulier needs the pagina that shows its errors")

    def registreer(maak: Maker) -> Maker:
        REGISTER[code] = RapportSoort(
            code=code,
            titel=titel,
            maak=maak,
            mag_aanvragen=mag_aanvragen,
            formulier=formulier,
            pagina=pagina,
            op_aanvraag=op_aanvraag,
        )
        return maak

    return registreer


def parameters_uit(gegevens: dict) -> dict:
    """A form's cleaned values as JSON-safe report parameters: dates in ISO, objects by id.

    Empty values are left out, so "no filter" and "an empty filter" are the same report.
    """
    parameters = {}
    for naam, waarde in gegevens.items():
        if waarde is None or waarde == "" or waarde == [] or (isinstance(waarde, QuerySet) and not waarde):
            continue
        if isinstance(waarde, datetime | date):
            parameters[naam] = waarde.isoformat()
        elif isinstance(waarde, Model):
            parameters[naam] = waarde.pk if isinstance(waarde.pk, int) else str(waarde.pk)
        elif isinstance(waarde, QuerySet):
            parameters[naam] = sorted(str(pk) for pk in waarde.values_list("pk", flat=True))
        elif isinstance(waarde, Decimal):
            parameters[naam] = str(waarde)
        elif isinstance(waarde, bool | int | float | str):
            parameters[naam] = waarde
        else:
            raise TypeError(f"report parameter {naam}: {type(waarde).__name__} is not JSON-safe")
    return parameters


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
