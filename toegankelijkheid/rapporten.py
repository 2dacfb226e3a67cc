"""The published evaluation of an action plan as a tagged PDF, made by the Celery worker when the
evaluation is published (services/evaluaties.py); the public page offers it once ready."""

from django.utils.translation import gettext_lazy as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import mag_rol
from gelijkekansen.core.pdf import render_pdf
from gelijkekansen.core.rapporten import rapport_soort
from toegankelijkheid.services import plannen
from toegankelijkheid.services.evaluaties import PDF_SOORT


def _team_of_systeem(user) -> bool:
    return user is None or mag_rol(user, Rol.TOEGANKELIJKHEID)  # None: a publication, the beat


@rapport_soort(
    PDF_SOORT,
    titel=_("Evaluatie actieplan toegankelijkheid"),
    mag_aanvragen=lambda u: mag_rol(u, Rol.TOEGANKELIJKHEID),
    op_aanvraag=False,  # made when the evaluation is published
)
def evaluatie_pdf(rapport, voortgang) -> tuple[str, bytes]:
    from toegankelijkheid.constants import EvaluatieStatus
    from toegankelijkheid.models import Evaluatie
    from toegankelijkheid.overzicht import evaluatie_context

    evaluatie = Evaluatie.objects.select_related("actieplan").get(
        sleutel=rapport.parameters["evaluatie"], status=EvaluatieStatus.GEPUBLICEERD
    )
    voortgang(20)
    pdf = render_pdf("pdf/toegankelijkheid_evaluatie.html", evaluatie_context(evaluatie))
    voortgang(95)
    return f"evaluatie-toegankelijkheid-{evaluatie.actieplan.slug}-{evaluatie.jaar}.pdf", pdf


@rapport_soort(
    plannen.PDF_SOORT,
    titel=_("Actieplan toegankelijkheid"),
    mag_aanvragen=_team_of_systeem,
    op_aanvraag=False,  # made at publication and by the beat
)
def plan_pdf(rapport, voortgang) -> tuple[str, bytes]:
    from datetime import date

    from toegankelijkheid import overzicht
    from toegankelijkheid.querysets import publieke_plannen

    plan = publieke_plannen().get(slug=rapport.parameters["plan"])
    acties = plan.acties.select_related("resultaatsgebied__domein", "trekker").order_by(
        "resultaatsgebied__nummer", "nummer"
    )
    voortgang(20)
    context = {
        "plan": plan,
        "peildatum": date.fromisoformat(rapport.parameters["peildatum"]),
        "totaal": overzicht.plan_totaal(plan),
        "domeinen": overzicht.plan_overzicht(plan),
        "acties": acties,
    }
    pdf = render_pdf("pdf/toegankelijkheid_plan.html", context)
    voortgang(95)
    return f"actieplan-toegankelijkheid-{plan.slug}.pdf", pdf
