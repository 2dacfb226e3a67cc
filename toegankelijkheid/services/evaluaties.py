"""The yearly evaluation: a snapshot of every action of the plan, conclusions, publication and a
PDF made by the worker. A published evaluation never changes."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from gelijkekansen.core.services import rapport_aanvragen
from gelijkekansen.core.validators import heeft_inhoud
from gelijkekansen.core.workflow import transition, velden_wijzigen
from toegankelijkheid.constants import EvaluatieStatus, UpdateStatus
from toegankelijkheid.models import Actieplan, Evaluatie, Momentopname, Voortgangsupdate

PDF_SOORT = "toegankelijkheid-evaluatie"


def evaluatie_maken(*, plan: Actieplan, jaar: int, door) -> Evaluatie:
    evaluatie = Evaluatie(actieplan=plan, jaar=jaar, gemaakt_door=door)
    evaluatie.full_clean()  # a published plan, a year of the plan, not evaluated yet that year
    try:
        with transaction.atomic():
            evaluatie.save()
    except IntegrityError:  # the same evaluation made a moment earlier
        raise ValidationError({"jaar": _("Er is al een evaluatie van dat jaar voor dit plan.")}) from None
    return momentopname_maken(evaluatie=evaluatie, door=door)


def momentopname_maken(*, evaluatie: Evaluatie, door) -> Evaluatie:
    """Every action of the plan as it stands today, with its last approved update. Again while
    the evaluation is a concept: the newest state replaces the older snapshot."""
    with transaction.atomic():
        evaluatie = velden_wijzigen(
            evaluatie,
            velden={"peildatum": timezone.localdate()},
            door=door,
            toegestaan_in=[EvaluatieStatus.CONCEPT],
            reden=gettext_noop("Momentopname gemaakt"),
        )
        evaluatie.acties.all().delete()
        Momentopname.objects.bulk_create(_opnames(evaluatie))
    return evaluatie


def _opnames(evaluatie: Evaluatie) -> list[Momentopname]:
    laatste = Voortgangsupdate.objects.filter(actie=OuterRef("pk"), status=UpdateStatus.GOEDGEKEURD).order_by(
        "-datum", "-ingediend_op"
    )
    acties = (
        evaluatie.actieplan.acties.select_related("resultaatsgebied__domein", "trekker")
        .annotate(
            update_tekst=Subquery(laatste.values("tekst")[:1]),
            update_datum=Subquery(laatste.values("datum")[:1]),
        )
        .order_by("nummer")
    )
    return [
        Momentopname(
            evaluatie=evaluatie,
            actie=actie,
            nummer=actie.nummer,
            titel=actie.titel,
            domein=actie.resultaatsgebied.domein.naam,
            resultaatsgebied=actie.resultaatsgebied.naam,
            resultaatsgebied_nummer=actie.resultaatsgebied.nummer,
            trekker=actie.trekker.naam,
            status=actie.status,
            voortgang=actie.voortgang,
            laatste_update=actie.update_tekst or "",
            laatste_update_op=actie.update_datum,
        )
        for actie in acties
    ]


def conclusies_bewaren(*, evaluatie: Evaluatie, conclusies: str, door) -> Evaluatie:
    return velden_wijzigen(
        evaluatie,
        velden={"conclusies": conclusies.strip()},
        door=door,
        toegestaan_in=[EvaluatieStatus.CONCEPT],
    )


def evaluatie_publiceren(*, evaluatie: Evaluatie, door) -> Evaluatie:
    """Public from now on, unchangeable; the worker makes the PDF (progress on the report page)."""
    if not heeft_inhoud(evaluatie.conclusies):
        raise ValidationError(_("Schrijf eerst de conclusies: zonder conclusies is het geen evaluatie."))
    if not evaluatie.acties.exists():
        raise ValidationError(_("Maak eerst de momentopname van de acties."))
    return transition(
        evaluatie,
        van=EvaluatieStatus.CONCEPT,
        to=EvaluatieStatus.GEPUBLICEERD,
        door=door,
        reden=gettext_noop("Gepubliceerd"),
        velden={"gepubliceerd_op": timezone.now()},
        na_commit=[lambda: pdf_aanvragen(evaluatie=evaluatie, door=door)],
    )


def pdf_aanvragen(*, evaluatie: Evaluatie, door):
    return rapport_aanvragen(soort=PDF_SOORT, parameters=pdf_parameters(evaluatie), door=door)


def pdf_parameters(evaluatie: Evaluatie) -> dict:
    return {"evaluatie": str(evaluatie.sleutel)}
