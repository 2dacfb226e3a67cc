"""Report kinds of Samen Aan Zet: the test-year evaluation as a PDF (made by the Celery worker)."""

from datetime import date
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gelijkekansen.accounts.roles import Rol, heeft_rol
from gelijkekansen.core.models.referentie import WIJK_BRON
from gelijkekansen.core.pdf import render_pdf
from gelijkekansen.core.rapporten import rapport_soort
from subsidies.evaluatie import als_tekst, evaluatie_cijfers
from subsidies.models import Oproep

# The charts of the PDF: per table, the column drawn as bars (the table itself follows the chart).
GRAFIEKEN = {
    "aanvrager_soort": "aanvragen",
    "geld_per_doel": "toegekend",
    "reikwijdte": "aanvragen",
    "bereikte_groepen": "totaal",
}
STAAF_MAX = 280  # px, the longest bar
RIJ_HOOGTE = 20  # px per bar


def _dossierbehandelaar(user) -> bool:
    return heeft_rol(user, Rol.DOSSIERBEHANDELAAR_SUBSIDIES)


@rapport_soort("subsidies-evaluatie", titel=_("Evaluatie Samen Aan Zet"), mag_aanvragen=_dossierbehandelaar)
def subsidies_evaluatie(rapport, voortgang) -> tuple[str, bytes]:
    """The four questions of the test year, as tables and bar charts.

    The portal asks for it with only ``peildatum`` (today): then it covers every call and every
    application submitted up to that day. ``van``, ``tot`` and ``oproep`` are honoured when given.
    """
    parameters = rapport.parameters
    peildatum = _datum(parameters.get("peildatum")) or timezone.localdate()
    van, tot = _datum(parameters.get("van")), _datum(parameters.get("tot")) or peildatum
    oproep = Oproep.objects.filter(pk=parameters["oproep"]).first() if parameters.get("oproep") else None
    voortgang(10)
    cijfers = evaluatie_cijfers(van=van, tot=tot, oproep=oproep)
    voortgang(50)
    for vraag in cijfers["vragen"]:
        for tabel in vraag["tabellen"]:
            if tabel["code"] in GRAFIEKEN:
                tabel["grafiek"] = _staafdiagram(tabel, GRAFIEKEN[tabel["code"]])
    voortgang(60)
    pdf = render_pdf(
        "pdf/subsidies_evaluatie.html",
        {
            "cijfers": cijfers,
            "peildatum": peildatum,
            "van": van,
            "tot": tot,
            "oproep": oproep,
            "bron": WIJK_BRON,
        },
    )
    voortgang(95)
    return f"subsidies-evaluatie-{peildatum.isoformat()}.pdf", pdf


def _datum(waarde: str | None) -> date | None:
    return date.fromisoformat(waarde) if waarde else None


def _staafdiagram(tabel: dict, kolom_code: str) -> dict:
    """Bars for one column. A suppressed value ("<5") gets its text and no bar."""
    index = [k["code"] for k in tabel["kolommen"]].index(kolom_code)
    rijen = [r for r in tabel["rijen"] if r["code"] != "totaal"]
    getallen = [r["waarden"][index] for r in rijen]
    grootste = max([g for g in getallen if isinstance(g, int | Decimal)] + [1])
    staven = [
        {
            "naam": rij["categorie"],
            "tekst": als_tekst(waarde),
            "breedte": round(STAAF_MAX * waarde / grootste) if isinstance(waarde, int | Decimal) else 0,
            "y": RIJ_HOOGTE * i,
        }
        for i, (rij, waarde) in enumerate(zip(rijen, getallen, strict=True))
    ]
    return {
        "id": f"grafiek-{tabel['code']}",
        "titel": f"{tabel['titel']}: {tabel['kolommen'][index]['titel']}",
        "staven": staven,
        "hoogte": RIJ_HOOGTE * len(staven) + 10,
    }
