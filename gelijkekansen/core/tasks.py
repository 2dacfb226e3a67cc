from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from gelijkekansen.core import bewaren, herinneringen, mails, services

# Backoff between tries of an e-mail: 1, 2, 4, 8, 16 minutes; then it is marked failed.
MAIL_POGINGEN = 5


@shared_task(acks_late=True, time_limit=600, soft_time_limit=540)
def maak_rapport(rapport_id: str) -> None:
    services.rapport_maken(rapport_id=rapport_id)


@shared_task
def rapporten_herstarten() -> int:
    grens = timezone.now() - timedelta(minutes=settings.RAPPORT_HERSTART_NA_MINUTEN)
    return services.rapporten_herstarten(ouder_dan=grens)


@shared_task(bind=True, acks_late=True, time_limit=120, soft_time_limit=90)
def verstuur_mail(self, mail_id: str) -> None:
    # In-process (no broker: make run, tests) a retry would make the request wait: one try, and a
    # failure is visible at once in the back office with its retry action.
    laatste = self.request.is_eager or self.request.retries >= MAIL_POGINGEN - 1
    try:
        mails.mail_versturen(mail_id=mail_id, laatste_poging=laatste)
    except Exception as exc:
        raise self.retry(exc=exc, countdown=60 * 2**self.request.retries, max_retries=MAIL_POGINGEN) from exc


@shared_task
def mails_inplannen() -> int:
    grens = timezone.now() - timedelta(minutes=settings.RAPPORT_HERSTART_NA_MINUTEN)
    return mails.wachtende_mails_inplannen(ouder_dan=grens)


@shared_task(time_limit=600, soft_time_limit=540)
def herinneringen_versturen() -> dict:
    """Every app's reminder rules; each reminder claimed in the send-log before it is sent."""
    return herinneringen.herinneringen_versturen()


@shared_task(time_limit=1800, soft_time_limit=1740)
def bewaartermijnen_toepassen() -> dict:
    """Every app's retention rules, each in its own transaction, a tombstone per object."""
    return {r.regel: len(r.ids) if not r.fout else -1 for r in bewaren.bewaartermijnen_toepassen()}


@shared_task
def sessies_opruimen() -> None:
    from django.core.management import call_command

    call_command("clearsessions")
