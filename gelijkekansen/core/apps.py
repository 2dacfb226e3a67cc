from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "gelijkekansen.core"
    label = "core"
    verbose_name = _("Gedeelde gegevens")

    def ready(self) -> None:
        from django.conf import settings

        from gelijkekansen.celery import app as celery_app
        from gelijkekansen.core import mijn, rapporten, werkbak  # noqa: F401  (they register themselves)
        from gelijkekansen.core.register import beat_schema

        # The kernel's periodic jobs (settings) and those each chapter app declares.
        celery_app.conf.beat_schedule = {**settings.CELERY_BEAT_SCHEDULE, **beat_schema()}
