from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "gelijkekansen.core"
    label = "core"
    verbose_name = _("Gedeelde gegevens")

    def ready(self) -> None:
        from gelijkekansen.core import mijn, rapporten  # noqa: F401  (registers sections, reports)
