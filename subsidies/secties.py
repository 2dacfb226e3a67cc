"""The sections of the application form. Each saves on its own, so a draft is never lost."""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.forms.formsets import DELETION_FIELD_NAME
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core import bijlagen
from gelijkekansen.core.models import StatusWijziging
from subsidies.constants import AanvraagStatus
from subsidies.forms import (
    BegrotingForm,
    BegrotingFormSet,
    BetalingForm,
    BijlageForm,
    InitiatiefForm,
    MonitoringForm,
)
from subsidies.services import aanvragen


@dataclass(frozen=True)
class Sectie:
    slug: str
    titel: str
    formulieren: Callable  # (request, aanvraag) -> {"form": …, …}
    bewaren: Callable  # (request, aanvraag, formulieren) -> None
    volgende: str | None
    context: Callable = lambda aanvraag: {}  # extra template context


def _data(request):
    return request.POST if request.method == "POST" else None


def _initiatief_formulieren(request, aanvraag):
    return {"form": InitiatiefForm(_data(request), instance=aanvraag)}


def _initiatief_bewaren(request, aanvraag, formulieren):
    gegevens = dict(formulieren["form"].cleaned_data)
    doelgroepen, wijken = gegevens.pop("doelgroepen"), gegevens.pop("wijken")
    aanvragen.aanvraag_bewaren(
        aanvraag=aanvraag, door=request.user, velden=gegevens, doelgroepen=doelgroepen, wijken=wijken
    )


LIJN_TOEVOEGEN = "lijn_toevoegen"  # the button "Nog een lijn toevoegen" (static/js/begroting.js)


def _begroting_formulieren(request, aanvraag):
    maximum = aanvraag.oproep.reglement.max_bedrag
    if request.method == "POST" and LIJN_TOEVOEGEN in request.POST:
        return _begroting_met_extra_lijn(request.POST, maximum)
    lijnen = [
        {"soort": lijn.soort, "omschrijving": lijn.omschrijving, "bedrag": lijn.bedrag}
        for lijn in aanvraag.begrotingslijnen.all()
    ]
    return {
        "form": BegrotingForm(
            _data(request),
            initial={
                "gevraagd_bedrag": aanvraag.gevraagd_bedrag,
                "andere_subsidies": aanvraag.andere_subsidies,
            },
            maximum=maximum,
        ),
        "lijnen": BegrotingFormSet(_data(request), initial=lijnen, prefix="lijn"),
    }


def _begroting_met_extra_lijn(data, maximum):
    """Without JavaScript, "Nog een lijn toevoegen" sends the page: it comes back as typed, with
    one empty line more, nothing saved. The forms are unbound (the typed values as initial), so
    a half-filled line shows no error yet and the view does not save."""
    getypt = BegrotingFormSet(data, prefix="lijn")
    rijen = [
        {naam: lijn[naam].value() for naam in ("soort", "omschrijving", "bedrag")}
        for lijn in getypt.forms
        if lijn.has_changed() and not lijn[DELETION_FIELD_NAME].value()
    ]
    lijnen = BegrotingFormSet(initial=rijen, prefix="lijn")
    lijnen.extra = sum(1 for lijn in getypt.forms if not lijn.has_changed()) + 1
    form = BegrotingForm(data, maximum=maximum)
    return {
        "form": BegrotingForm(initial={naam: form[naam].value() for naam in form.fields}, maximum=maximum),
        "lijnen": lijnen,
    }


def _begroting_bewaren(request, aanvraag, formulieren):
    lijnen = [
        f.cleaned_data for f in formulieren["lijnen"] if f.cleaned_data and not f.cleaned_data.get("DELETE")
    ]
    for lijn in lijnen:
        lijn.pop("DELETE", None)
    aanvragen.begroting_bewaren(
        aanvraag=aanvraag,
        door=request.user,
        lijnen=lijnen,
        gevraagd_bedrag=formulieren["form"].cleaned_data["gevraagd_bedrag"],
        andere_subsidies=formulieren["form"].cleaned_data["andere_subsidies"],
    )


