from celery import shared_task

from erkenning.services import behandeling, werking


@shared_task
def erkenningen_laten_verlopen() -> int:
    """Daily: recognitions past their last day become "verlopen" (the system's step)."""
    return behandeling.verlopen_verwerken()


@shared_task(acks_late=True, time_limit=600, soft_time_limit=540)
def werkingssubsidies_berekenen(subsidiejaar_id: int) -> int:
    """A year's operating grants; a failure is shown on the year's page with a retry button."""
    from erkenning.models import Subsidiejaar

    try:
        return werking.werkingssubsidies_berekenen(subsidiejaar_id=subsidiejaar_id)
    except Exception as exc:
        Subsidiejaar.objects.filter(pk=subsidiejaar_id).update(
            berekening=Subsidiejaar.Berekening.MISLUKT, berekening_fout=str(exc)[:2000]
        )
        raise
