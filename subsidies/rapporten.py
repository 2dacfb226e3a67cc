"""Report kinds of Samen Aan Zet: the test-year evaluation as a PDF (made by the Celery worker)."""

from datetime import date

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gelijkekansen.accounts.roles import Rol, heeft_rol
from gelijkekansen.core.models.referentie import WIJK_BRON
from gelijkekansen.core.pdf import render_pdf
from gelijkekansen.core.rapporten import rapport_soort
from subsidies.evaluatie import evaluatie_cijfers
from subsidies.views.evaluatie import EvaluatieFilterForm


def _dossierbehandelaar(user) -> bool:
    return heeft_rol(user, Rol.DOSSIERBEHANDELAAR_SUBSIDIES)


@rapport_soort(
    "subsidies-evaluatie",
    titel=_("Evaluatie Samen Aan Zet"),
    mag_aanvragen=_dossierbehandelaar,
    formulier=EvaluatieFilterForm,
    pagina="subsidies:evaluatie",
)
def subsidies_evaluatie(rapport, voortgang) -> tuple[str, bytes]:
    """The four questions of the test year, as charts, summaries and tables.

    The parameters are the page's filter (``van``, ``tot``, ``oproep``: ISO dates and an id) and
    ``peildatum``, the day it was asked. Without ``tot`` it covers everything submitted up to the
    peildatum. The parameters go through the page's form again, so the PDF counts exactly what
    the page counted; a call deleted since then fails the report (its history says why).
    """
    parameters = rapport.parameters
    peildatum = _datum(parameters.get("peildatum")) or timezone.localdate()
    form = EvaluatieFilterForm(
        {naam: parameters[naam] for naam in ("van", "tot", "oproep") if naam in parameters}
    )
    if not form.is_valid():
        raise ValueError(
            _("De keuze voor dit rapport is niet meer geldig: %(fouten)s") % {"fouten": form.errors}
        )
    van, oproep = form.cleaned_data["van"], form.cleaned_data["oproep"]
    tot = form.cleaned_data["tot"] or peildatum
    voortgang(10)
    cijfers = evaluatie_cijfers(van=van, tot=tot, oproep=oproep)
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
    naam = "-".join(
        ["subsidies-evaluatie", peildatum.isoformat(), *([f"oproep{oproep.pk}"] if oproep else [])]
    )
    return f"{naam}.pdf", pdf


def _datum(waarde: str | None) -> date | None:
    return date.fromisoformat(waarde) if waarde else None
