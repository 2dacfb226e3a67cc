from celery import shared_task

from toegankelijkheid.services import plannen


@shared_task
def plan_pdfs_bijwerken() -> int:
    """Nightly: a fresh PDF of every running plan that changed since its last one."""
    return plannen.plan_pdfs_bijwerken()
