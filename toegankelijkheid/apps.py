from celery.schedules import crontab
from django.utils.translation import gettext_lazy as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.core.register import PortaalApp


class ToegankelijkheidConfig(PortaalApp):
    name = "toegankelijkheid"
    verbose_name = _("Toegankelijke stad")
    dienst_titel = _("Toegankelijke stad")
    dienst_tekst = _("Lees de actieplannen toegankelijkheid van de stad en het advies van de adviesraden.")
    dienst_volgorde = 60
    rol_rechten = {
        Rol.TOEGANKELIJKHEID: [
            *(
                f"toegankelijkheid.{recht}_{model}"
                for model in ("actieplan", "actie", "domein", "resultaatsgebied")
                for recht in ("view", "add", "change")
            ),
            "toegankelijkheid.view_voortgangsupdate",
            "toegankelijkheid.view_evaluatie",
            "toegankelijkheid.add_evaluatie",
            "toegankelijkheid.change_evaluatie",
            "toegankelijkheid.view_momentopname",
            "toegankelijkheid.view_advies",
            "toegankelijkheid.view_adviespunt",
        ],
    }

    beat = {
        # At night: a new PDF of each running plan whose actions changed (services/plannen.py).
        "toegankelijkheid-plan-pdfs": {
            "task": "toegankelijkheid.tasks.plan_pdfs_bijwerken",
            "schedule": crontab(hour=2, minute=30),
        },
    }

    def ready(self) -> None:
        super().ready()
        from gelijkekansen.core import publiek
        from gelijkekansen.core.models import Organisatie, Rapport
        from toegankelijkheid import models
        from toegankelijkheid.constants import PUBLIEK

        publiek.vernieuwen_bij_wijziging(
            PUBLIEK,
            models.Actieplan,
            models.Actie,
            models.Domein,
            models.Resultaatsgebied,
            models.Voortgangsupdate,
            models.Evaluatie,
            models.Advies,
            models.Adviespunt,
            Organisatie,  # a service's name
            Rapport,  # a plan's or an evaluation's PDF became ready
        )
