"""Use-cases of the shared kernel: reports. Chapter apps have their own services.py."""

import logging

from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from kombu.exceptions import OperationalError as BrokerOnbereikbaar

from gelijkekansen.core.models import Rapport
from gelijkekansen.core.rapporten import REGISTER
from gelijkekansen.core.workflow import OngeldigeOvergang, transition

logger = logging.getLogger(__name__)
Status = Rapport.Status


def rapport_aanvragen(*, soort: str, parameters: dict, door) -> Rapport:
    """Give the report for these parameters: the existing one, or a new one queued for a worker."""
    if soort not in REGISTER or not REGISTER[soort].mag_aanvragen(door):
        raise PermissionDenied
    bestaand = Rapport.objects.filter(soort=soort, sleutel=_sleutel(parameters)).first()
    if bestaand:
        if bestaand.status == Status.MISLUKT or bestaand.is_vastgelopen:
            return rapport_opnieuw_proberen(rapport=bestaand, door=door)
        return bestaand
    try:
        with transaction.atomic():
            rapport = Rapport.objects.create(soort=soort, parameters=parameters, aangevraagd_door=door)
    except IntegrityError:  # someone asked for the same report a moment earlier
        return Rapport.objects.get(soort=soort, sleutel=_sleutel(parameters))
    transaction.on_commit(lambda: _inplannen(rapport.pk))
    return rapport


def rapport_opnieuw_proberen(*, rapport: Rapport, door) -> Rapport:
    """Queue a failed report again, or one stuck in BEZIG past the time-out (its worker died)."""
    van = [Status.MISLUKT, Status.BEZIG] if rapport.is_vastgelopen else [Status.MISLUKT]
    transition(
        rapport,
        van=van,
        to=Status.WACHTEND,
        door=door,
        reden=gettext_noop("Opnieuw geprobeerd"),
        velden={"fout": "", "voortgang": 0},
        na_commit=[lambda: _inplannen(rapport.pk)],
    )
    return rapport


def rapport_maken(*, rapport_id) -> None:
    """Run by the worker. Claims the report, so two workers never make the same file."""
    rapport = Rapport.objects.get(pk=rapport_id)
    try:
        transition(
            rapport, van=Status.WACHTEND, to=Status.BEZIG, door=None, reden=gettext_noop("Taak gestart")
        )
    except OngeldigeOvergang:
        return  # already taken by another worker, or done
    try:
        naam, inhoud = REGISTER[rapport.soort].maak(rapport, lambda pct: _voortgang(rapport, pct))
    except Exception as exc:
        logger.exception("Rapport %s mislukt", rapport.pk)
        transition(
            rapport,
            van=Status.BEZIG,
            to=Status.MISLUKT,
            door=None,
            reden=str(exc)[:500],
            velden={"fout": _foutmelding(exc)},
        )
        return
    rapport.bestand.save(naam, ContentFile(inhoud), save=False)
    from gelijkekansen.core import emails

    transition(
        rapport,
        van=Status.BEZIG,
        to=Status.KLAAR,
        door=None,
        velden={"bestand": rapport.bestand.name, "voortgang": 100},
        na_commit=[lambda: emails.rapport_klaar(rapport)],
    )


def rapporten_herstarten(*, ouder_dan) -> int:
    """The watchdog (beat): reports stuck in BEZIG past the time-out go back to waiting (their
    worker was killed), and reports still waiting are queued again (a broker restart may have lost
    their message)."""
    for rapport in Rapport.objects.vastgelopen():
        try:
            rapport_opnieuw_proberen(rapport=rapport, door=None)
        except OngeldigeOvergang:
            continue  # finished or restarted a moment ago
    wachtend = Rapport.objects.filter(status=Status.WACHTEND, bijgewerkt__lt=ouder_dan)
    ids = list(wachtend.values_list("pk", flat=True))
    for rapport_id in ids:
        _inplannen(rapport_id)
    return len(ids)


def _voortgang(rapport: Rapport, pct: int) -> None:
    # bijgewerkt is the heartbeat the watchdog reads: a report that progresses is not stuck.
    Rapport.objects.filter(pk=rapport.pk, status=Status.BEZIG).update(
        voortgang=max(0, min(pct, 99)), bijgewerkt=timezone.now()
    )


def _inplannen(rapport_id) -> None:
    from gelijkekansen.core.tasks import maak_rapport

    try:
        resultaat = maak_rapport.delay(str(rapport_id))
    except BrokerOnbereikbaar as exc:
        # The request that asked for the report still succeeds; the report shows the failure
        # and its retry button, so nothing is lost silently.
        logger.error("Takenwachtrij onbereikbaar voor rapport %s: %s", rapport_id, exc)
        rapport = Rapport.objects.get(pk=rapport_id)
        fout = _("De takenwachtrij is nu niet bereikbaar. Probeer het later opnieuw.")
        transition(
            rapport,
            van=Status.WACHTEND,
            to=Status.MISLUKT,
            door=None,
            reden=str(exc)[:500],
            velden={"fout": fout},
        )
        return
    Rapport.objects.filter(pk=rapport_id).update(task_id=resultaat.id or "")


def _foutmelding(exc: Exception) -> str:
    return _(
        "Het rapport kon niet gemaakt worden (%(soort)s). Probeer het opnieuw; blijft het "
        "mislukken, neem dan contact op met de beheerder."
    ) % {"soort": type(exc).__name__}


def _sleutel(parameters: dict) -> str:
    from gelijkekansen.core.models.rapporten import parameters_sleutel

    return parameters_sleutel(parameters)
