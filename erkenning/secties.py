"""The sections of the application for recognition. Each saves on its own, so a draft is never
lost; the check page lists what is still missing, with a link to its field."""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from erkenning.constants import BijlageSoort
from erkenning.forms import BestuurFormSet, BijlageForm, CriteriaForm, RekeningForm, VerenigingForm
from erkenning.services import aanvragen
from gelijkekansen.core import bijlagen


@dataclass(frozen=True)
class Sectie:
    slug: str
    titel: str
    formulieren: Callable  # (request, erkenning) -> {"form": …, …}
    bewaren: Callable  # (request, erkenning, formulieren) -> None
    volgende: str | None
    uitleg: str = ""


def _data(request):
    return request.POST if request.method == "POST" else None


def _vereniging_formulieren(request, erkenning):
    return {"form": VerenigingForm(_data(request), instance=erkenning)}


def _vereniging_bewaren(request, erkenning, formulieren):
    gegevens = dict(formulieren["form"].cleaned_data)
    doelgroepen = gegevens.pop("doelgroepen")
    aanvragen.erkenning_bewaren(
        erkenning=erkenning, door=request.user, velden=gegevens, doelgroepen=doelgroepen
    )


def _bestuur_formulieren(request, erkenning):
    leden = [
        {"naam": lid.naam, "functie": lid.functie, "woont_in_gent": lid.woont_in_gent}
        for lid in erkenning.bestuursleden.all()
    ]
    # Three lines to start with (the minimum of the regulation), one empty line once filled in.
    lijnen = BestuurFormSet(_data(request), initial=leden, prefix="lid")
    lijnen.extra = max(1, 3 - len(leden))
    lijnen.lijn_naam = _("Bestuurslid %(nummer)s")  # in the error summary
    return {"lijnen": lijnen}


def _bestuur_bewaren(request, erkenning, formulieren):
    leden = [
        {k: v for k, v in lid.cleaned_data.items() if k != "DELETE"}
        for lid in formulieren["lijnen"]
        if lid.cleaned_data and not lid.cleaned_data.get("DELETE")
    ]
    aanvragen.bestuur_bewaren(erkenning=erkenning, door=request.user, leden=leden)


def _criteria_formulieren(request, erkenning):
    return {"form": CriteriaForm(_data(request), erkenning=erkenning)}


def _criteria_bewaren(request, erkenning, formulieren):
    aanvragen.erkenning_bewaren(
        erkenning=erkenning, door=request.user, velden={"criteria": formulieren["form"].criteria()}
    )


def _rekening_formulieren(request, erkenning):
    return {"form": RekeningForm(_data(request), instance=erkenning)}


def _rekening_bewaren(request, erkenning, formulieren):
    aanvragen.erkenning_bewaren(
        erkenning=erkenning, door=request.user, velden=formulieren["form"].cleaned_data
    )


def _bijlagen_formulieren(request, erkenning):
    return {"form": BijlageForm(_data(request), request.FILES or None)}


def _bijlagen_bewaren(request, erkenning, formulieren):
    if bestand := formulieren["form"].cleaned_data.get("bestand"):
        aanvragen.bijlage_toevoegen(
            erkenning=erkenning,
            bestand=bestand,
            soort=formulieren["form"].cleaned_data["soort"],
            door=request.user,
        )


SECTIES = {
    s.slug: s
    for s in [
        Sectie("vereniging", _("Jullie vereniging"), _vereniging_formulieren, _vereniging_bewaren, "bestuur"),
        Sectie(
            "bestuur",
            _("Bestuur"),
            _bestuur_formulieren,
            _bestuur_bewaren,
            "criteria",
            _("Wie zit in het bestuur? Vul minstens drie mensen in."),
        ),
        Sectie(
            "criteria",
            _("Criteria"),
            _criteria_formulieren,
            _criteria_bewaren,
            "rekening",
            _(
                "Een erkende vereniging voldoet aan deze zes criteria. Leg bij elk kort uit hoe jullie eraan voldoen."
            ),
        ),
        Sectie("rekening", _("Rekening"), _rekening_formulieren, _rekening_bewaren, "bijlagen"),
        Sectie(
            "bijlagen",
            _("Bijlagen"),
            _bijlagen_formulieren,
            _bijlagen_bewaren,
            "controleren",
            _(
                "Voeg jullie statuten toe. Zijn jullie geen vzw? Voeg dan jullie huishoudelijk reglement of afspraken toe."
            ),
        ),
    ]
}
EERSTE = "vereniging"


def bijlagen_context(erkenning) -> dict:
    """The attachments, each with its kind in words (core.Bijlage keeps the app's code)."""
    lijst = list(bijlagen.bijlagen_van(erkenning))
    for bijlage in lijst:
        bijlage.soort_label = (
            BijlageSoort(bijlage.soort).label if bijlage.soort in BijlageSoort.values else ""
        )
    return {"bijlagen": lijst}
