"""The beat's two reports; thin: the kernel's Rapport does the work (idempotent per parameters)."""

from celery import shared_task
from django.utils import timezone


def _aanvragen(soort: str, **parameters) -> None:
    from gelijkekansen.core.services import rapport_aanvragen

    rapport_aanvragen(soort=soort, parameters=parameters, door=None)


@shared_task(ignore_result=True)
def maandrapport_maken() -> None:
    """On the first of the month: the figures of the month before."""
    from meldingen.rapporten import MAANDRAPPORT

    vandaag = timezone.localdate()
    jaar, maand = (vandaag.year, vandaag.month - 1) if vandaag.month > 1 else (vandaag.year - 1, 12)
    _aanvragen(MAANDRAPPORT, jaar=jaar, maand=maand)


@shared_task(ignore_result=True)
def jaarrapport_maken() -> None:
    from meldingen.rapporten import JAARRAPPORT

    _aanvragen(JAARRAPPORT, jaar=timezone.localdate().year - 1)
