from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubsidiesConfig(AppConfig):
    name = "subsidies"
    verbose_name = _("Subsidies (Samen Aan Zet)")

    def ready(self) -> None:
        from subsidies import mijn, rapporten  # noqa: F401  (registers Mijn dossiers sections, reports)
