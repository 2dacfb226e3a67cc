from celery import shared_task

from erkenning.services import behandeling


@shared_task
def erkenningen_laten_verlopen() -> int:
    """Daily: recognitions past their last day become "verlopen" (the system's step)."""
    return behandeling.verlopen_verwerken()
