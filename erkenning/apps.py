from celery.schedules import crontab
from django.utils.translation import gettext_lazy as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.core.register import PortaalApp


class ErkenningConfig(PortaalApp):
    name = "erkenning"
    verbose_name = _("Erkenning van verenigingen")
    dienst_titel = _("Erkenning van verenigingen")
    dienst_tekst = _("Laat je vereniging erkennen door de stad en vraag elk jaar een werkingssubsidie aan.")
    dienst_volgorde = 20
    rol_rechten = {
        Rol.ERKENNINGEN: [
            "erkenning.view_erkenning",
            "erkenning.view_vermelding",
            "erkenning.view_jaarverslag",
            "erkenning.view_werkingssubsidie",
            "erkenning.view_ondersteuningsvraag",
            "erkenning.view_subsidiejaar",
            "erkenning.change_subsidiejaar",
            "erkenning.add_subsidiejaar",
            # The payments of the operating grants are the kernel's (core.Betaling).
            "core.view_betaling",
            "core.view_betaalbatch",
        ],
    }
    beat = {
        # Just after midnight (CELERY_TIMEZONE): the day after the last day, a recognition has ended.
        "erkenningen-laten-verlopen": {
            "task": "erkenning.tasks.erkenningen_laten_verlopen",
            "schedule": crontab(hour=0, minute=15),
        },
    }

    def ready(self) -> None:
        super().ready()
        from erkenning.models import Erkenning, Vermelding
        from gelijkekansen.core import publiek
        from gelijkekansen.core.models import Organisatie, Wijk

        # The directory (/verenigingen/) shows these; a change shows there at once.
        publiek.vernieuwen_bij_wijziging("gids", Erkenning, Vermelding, Organisatie, Wijk)
