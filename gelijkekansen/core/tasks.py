from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from gelijkekansen.core import services


@shared_task(acks_late=True, time_limit=600, soft_time_limit=540)
def maak_rapport(rapport_id: str) -> None:
    services.rapport_maken(rapport_id=rapport_id)


@shared_task
def rapporten_herstarten() -> int:
    grens = timezone.now() - timedelta(minutes=settings.RAPPORT_HERSTART_NA_MINUTEN)
    return services.rapporten_herstarten(ouder_dan=grens)
