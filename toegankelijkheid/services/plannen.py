"""Publishing a plan, closing it, and carrying its unfinished actions over to the next one."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from gelijkekansen.core import publiek
from gelijkekansen.core.workflow import transition
from toegankelijkheid.constants import AFGEROND, PUBLIEK, PlanStatus
from toegankelijkheid.models import Actie, Actieplan


def plan_publiceren(*, plan: Actieplan, door) -> Actieplan:
    if not plan.acties.exists():
        raise ValidationError(_("Een plan zonder acties publiceer je niet: voeg eerst acties toe."))
    if not plan.samenvatting.strip():
        raise ValidationError(
            _("Schrijf eerst de samenvatting in duidelijke taal: die staat bovenaan de pagina.")
        )
    return transition(
        plan,
        van=PlanStatus.ONTWERP,
        to=PlanStatus.GEPUBLICEERD,
        door=door,
        reden=gettext_noop("Gepubliceerd"),
        velden={"gepubliceerd_op": timezone.now()},
        na_commit=[lambda: pdf_aanvragen(plan=plan, door=door)],
    )


PDF_SOORT = "toegankelijkheid-plan"


def pdf_aanvragen(*, plan: Actieplan, door=None):
    """The plan as a PDF as it stands today, made by the worker (once per plan and day)."""
    from gelijkekansen.core.services import rapport_aanvragen

    parameters = {"plan": plan.slug, "peildatum": timezone.localdate().isoformat()}
    return rapport_aanvragen(soort=PDF_SOORT, parameters=parameters, door=door)


def plan_pdfs_bijwerken() -> int:
    """A new PDF of every running plan whose actions changed since its newest PDF (the beat's)."""
    from django.db.models import Max

    from gelijkekansen.core.models import Rapport

    aantal = 0
    for plan in Actieplan.objects.filter(status=PlanStatus.GEPUBLICEERD):
        laatste = (
            Rapport.objects.filter(soort=PDF_SOORT, parameters__plan=plan.slug)
            .order_by("-aangemaakt")
            .first()
        )
        gewijzigd = plan.acties.aggregate(laatst=Max("bijgewerkt_op"))["laatst"]
        if laatste is None or (
            gewijzigd and gewijzigd.isoformat() >= laatste.parameters.get("peildatum", "")
        ):
            pdf_aanvragen(plan=plan)
            aantal += 1
    return aantal


def plan_afsluiten(*, plan: Actieplan, door) -> Actieplan:
    return transition(plan, van=PlanStatus.GEPUBLICEERD, to=PlanStatus.AFGESLOTEN, door=door)


def acties_overnemen(*, van: Actieplan, naar: Actieplan, door) -> list[Actie]:
    """Copy every unfinished action of ``van`` into ``naar`` (a draft), each linked to its origin.

    Status and progress come along: the work goes on. An action taken over before is skipped, so a
    second click changes nothing.
    """
    if naar.status != PlanStatus.ONTWERP:
        raise ValidationError(_("Acties neem je over naar een plan in ontwerp."))
    if naar.begin <= van.begin:
        raise ValidationError(_("Acties gaan naar een later plan, niet naar een vroeger."))
    with transaction.atomic():
        Actieplan.objects.select_for_update().get(pk=naar.pk)  # one carry-over at a time per plan
        nummer = naar.acties.aggregate(hoogste=Max("nummer"))["hoogste"] or 0
        nieuw = []
        te_nemen = van.acties.exclude(status__in=AFGEROND).filter(vervolg__isnull=True).order_by("nummer")
        for oud in te_nemen:
            nummer += 1
            nieuw.append(_kopie(oud, naar, nummer))
        Actie.objects.bulk_create(nieuw)
        publiek.vernieuwen(PUBLIEK)  # bulk_create sends no signal
    return nieuw


def _kopie(oud: Actie, naar: Actieplan, nummer: int) -> Actie:
    velden = ["resultaatsgebied_id", "titel", "wat", "waarom", "trekker_id", "partners", "status"]
    velden += ["voortgang", "indicator", "streefwaarde", "bijgewerkt_op"]
    kopie = Actie(actieplan=naar, nummer=nummer, overgenomen_van=oud, **{v: getattr(oud, v) for v in velden})
    kopie.begin = naar.begin
    kopie.einde = naar.einde
    return kopie
