"""One way to bring a plan, an update, an evaluation or an advice to a given state: step by step
through the services, as the team, a service and a council would. Shared by the demo and the
tests (factories, access matrix) — never by setting ``status``."""

from toegankelijkheid.constants import AdviesStatus, EvaluatieStatus, PlanStatus, UpdateStatus
from toegankelijkheid.models import Actieplan, Advies, Evaluatie, Voortgangsupdate
from toegankelijkheid.services import adviezen, evaluaties, plannen, voortgang

ANTWOORD = "De stad neemt dit mee in het volgende plan."


def naar_status(obj, status: str, *, door, lid=None, reden: str = "", conclusies: str = ""):
    """``door`` acts for the city (the team); ``lid`` submits an advice for its council."""
    stappen = {
        Actieplan: _plan,
        Voortgangsupdate: _update,
        Evaluatie: _evaluatie,
        Advies: _advies,
    }[type(obj)]
    stappen(obj, status, door=door, lid=lid, reden=reden, conclusies=conclusies)
    obj.refresh_from_db()
    return obj


def _plan(plan, status, *, door, **_):
    if plan.status == PlanStatus.ONTWERP and status != PlanStatus.ONTWERP:
        plannen.plan_publiceren(plan=plan, door=door)
    if status == PlanStatus.AFGESLOTEN:
        plannen.plan_afsluiten(plan=plan, door=door)


def _update(update, status, *, door, reden, **_):
    if status == UpdateStatus.GOEDGEKEURD:
        voortgang.update_goedkeuren(update=update, door=door)
    elif status == UpdateStatus.AFGEWEZEN:
        voortgang.update_afwijzen(update=update, door=door, reden=reden or "Schrijf het in klare taal.")


def _evaluatie(evaluatie, status, *, door, conclusies, **_):
    if status == EvaluatieStatus.GEPUBLICEERD:
        evaluaties.conclusies_bewaren(evaluatie=evaluatie, conclusies=conclusies or "Goed op weg.", door=door)
        evaluaties.evaluatie_publiceren(evaluatie=evaluatie, door=door)


def _advies(advies, status, *, door, lid, **_):
    if advies.status == AdviesStatus.CONCEPT and status != AdviesStatus.CONCEPT:
        adviezen.advies_indienen(advies=advies, door=lid or advies.gemaakt_door)
    if status == AdviesStatus.BEANTWOORD:
        for punt in advies.punten.all():
            adviezen.punt_beantwoorden(
                punt=punt, door=door, standpunt="aanvaard", motivering=ANTWOORD, opvolging=""
            )
        adviezen.advies_beantwoorden(advies=advies, door=door)
