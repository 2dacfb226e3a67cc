from celery import shared_task

from subsidies.services import herinneringen


@shared_task(time_limit=300, soft_time_limit=270)
def herinneringen_versturen() -> dict:
    return {
        "aanvullingen": herinneringen.herinner_aanvullingen(),
        "verantwoordingen": herinneringen.herinner_verantwoordingen(),
        "jury": herinneringen.herinner_jury(),
    }