def _betaling_formulieren(request, aanvraag):
    vergrendeld = aanvraag.status != AanvraagStatus.CONCEPT
    return {"form": BetalingForm(_data(request), instance=aanvraag, vergrendeld=vergrendeld)}


def _betaling_bewaren(request, aanvraag, formulieren):
    if aanvraag.status != AanvraagStatus.CONCEPT:
        return  # shown read-only during a completion: nothing of it is saved
    aanvragen.aanvraag_bewaren(aanvraag=aanvraag, door=request.user, velden=formulieren["form"].cleaned_data)


def _bijlagen_formulieren(request, aanvraag):
    return {"form": BijlageForm(_data(request), request.FILES or None)}


def bijlage_bewaren(aanvraag, bestand, *, door=None, voor_verantwoording: bool = False):
    return aanvragen.bijlage_toevoegen(
        aanvraag=aanvraag, bestand=bestand, door=door, voor_verantwoording=voor_verantwoording
    )


def _bijlagen_bewaren(request, aanvraag, formulieren):
    bestand = formulieren["form"].cleaned_data.get("bestand")
    if bestand:
        bijlage_bewaren(aanvraag, bestand, door=request.user)


def _monitoring_formulieren(request, aanvraag):
    return {"form": MonitoringForm(_data(request))}


def _monitoring_bewaren(request, aanvraag, formulieren):
    gegevens = dict(formulieren["form"].cleaned_data)
    groepen = gegevens.pop("bereikte_groepen")
    aanvragen.monitoring_invullen(aanvraag=aanvraag, antwoorden=gegevens, bereikte_groepen=groepen)


SECTIES = {
    s.slug: s
    for s in [
        Sectie("initiatief", _("Je initiatief"), _initiatief_formulieren, _initiatief_bewaren, "begroting"),
        Sectie(
            "begroting",
            _("Begroting"),
            _begroting_formulieren,
            _begroting_bewaren,
            "betaling",
            context=lambda a: {
                "totalen": aanvragen.begroting_totalen(a),
                "maximum": a.oproep.reglement.max_bedrag,
            },
        ),
        Sectie("betaling", _("Betaling"), _betaling_formulieren, _betaling_bewaren, "bijlagen"),
        Sectie(
            "bijlagen",
            _("Bijlagen"),
            _bijlagen_formulieren,
            _bijlagen_bewaren,
            "monitoring",
            context=lambda a: {"bijlagen": bijlagen.bijlagen_van(a)},
        ),
        Sectie(
            "monitoring",
            _("Vragenlijst (vrijwillig)"),
            _monitoring_formulieren,
            _monitoring_bewaren,
            "controleren",
        ),
    ]
}
EERSTE = "initiatief"


def geschiedenis(aanvraag, betalingen: list) -> list:
    """The file's steps, with those of its payments (``betalingen``, already loaded for the page)
    the applicant needs: the order given, a balance paid, a transfer returned or refused (a paid
    advance is the file's own step). One query for both."""
    from gelijkekansen.core.models import Betaling

    betaling_type = ContentType.objects.get_for_model(Betaling)
    soorten = {str(betaling.pk): betaling.soort for betaling in betalingen}
    stappen = StatusWijziging.objects.filter(
        Q(content_type=ContentType.objects.get_for_model(aanvraag), object_id=str(aanvraag.pk))
        | Q(content_type=betaling_type, object_id__in=list(soorten))
    ).select_related("door")
    zichtbaar = (
        stap
        for stap in stappen
        if stap.content_type_id != betaling_type.pk or _betaalstap_zichtbaar(stap, soorten[stap.object_id])
    )
    return sorted(zichtbaar, key=lambda stap: (stap.tijdstip, stap.pk))


def _betaalstap_zichtbaar(stap, soort: str) -> bool:
    from subsidies.constants import BetalingSoort, BetalingStatus

    if stap.naar == BetalingStatus.IN_BATCH:
        return False
    return not (stap.naar == BetalingStatus.BETAALD and soort == BetalingSoort.VOORSCHOT)
